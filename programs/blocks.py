"""The blocks every page body is made of, defined once and shared by both page apps.

A small, fixed set keeps pages consistent and accessible: editors choose what to
say, the templates decide how it looks. Every block carries its own template,
icon, description and preview value so the editor's block picker can show it.
"""

import uuid

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .icon_array import (
    IconArray,
    Refusal,
    parse_share,
    render_key_swatch,
    render_svg,
    text_alternative,
)

# Kept short on purpose: headings come from HeadingBlock (so they can be listed
# in a table of contents) and emphasis beyond bold/italic hurts plain language.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


def dom_id(parent_context: dict | None, kind: str) -> str:
    """A page-unique id for an element a block labels or describes (e.g. an SVG's title).

    Blocks rendered from a stream get their own UUID in the context as ``id``; the
    whole guide adds each section's ``anchor_prefix``. A block rendered on its own
    (a preview, a test) gets a random one.
    """
    context = parent_context or {}
    block_id = context.get("id") or uuid.uuid4().hex[:12]
    return slugify(f"{context.get('anchor_prefix', '')}{kind}-{block_id}")


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
    the figure there changes it everywhere it appears. A percentage or a share
    ("3 in 10") can also be drawn as an icon array of 100 people, built on the
    server from the statistic's value (``programs.icon_array``); the figure in
    words stays beside it.
    """

    statistic = SnippetChooserBlock(
        "programs.Statistic", help_text="Choose the figure; edit it under Snippets > Statistics."
    )
    display = blocks.ChoiceBlock(
        choices=[
            ("number", "Number"),
            ("icon_array", "Icon array: 100 small figures of people, some filled in"),
        ],
        default="number",
        search_index=False,  # how a figure is shown is not something patients search for
        help_text=(
            "An icon array shows a percentage such as “70%”, or a share such as “3 in 10”, "
            "as 100 figures of people. Many readers understand it faster than a number. "
            "Use it only for shares of people. Counts, ranks and words stay as a number."
        ),
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
        description = "A figure shown large, with its source; a share can be an icon array."

    def clean(self, value):
        value = super().clean(value)
        statistic = value.get("statistic")
        if value.get("display") == "icon_array" and statistic is not None:
            share = parse_share(statistic.value)
            if isinstance(share, Refusal):
                raise StructBlockValidationError(
                    block_errors={
                        "display": ValidationError(
                            f"This figure cannot be an icon array. {share.reason}"
                        )
                    }
                )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["icon_array"] = self.icon_array(value, dom_id(parent_context, "key-fact"))
        return context

    @staticmethod
    def icon_array(value, element_id: str) -> dict | None:
        """What the template needs to draw the icon array, or None to show the number.

        A statistic changed since the page was saved (e.g. to "1 million") falls
        back to the number rather than drawing something untrue.
        """
        statistic = value.get("statistic")
        if value.get("display") != "icon_array" or statistic is None:
            return None
        share = parse_share(statistic.value)
        if not isinstance(share, IconArray):
            return None
        text = text_alternative(share, statistic.measure)
        return {
            "share": share,
            "text": text,
            "svg": render_svg(share, text, element_id),
            "swatch_filled": render_key_swatch("filled", element_id),
            "swatch_empty": render_key_swatch("empty", element_id),
        }

    def get_preview_value(self):
        sample = self.child_blocks["statistic"].target_model(
            value="More than 80%",
            measure="of patients get pain relief",
            source="Program information",
        )
        return blocks.StructValue(
            self, [("statistic", sample), ("display", "icon_array"), ("context", "")]
        )


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


class ImageValue(blocks.StructValue):
    """The alt text the picture is shown with."""

    def alt(self) -> str:
        """The editor's alt text, else the image's own description (as ``clean`` fills it in)."""
        if self.get("decorative"):
            return ""
        return (self.get("alt_text") or "").strip() or image_description(self.get("image"))


def image_description(image) -> str:
    """What the image library says the picture shows (Wagtail's ``description``), if anything."""
    return (getattr(image, "description", "") or "").strip()


class ImageBlock(blocks.StructBlock):
    """A picture with a caption; it needs alt text unless an editor marks it decorative.

    Left empty, the alt text is the image's description from the image library, so an
    editor does not type again what the library already says; with no description
    either, the block asks for it.
    """

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
        value_class = ImageValue
        description = "A picture with a caption and alt text (or marked decorative)."
        # Meta, not the alt text field's own help text: that is part of the migrations.
        help_text = (
            "Leave the alt text empty to use the image's description from the image library; "
            "saving fills it in, so you can check it."
        )

    def clean(self, value):
        value = super().clean(value)
        if value["decorative"] or value["alt_text"].strip():
            return value
        description = image_description(value["image"])
        max_length = self.child_blocks["alt_text"].field.max_length
        if not description:
            error = (
                "Describe the image for people who cannot see it, "
                "or tick “decorative” if it adds nothing to the text. "
                "This image has no description in the image library to use instead."
            )
        elif len(description) > max_length:
            error = (
                f"The image's description in the image library is longer than {max_length} "
                "characters, the most alt text may have: write a shorter one here."
            )
        else:
            value["alt_text"] = description
            return value
        raise StructBlockValidationError(block_errors={"alt_text": ValidationError(error)})

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
    # Starts with the two rows it needs, so a new table is valid once filled in.
    rows = blocks.ListBlock(ComparisonRowBlock(), min_num=2, default=[{}, {}])

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
        pages = self.child_blocks["page"].target_model.objects.live()
        return self.normalize({"page": pages.first(), "text": ""})


class IllustrationValue(blocks.StructValue):
    """The built-in drawing's own words stand in for any the editor left empty."""

    @property
    def built_in(self) -> dict | None:
        return BUILT_IN_ILLUSTRATIONS.get(self.get("illustration"))

    def drawing_template(self) -> str | None:
        return self.built_in["template"] if self.built_in else None

    def alt(self) -> str:
        default = self.built_in["alt"] if self.built_in else ""
        return (self.get("alt_text") or "").strip() or str(default)

    def long_description(self) -> str:
        default = self.built_in["description"] if self.built_in else ""
        return (self.get("description") or "").strip() or str(default)


# Drawings made for this site, as inline SVG templates: no file to upload, sharp at
# any size, coloured by the stylesheet and readable in black and white.
BUILT_IN_ILLUSTRATIONS = {
    "how_it_works": {
        "label": "Built-in drawing: how spinal radiosurgery works",
        "template": "blocks/illustrations/how_it_works.svg.html",
        "alt": _(
            "Drawing of a bone of the spine with a tumor on it, next to the spinal cord. "
            "Many thin beams of radiation come from different sides and meet at the tumor."
        ),
        "description": _(
            "The drawing shows one bone of the spine, seen from above, as if the body "
            "were cut across. The round front part of the bone has a tumor on it. "
            "Just behind the tumor, in a ring of bone, is the spinal cord. "
            "Eight thin beams of radiation come from different sides. "
            "They all meet at the tumor, so the tumor gets a high dose. "
            "Each beam on its own is weak. No beam is aimed at the spinal cord, "
            "so it gets only a low dose."
        ),
    },
}


class IllustrationBlock(blocks.StructBlock):
    """A picture that explains something, with a caption and a full description.

    Choose a drawing made for this site (drawn on the server as inline SVG, so
    there is nothing to upload) or an uploaded image. Either way, people who
    cannot see it get a short text alternative and a long description, which
    everyone can also open under “Describe this picture”.
    """

    illustration = blocks.ChoiceBlock(
        choices=[
            *((key, drawing["label"]) for key, drawing in BUILT_IN_ILLUSTRATIONS.items()),
            ("image", "An image I upload (choose it below)"),
        ],
        default="how_it_works",
        search_index=False,  # the drawing's alt text and description are indexed instead
        help_text="The built-in drawing needs nothing else. To use your own picture, "
        "choose “An image I upload” and pick it below.",
    )
    image = ImageChooserBlock(
        required=False, help_text="Only used with “An image I upload”. Upload or choose it here."
    )
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="One sentence on what the picture shows, for people who cannot see it. "
        "Needed for an uploaded image. The built-in drawing has its own when left empty.",
    )
    caption = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="Shown under the picture: what it shows, in plain words.",
    )
    description = blocks.TextBlock(
        required=False,
        max_length=1500,
        help_text="Everything the picture shows, step by step, for people who cannot see it. "
        "Anyone can open it under “Describe this picture”. Needed for an uploaded image. "
        "The built-in drawing has its own when left empty.",
    )

    class Meta:
        icon = "crosshairs"
        label = "Illustration"
        template = "blocks/illustration_block.html"
        value_class = IllustrationValue
        description = "A drawing of how the treatment works, or your own image, described in full."
        preview_value = {
            "illustration": "how_it_works",
            "caption": "Many weak beams meet at the tumor. The spinal cord gets only a low dose.",
        }

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value["illustration"] == "image":
            if not value["image"]:
                errors["image"] = "Choose the image to show, or pick a built-in drawing above."
            if not value["alt_text"].strip():
                errors["alt_text"] = "Say in one sentence what the image shows."
            if not value["description"].strip():
                errors["description"] = (
                    "Describe everything the image shows, for people who cannot see it."
                )
        elif value["image"]:
            errors["illustration"] = (
                "You chose an image, but a built-in drawing is selected. Choose "
                "“An image I upload” to show your image, or remove the image."
            )
        if errors:
            raise StructBlockValidationError(
                block_errors={name: ValidationError(message) for name, message in errors.items()}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["illustration_id"] = dom_id(parent_context, "illustration")
        return context


class TimelineStepBlock(blocks.StructBlock):
    """One step of a timeline: a short label and, if needed, one sentence."""

    label = blocks.CharBlock(max_length=40, help_text="One to three words, e.g. “Arrive”.")
    description = blocks.CharBlock(
        required=False, max_length=200, help_text="Optional: one short sentence about this step."
    )

    class Meta:
        icon = "time"
        label = "Step"
        description = "One step, in the order it happens."
        preview_value = {"label": "Arrive", "description": "Check in at the front desk."}


class TimelineBlock(blocks.StructBlock):
    """Steps in the order they happen, such as a treatment day, as a numbered list.

    It is a real ordered list, so screen readers announce how many steps there
    are; the stylesheet draws it as a timeline (down the page on phones, across
    on wide screens) with no JavaScript.
    """

    title = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text="Optional sub-heading above the steps, e.g. “Treatment day at a glance”.",
    )
    steps = blocks.ListBlock(
        TimelineStepBlock(),
        min_num=2,
        max_num=8,
        help_text="Two to eight steps, in the order they happen.",
    )

    class Meta:
        icon = "time"
        label = "Timeline"
        template = "blocks/timeline_block.html"
        description = "Steps in the order they happen, such as a treatment day."
        preview_value = {
            "title": "Treatment day at a glance",
            "steps": [
                {"label": "Arrive", "description": "Check in at the front desk."},
                {"label": "Get into position", "description": "Lie still in your mold."},
                {"label": "Treatment", "description": "It does not hurt."},
                {"label": "Go home", "description": "You go home the same day."},
            ],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["timeline_id"] = dom_id(parent_context, "timeline")
        return context


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
    illustration = IllustrationBlock()
    timeline = TimelineBlock()

    class Meta:
        template = "blocks/body_block.html"
