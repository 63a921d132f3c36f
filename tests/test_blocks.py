"""The shared blocks: their validation messages to editors, and what they render for patients."""

from wagtail.blocks.struct_block import StructBlockValidationError

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from programs import blocks
from tests.factories import StatisticFactory


def render(block, value) -> BeautifulSoup:
    return BeautifulSoup(block.render(block.to_python(value)), "html.parser")


TABLE = {
    "caption": "Options",
    "option_heading": "Option",
    "columns": ["What it is", "Recovery"],
    "rows": [
        {"label": "Surgery", "cells": ["An operation", "Weeks"], "highlight": False},
        {"label": "Radiosurgery", "cells": ["Beams", "None"], "highlight": True},
    ],
}


def test_comparison_table_refuses_rows_that_do_not_match_the_columns():
    block = blocks.ComparisonTableBlock()
    value = {**TABLE, "rows": [*TABLE["rows"], {"label": "Chemo", "cells": ["Drugs"]}]}
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(value))
    message = str(error.value.non_block_errors)
    assert "Every row needs 2 cells" in message and "“Chemo” has 1" in message


def test_comparison_table_labels_each_cell_with_its_column():
    html = render(blocks.ComparisonTableBlock(), TABLE)
    assert html.caption.get_text() == "Options"
    assert [td["data-label"] for td in html.select("tr.is-highlighted td")] == [
        "What it is",
        "Recovery",
    ]
    assert [th.get_text() for th in html.select("tbody th[scope=row]")] == [
        "Surgery",
        "Radiosurgery",
    ]


def test_heading_gets_an_anchor_and_only_section_levels():
    html = render(blocks.HeadingBlock(), {"text": "How it works", "level": "h2"})
    assert html.find("h2", id="how-it-works")
    assert {choice for choice, _ in blocks.HeadingBlock().child_blocks["level"].field.choices} >= {
        "h2",
        "h3",
    }
    assert "h1" not in dict(blocks.HeadingBlock().child_blocks["level"].field.choices)


@pytest.mark.django_db
def test_key_fact_shows_the_figure_with_its_source():
    statistic = StatisticFactory(
        value="70%", source="Cancer registry", source_url="https://example.org/r"
    )
    html = render(blocks.KeyFactBlock(), {"statistic": statistic.pk, "context": ""})
    assert html.find(class_="key-fact__value").get_text() == "70%"
    assert html.find("a", href="https://example.org/r").get_text() == "Cancer registry"


@pytest.mark.django_db
def test_image_is_responsive_lazy_described_and_in_modern_formats():
    image = wagtail_factories.ImageFactory(file__width=1600, file__height=900)
    html = render(
        blocks.ImageBlock(),
        {"image": image.pk, "alt_text": "The treatment room", "caption": "Our treatment room"},
    )
    img = html.find("img")
    assert img["alt"] == "The treatment room"
    assert img["loading"] == "lazy" and img["width"] and img["height"]
    widths = [candidate.split()[-1] for candidate in img["srcset"].split(",")]
    assert widths == ["400w", "800w", "1200w"]
    assert [source["type"] for source in html.find_all("source")] == ["image/avif", "image/webp"]
    assert html.figcaption.get_text() == "Our treatment room"


@pytest.mark.django_db
def test_decorative_image_has_empty_alt():
    image = wagtail_factories.ImageFactory()
    html = render(blocks.ImageBlock(), {"image": image.pk, "decorative": True, "alt_text": ""})
    assert html.find("img")["alt"] == ""


@pytest.mark.django_db
def test_alt_text_is_required_unless_the_image_is_decorative():
    block = blocks.ImageBlock()
    image = wagtail_factories.ImageFactory()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt_text": " "}))
    assert "Describe the image" in str(error.value.block_errors["alt_text"])
    block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))


def test_callout_has_a_tone_a_title_and_text():
    html = render(
        blocks.CalloutBlock(),
        {"tone": "urgent", "title": "Call us if", "text": "<p>Your legs feel weak.</p>"},
    )
    box = html.find(class_="callout--urgent")
    assert box["role"] == "note"
    assert "Call us if" in box.get_text() and "legs feel weak" in box.get_text()


def test_faq_questions_are_headings_one_level_under_the_faqs_own_heading():
    """No level is skipped: without a heading of its own, the questions are section headings."""
    questions = [{"question": "Does it hurt?", "answer": "<p>No.</p>"}]
    html = render(blocks.FAQBlock(), {"heading": "", "questions": questions})
    assert html.find("h2").get_text() == "Does it hurt?"
    html = render(blocks.FAQBlock(), {"heading": "Questions", "questions": questions})
    assert [(h.name, h.get_text()) for h in html.find_all(["h2", "h3"])] == [
        ("h2", "Questions"),
        ("h3", "Does it hurt?"),
    ]


def test_a_new_comparison_table_starts_with_the_two_rows_it_requires():
    block = blocks.ComparisonTableBlock()
    new = block.get_default()
    assert len(new["rows"]) == block.child_blocks["rows"].meta.min_num == 2
    state = block.get_form_state(new)  # what the editor's new table is drawn from
    assert len(state["rows"]) == 2
