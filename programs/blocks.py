"""The blocks every page body is made of, defined once and shared by both page apps.

A small, fixed set keeps pages consistent and accessible: editors choose what to
say, the templates decide how it looks. Every block carries its own template,
icon, description and preview value so the editor's block picker can show it.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.text import slugify

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

# Kept short on purpose: headings come from HeadingBlock (so they can be listed
# in a table of contents) and emphasis beyond bold/italic hurts plain language.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with the restricted feature list, so pages stay plain and consistent."""

    def __init__(self, features=None, **kwargs):
        super().__init__(features=features or RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = "Text"
        template = "blocks/paragraph_block.html"
        description = "Paragraphs and lists of plain-language text."
        preview_value = "<p>Most people go home the same day and return to their usual routine.</p>"


class HeadingValue(blocks.StructValue):
    """Gives templates and tables of contents a stable in-page anchor for the heading."""

    def anchor(self) -> str:
        return slugify(self.get("text"))


class HeadingBlock(blocks.StructBlock):
    """A section or sub-section heading; the page title is the only h1, so h2 and h3 only."""

    text = blocks.CharBlock(max_length=120, help_text="Short and specific, e.g. “How it works”.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Sub-heading")],
        default="h2",
        help_text="Section headings appear in the page's “On this page” list.",
    )

    class Meta:
        icon = "title"
        label = "Heading"
        template = "blocks/heading_block.html"
        value_class = HeadingValue
        description = "A heading that starts a section of the page."
        preview_value = {"text": "How radiosurgery works", "level": "h2"}


class KeyFactBlock(blocks.StructBlock):
    """One figure from the Statistic snippets, shown large with its source.

    Pages never type a figure themselves: they point at a Statistic, so changing
    the figure there changes it everywhere it appears.
    """

    statistic = SnippetChooserBlock(
        "programs.Statistic", help_text="Choose the figure; edit it under Snippets > Statistics."
    )
    context = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text="Optional sentence that says why the figure matters on this page.",
    )

    class Meta:
        icon = "pick"
        label = "Key fact"
        template = "blocks/key_fact_block.html"
        description = "A figure shown large, with what it measures and its source."

    def get_preview_value(self):
        from .snippets import Statistic

        sample = Statistic(
            value="More than 80%",
            measure="of patients get pain relief",
            source="Program information",
        )
        return blocks.StructValue(self, [("statistic", sample), ("context", "")])


class CalloutBlock(blocks.StructBlock):
    """A boxed message that must not be missed, such as when to call the care team."""

    tone = blocks.ChoiceBlock(
        choices=[
            ("info", "Good to know"),
            ("important", "Important"),
            ("urgent", "Get help now"),
        ],
        default="info",
        help_text="“Get help now” is for symptoms that need a call or emergency care.",
    )
    title = blocks.CharBlock(
        max_length=120, help_text="One short line, e.g. “Call your care team if”."
    )
    text = ParagraphBlock(help_text="What the reader should know or do.")

    class Meta:
        icon = "warning"
        label = "Call-out"
        template = "blocks/callout_block.html"
        description = "A highlighted box for advice patients must not miss."
        preview_value = {
            "tone": "important",
            "title": "Call your care team if",
            "text": "<ul><li>your pain gets worse</li><li>you have new weakness</li></ul>",
        }


class ImageBlock(blocks.StructBlock):
    """A picture with a caption; it needs alt text unless an editor marks it decorative."""

    image = ImageChooserBlock(help_text="Upload or choose an image.")
    decorative = blocks.BooleanBlock(
        required=False,
        help_text=(
            "Tick only if the picture adds nothing to the text (e.g. a background pattern). "
            "Screen readers will then skip it."
        ),
    )
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="Describe what the image shows for people who cannot see it.",
    )
    caption = blocks.CharBlock(required=False, max_length=250, help_text="Shown under the image.")

    class Meta:
        icon = "image"
        label = "Image"
        template = "blocks/image_block.html"
        description = "A picture with a caption and alt text (or marked decorative)."

    def clean(self, value):
        value = super().clean(value)
        if not value["decorative"] and not value["alt_text"].strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        "Describe the image for people who cannot see it, "
                        "or tick “decorative” if it adds nothing to the text."
                    )
                }
            )
        return value

    def get_preview_value(self):
        """Preview with the newest image in the library (the picker shows none if it is empty)."""
        from wagtail.images import get_image_model

        image = get_image_model().objects.order_by("-created_at").first()
        caption = "Images always come with a description for screen readers."
        return self.normalize({"image": image, "alt_text": caption, "caption": caption})


class ComparisonRowBlock(blocks.StructBlock):
    """One option in a comparison table, with one cell per column."""

    label = blocks.CharBlock(max_length=80, help_text="The option, e.g. “Surgery”.")
    cells = blocks.ListBlock(
        blocks.CharBlock(max_length=300), help_text="One cell per column, in column order."
    )
    highlight = blocks.BooleanBlock(
        required=False, help_text="Highlight this row, e.g. the treatment the page is about."
    )

    class Meta:
        icon = "list-ul"
        label = "Row"
        template = "blocks/comparison_row_block.html"
        description = "One option compared across the table's columns."
        preview_value = {
            "label": "Radiosurgery",
            "cells": ["Focused radiation", "None"],
            "highlight": True,
        }


class ComparisonTableValue(blocks.StructValue):
    """Pairs each cell with its column heading, which narrow screens show as a label."""

    def labelled_rows(self):
        columns = list(self.get("columns"))
        return [
            (row, list(zip(columns, row.value["cells"], strict=False)))
            for row in self.get("rows").bound_blocks
        ]


class ComparisonTableBlock(blocks.StructBlock):
    """Options side by side; rows are options, columns are the questions patients ask."""

    caption = blocks.CharBlock(max_length=200, help_text="Says what the table compares.")
    option_heading = blocks.CharBlock(
        max_length=60, default="Option", help_text="Heading of the first column (the options)."
    )
    columns = blocks.ListBlock(
        blocks.CharBlock(max_length=60),
        min_num=1,
        help_text="Column headings after the first, e.g. “What it is”, “Recovery”.",
    )
    rows = blocks.ListBlock(ComparisonRowBlock(), min_num=2)

    class Meta:
        icon = "table"
        label = "Comparison table"
        template = "blocks/comparison_table_block.html"
        value_class = ComparisonTableValue
        description = "Treatment options compared side by side."
        preview_value = {
            "caption": "Ways to treat pain from spinal tumours",
            "option_heading": "Option",
            "columns": ["What it is", "Recovery time"],
            "rows": [
                {"label": "Surgery", "cells": ["An operation on the spine", "Weeks"]},
                {
                    "label": "Radiosurgery",
                    "cells": ["Precise radiation from outside the body", "None"],
                    "highlight": True,
                },
            ],
        }

    def clean(self, value):
        value = super().clean(value)
        width = len(value["columns"])
        mismatched = [
            f"“{row['label']}” has {len(row['cells'])}"
            for row in value["rows"]
            if len(row["cells"]) != width
        ]
        if mismatched:
            raise StructBlockValidationError(
                non_block_errors=ErrorList(
                    [
                        f"Every row needs {width} cells, one per column heading: "
                        + "; ".join(mismatched)
                        + "."
                    ]
                )
            )
        return value


class QuestionBlock(blocks.StructBlock):
    """One question in a patient's words, with a short answer."""

    question = blocks.CharBlock(max_length=200, help_text="As a patient would ask it.")
    answer = ParagraphBlock(help_text="A short, direct answer.")

    class Meta:
        icon = "help"
        label = "Question"
        template = "blocks/question_block.html"
        description = "A question and its answer."
        preview_value = {
            "question": "Will I feel the radiation?",
            "answer": "<p>No. The beams cannot be seen or felt.</p>",
        }


class FAQBlock(blocks.StructBlock):
    """Questions patients ask, each a heading so it can be found and read aloud easily."""

    heading = blocks.CharBlock(
        required=False, max_length=120, help_text="Optional heading above the questions."
    )
    questions = blocks.ListBlock(QuestionBlock(), min_num=1)

    class Meta:
        icon = "help"
        label = "Questions and answers"
        template = "blocks/faq_block.html"
        description = "A list of questions patients ask, with answers."
        preview_value = {
            "heading": "Questions patients ask",
            "questions": [
                {
                    "question": "Will I feel the radiation?",
                    "answer": "<p>No. The beams cannot be seen or felt.</p>",
                }
            ],
        }


class IndicationLinkBlock(blocks.StructBlock):
    """A card that sends the reader to one indication page, worded by that page's summary."""

    page = blocks.PageChooserBlock(
        page_type="programs.IndicationPage", help_text="The indication page to link to."
    )
    text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="Optional text for the card; the page's own summary is used when empty.",
    )

    class Meta:
        icon = "link"
        label = "Link to an indication"
        template = "blocks/indication_link_block.html"
        description = "A card linking to a page about one use of the treatment."

    def get_preview_value(self):
        from .models import IndicationPage

        return self.normalize({"page": IndicationPage.objects.live().first(), "text": ""})


class BodyBlock(blocks.StreamBlock):
    """The body of every content page: the shared blocks above, in any order."""

    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    key_fact = KeyFactBlock()
    callout = CalloutBlock()
    image = ImageBlock()
    comparison_table = ComparisonTableBlock()
    faq = FAQBlock()
    indication_link = IndicationLinkBlock()

    class Meta:
        template = "blocks/body_block.html"
