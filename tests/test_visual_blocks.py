"""Icon arrays, the "how it works" illustration and the timeline: mapping, markup and validation.

The browser side (axe, no JavaScript, print, contrast) is in tests/browser/test_visual_blocks.py.
"""

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs import blocks
from programs.icon_array import (
    TOTAL,
    IconArray,
    Refusal,
    parse_share,
    render_svg,
    text_alternative,
)
from programs.models import ProgramPage
from programs.snippets import Statistic
from tests.conftest import build_program_tree
from tests.factories import StatisticFactory
from tests.test_query_counts import EXPECTED_QUERIES


def soup(html) -> BeautifulSoup:
    return BeautifulSoup(str(html), "html.parser")


def render(block, value, context=None) -> BeautifulSoup:
    return soup(block.render(block.to_python(value), context=context))


# --- From a statistic's value to N of 100 -------------------------------------------------

MAPPINGS = [
    # value, filled of 100, the words the text alternative uses, drawn exactly
    ("70%", 70, "7 in 10", True),
    ("More than 80%", 80, "More than 8 in 10", True),
    ("more than 80 %", 80, "More than 8 in 10", True),
    ("More than 80%.", 80, "More than 8 in 10", True),  # a full stop typed at the end
    ("About 45%", 45, "About 45 in 100", True),
    ("Up to 30 percent", 30, "Up to 3 in 10", True),
    ("3 in 10", 30, "3 in 10", True),
    ("8 of 10", 80, "8 in 10", True),
    ("8 out of 10", 80, "8 in 10", True),
    ("1 in 4", 25, "1 in 4", True),
    ("1 in 3", 33, "1 in 3", False),
    ("12.5%", 13, "About 13 in 100", False),
    ("73%", 73, "73 in 100", True),
    ("100%", 100, "all", True),
    ("0%", 0, "0 in 100", True),
]


@pytest.mark.parametrize("value,filled,words,exact", MAPPINGS)
def test_a_share_maps_to_n_of_100(value, filled, words, exact):
    share = parse_share(value)
    assert isinstance(share, IconArray), share
    assert (share.filled, share.empty) == (filled, TOTAL - filled)
    assert share.exact is exact
    assert text_alternative(share, "").rstrip(".").lower() == words.lower()


REFUSALS = [
    # value, what the editor is told (part of the message)
    ("1 million", "is a count, not a share of 100"),
    ("More than 1 million", "is a count, not a share of 100"),
    ("1,000,000", "is a count, not a share of 100"),
    ("3rd", "is a rank"),
    ("None", "has no number in it"),
    ("abc", "has no number in it"),
    ("No recovery time", "has no number in it"),
    ("Within days to weeks", "has no number in it"),
    ("As few as 1", "is not a percentage or a share of a group"),
    ("50", "is not a percentage or a share of a group"),
    ("-5%", "is below zero"),
    ("\u22125%", "is below zero"),  # a typographic minus sign
    ("- 5%", "is below zero"),
    ("120%", "is more than 100%"),
    ("5 in 3", "is more than the whole group"),
    ("1 in 0", "is out of zero people"),
    ("70\u201380%", "is a range"),
    ("between 70 and 80%", "is a range"),
    ("0.4%", "is less than 1 in 100"),
    ("1 in 1,000", "is less than 1 in 100"),
    ("99.7%", "is just under 100%"),
    ("Week 3: 70%", "starts with “Week 3”"),
    ("80% of patients", "has words after the percentage"),
]


@pytest.mark.parametrize("value,message", REFUSALS)
def test_values_an_icon_array_cannot_show_honestly_are_refused_with_a_reason(value, message):
    refusal = parse_share(value)
    assert isinstance(refusal, Refusal), refusal
    assert message in refusal.reason
    # The editor sees their own figure quoted, and what to do instead.
    assert f"“{value}”" in refusal.reason
    assert "Choose “Number”" in refusal.reason


def test_an_empty_value_is_refused():
    refusal = parse_share("  ")
    assert isinstance(refusal, Refusal)
    assert "no figure yet" in refusal.reason and "“70%”" in refusal.reason


# --- Words: the text alternative and the key -------------------------------------------


@pytest.mark.parametrize(
    "value,measure,expected",
    [
        (
            "More than 80%",
            "of patients get pain relief after spinal radiosurgery",
            "More than 8 in 10 patients get pain relief after spinal radiosurgery.",
        ),
        ("About 80%", "Of patients get pain relief.", "About 8 in 10 patients get pain relief."),
        ("70%", "people have side effects", "7 in 10 people have side effects."),
        (
            "Nearly 100%",
            "of patients go home the same day",
            "Nearly all patients go home the same day.",
        ),
        ("1 in 3", "of people   feel tired", "1 in 3 people feel tired."),
    ],
)
def test_the_text_alternative_says_the_fact_in_words(value, measure, expected):
    assert text_alternative(parse_share(value), measure) == expected


def test_the_key_says_how_many_figures_are_filled_and_keeps_the_editors_words():
    assert parse_share("70%").key_filled == "70 of 100 people"
    assert parse_share("70%").key_empty == "30 of 100 people"
    assert parse_share("More than 80%").key_filled == "More than 80 of 100 people"
    assert parse_share("More than 80%").key_empty == "The rest"
    assert parse_share("1 in 3").key_filled == "About 33 of 100 people"


# --- The SVG -----------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["0%", "1%", "37%", "More than 80%", "100%"])
def test_the_svg_draws_exactly_n_filled_figures_of_100(value):
    share = parse_share(value)
    svg = soup(render_svg(share, "A label", "fact-1")).svg
    figures = svg.find_all("use")
    assert len(figures) == TOTAL
    filled = [f for f in figures if "icon-array__filled" in f["class"]]
    empty = [f for f in figures if "icon-array__empty" in f["class"]]
    assert (len(filled), len(empty)) == (share.filled, TOTAL - share.filled)
    # Ten columns and ten rows, filled in reading order: row by row from the top left.
    xs, ys = {int(f["x"]) for f in figures}, {int(f["y"]) for f in figures}
    assert len(xs) == len(ys) == 10
    order = sorted(figures, key=lambda f: (int(f["y"]), int(f["x"])))
    assert order[: share.filled] == filled


def test_the_svg_is_an_image_named_by_its_title():
    share = parse_share("70%")
    label = text_alternative(share, "of people get cancer that spreads to the bones")
    svg = soup(render_svg(share, label, "fact-1")).svg
    assert svg["role"] == "img"
    title = svg.find("title")
    assert svg["aria-labelledby"] == title["id"] == "fact-1-title"
    assert title.get_text() == "7 in 10 people get cancer that spreads to the bones."
    # Figures reuse one symbol, whose id belongs to this SVG alone.
    assert {use["href"] for use in svg.find_all("use")} == {"#fact-1-person"}
    assert svg.find("symbol", id="fact-1-person")


def test_the_svg_escapes_the_words_it_is_given():
    label = text_alternative(parse_share("70%"), '<script>alert("x")</script> & more')
    markup = render_svg(parse_share("70%"), label, 'x" onload="alert(1)')
    assert "<script" not in markup and 'onload="' not in markup
    svg = soup(markup).svg
    assert svg.find("title").get_text().startswith('7 in 10 <script>alert("x")</script> & more')
    assert not svg.find("script")


# --- The key-fact block ------------------------------------------------------------------


@pytest.mark.django_db
def test_key_fact_shows_an_icon_array_beside_the_figure_in_words():
    statistic = StatisticFactory(value="More than 80%", measure="of patients get pain relief")
    html = render(
        blocks.KeyFactBlock(),
        {"statistic": statistic.pk, "display": "icon_array", "context": ""},
        context={"id": "4b7c"},
    )
    figure = html.find("figure", class_="key-fact--icon-array")
    assert figure.find(class_="key-fact__value").get_text() == "More than 80%"
    svg = figure.find("svg", class_="icon-array__svg")
    assert len(svg.select("use.icon-array__filled")) == 80
    assert svg.find("title").get_text() == "More than 8 in 10 patients get pain relief."
    assert svg["aria-labelledby"] == "key-fact-4b7c-title"
    key = figure.find(class_="icon-array__key")
    assert key["aria-hidden"] == "true"  # the title already says it to screen readers
    assert [li.get_text(" ", strip=True) for li in key.find_all("li")] == [
        "More than 80 of 100 people",
        "The rest",
    ]
    assert "Source:" in figure.figcaption.get_text()


@pytest.mark.django_db
def test_key_fact_shows_the_number_by_default():
    statistic = StatisticFactory(value="70%")
    block = blocks.KeyFactBlock()
    value = block.to_python({"statistic": statistic.pk, "context": ""})  # saved before "display"
    assert value["display"] == "number"
    html = soup(block.render(value))
    assert html.find(class_="key-fact__value").get_text() == "70%"
    assert not html.find("svg") and not html.find(class_="key-fact--icon-array")


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["More than 1 million", "3rd", "-5%", "120%", "abc"])
def test_key_fact_refuses_an_icon_array_the_statistic_cannot_fill_and_says_why(value):
    statistic = StatisticFactory(value=value)
    block = blocks.KeyFactBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(
            block.to_python({"statistic": statistic.pk, "display": "icon_array", "context": ""})
        )
    assert set(error.value.block_errors) == {"display"}
    message = " ".join(error.value.block_errors["display"].messages)
    assert message.startswith("This figure cannot be an icon array.")
    assert parse_share(value).reason in message


@pytest.mark.django_db
def test_the_editor_sees_why_in_the_page_editor(admin_client):
    """Choosing "icon array" for "More than 1 million" is refused in the admin, with the reason."""
    call_command("load_program_content", stdout=None)
    page = ProgramPage.objects.get()
    count = Statistic.objects.get(value="More than 1 million")
    revisions = page.revisions.count()
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = querydict_from_html(
        admin_client.get(edit_url).content.decode(), form_id="page-edit-form"
    )
    body = streamfield([("key_fact", {"statistic": count.pk, "display": "icon_array"})])
    for field, value in nested_form_data({"body": body}).items():
        form[field] = value
    response = admin_client.post(edit_url, form)
    assert response.status_code == 200  # the form comes back, nothing saved
    html = response.content.decode()
    assert "The page could not be saved" in html
    assert "This figure cannot be an icon array." in html
    assert "is a count, not a share of 100" in html
    assert page.revisions.count() == revisions


@pytest.mark.django_db
def test_key_fact_accepts_a_share_as_an_icon_array_and_anything_as_a_number():
    block = blocks.KeyFactBlock()
    share, count = StatisticFactory(value="70%"), StatisticFactory(value="1 million")
    block.clean(block.to_python({"statistic": share.pk, "display": "icon_array", "context": ""}))
    block.clean(block.to_python({"statistic": count.pk, "display": "number", "context": ""}))


@pytest.mark.django_db
def test_key_fact_falls_back_to_the_number_when_the_statistic_changed_since():
    """A reviewer may later change 70% to a count; the page then shows the number, not a lie."""
    statistic = StatisticFactory(value="70%")
    block = blocks.KeyFactBlock()
    value = block.clean(
        block.to_python({"statistic": statistic.pk, "display": "icon_array", "context": ""})
    )
    statistic.value = "About 1 million"
    statistic.save()
    html = soup(block.render(block.to_python(block.get_prep_value(value))))  # the page, later
    assert html.find(class_="key-fact__value").get_text() == "About 1 million"
    assert not html.find("svg")


@pytest.mark.django_db
def test_key_fact_escapes_a_measure_containing_markup():
    statistic = StatisticFactory(value="70%", measure="<script>alert(1)</script> of people")
    html = blocks.KeyFactBlock().render(
        blocks.KeyFactBlock().to_python(
            {"statistic": statistic.pk, "display": "icon_array", "context": ""}
        )
    )
    assert "<script>" not in html
    assert soup(html).find("title").get_text().startswith("7 in 10 <script>alert(1)</script>")


@pytest.mark.django_db
def test_two_icon_arrays_on_a_page_have_their_own_ids():
    first, second = StatisticFactory(value="70%"), StatisticFactory(value="3 in 10")
    body = blocks.BodyBlock()
    stream = body.to_python(
        [
            {"type": "key_fact", "value": {"statistic": s.pk, "display": "icon_array"}, "id": i}
            for s, i in ((first, "a1"), (second, "b2"))
        ]
    )
    html = soup(body.render(stream))
    svgs = html.find_all("svg", class_="icon-array__svg")
    assert len(svgs) == 2
    ids = [tag["id"] for tag in html.find_all(id=True)]
    assert len(ids) == len(set(ids))
    for svg in svgs:
        assert svg.find("title")["id"] == svg["aria-labelledby"]


@pytest.mark.django_db
def test_an_icon_array_adds_no_queries(client, django_assert_num_queries):
    tree = build_program_tree(indications=5, sections=5)
    program = tree.program
    program.body[1].value["display"] = "icon_array"
    program.save_revision().publish()
    assert client.get(program.url).status_code == 200  # warm the site root paths cache
    with django_assert_num_queries(EXPECTED_QUERIES["program"]):
        response = client.get(program.url)
    assert b"icon-array__svg" in response.content


# --- The illustration block ----------------------------------------------------------------


def test_illustration_draws_the_built_in_svg_with_a_caption_and_a_long_description():
    html = render(
        blocks.IllustrationBlock(),
        {"illustration": "how_it_works", "caption": "Beams meet at the tumor."},
        context={"id": "c3"},
    )
    svg = html.find("svg", class_="illustration__svg")
    assert svg["role"] == "img"
    title = svg.find("title")
    assert svg["aria-labelledby"] == title["id"] == "illustration-c3-title"
    built_in = blocks.BUILT_IN_ILLUSTRATIONS["how_it_works"]
    assert title.get_text() == str(built_in["alt"])
    description = html.find(id=svg["aria-describedby"])
    assert description.get_text(" ", strip=True) == str(built_in["description"])
    assert description.find_parent("details").summary.get_text() == "Describe this picture"
    assert html.find("figcaption").get_text() == "Beams meet at the tumor."
    # The drawing names its parts, and shows a tumour, a cord and eight beams.
    labels = " ".join(svg.find(class_="how-it-works__labels").stripped_strings)
    for part in ("Tumor", "Spinal cord", "Radiation", "beams", "Spine bone", "(vertebra)"):
        assert part in labels
    assert svg.find(class_="how-it-works__tumour") and svg.find(class_="how-it-works__cord")
    assert len(svg.select(".how-it-works__beams > line")) == 8


def test_illustration_uses_the_editors_words_when_given():
    html = render(
        blocks.IllustrationBlock(),
        {
            "illustration": "how_it_works",
            "alt_text": "Beams <b>meet</b> at a tumor.",
            "description": "First line.\n\nSecond paragraph.",
        },
    )
    svg = html.find("svg")
    assert svg.find("title").get_text() == "Beams <b>meet</b> at a tumor."
    description = html.find(id=svg["aria-describedby"])
    assert [p.get_text() for p in description.find_all("p")] == ["First line.", "Second paragraph."]
    assert not html.find("figcaption")


@pytest.mark.django_db
def test_illustration_can_be_replaced_by_an_uploaded_image():
    image = wagtail_factories.ImageFactory()
    html = render(
        blocks.IllustrationBlock(),
        {
            "illustration": "image",
            "image": image.pk,
            "alt_text": "Our treatment machine.",
            "caption": "The machine moves around you.",
            "description": "A large machine beside a flat table.",
        },
        context={"id": "d4"},
    )
    assert not html.find("svg")
    img = html.find("img")
    assert img["alt"] == "Our treatment machine."
    assert img["aria-describedby"] == "illustration-d4-description"
    assert html.find(id="illustration-d4-description").get_text(strip=True) == (
        "A large machine beside a flat table."
    )
    assert html.find("figcaption").get_text() == "The machine moves around you."


def errors_of(block, value) -> dict[str, str]:
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(value))
    return {name: " ".join(e.messages) for name, e in error.value.block_errors.items()}


def test_an_uploaded_illustration_needs_the_image_and_its_descriptions():
    errors = errors_of(blocks.IllustrationBlock(), {"illustration": "image"})
    assert set(errors) == {"image", "alt_text", "description"}
    assert "Choose the image" in errors["image"]


@pytest.mark.django_db
def test_an_image_chosen_with_a_built_in_drawing_is_questioned():
    image = wagtail_factories.ImageFactory()
    errors = errors_of(
        blocks.IllustrationBlock(), {"illustration": "how_it_works", "image": image.pk}
    )
    assert set(errors) == {"illustration"}
    assert "An image I upload" in errors["illustration"]


def test_the_built_in_illustration_needs_nothing_else():
    block = blocks.IllustrationBlock()
    block.clean(block.to_python({"illustration": "how_it_works"}))


def test_search_indexes_the_words_patients_read_not_the_editors_choices():
    illustration = blocks.IllustrationBlock()
    value = illustration.to_python(
        {
            "illustration": "how_it_works",
            "caption": "Beams meet.",
            "alt_text": "",
            "description": "",
        }
    )
    assert [text for text in illustration.get_searchable_content(value) if text] == ["Beams meet."]
    assert blocks.KeyFactBlock().child_blocks["display"].get_searchable_content("icon_array") == []


# --- The timeline block ------------------------------------------------------------------

STEPS = [
    {"label": "Arrive", "description": "Check in."},
    {"label": "Imaging", "description": ""},
    {"label": "Go home", "description": "Same day."},
]


def test_timeline_is_an_ordered_list_of_the_steps_in_order():
    html = render(
        blocks.TimelineBlock(), {"title": "Your day", "steps": STEPS}, context={"id": "e5"}
    )
    steps = html.find("ol", class_="timeline__steps")
    assert steps["role"] == "list"
    assert [li.find(class_="timeline__label").get_text() for li in steps.find_all("li")] == [
        "Arrive",
        "Imaging",
        "Go home",
    ]
    assert [p.get_text() for p in steps.select(".timeline__text")] == ["Check in.", "Same day."]
    title = html.find("h3", class_="timeline__title")
    assert title.get_text() == "Your day" and steps["aria-labelledby"] == title["id"]


def test_timeline_title_nests_in_the_whole_guide_and_is_optional():
    nested = render(
        blocks.TimelineBlock(), {"title": "Your day", "steps": STEPS}, context={"nested": True}
    )
    assert nested.find("h4", class_="timeline__title")
    plain = render(blocks.TimelineBlock(), {"title": "", "steps": STEPS})
    assert not plain.find(class_="timeline__title")
    assert not plain.ol.has_attr("aria-labelledby")


def test_timeline_needs_at_least_two_steps():
    block = blocks.TimelineBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "", "steps": STEPS[:1]}))


# --- The seed content uses all three ---------------------------------------------------------


@pytest.mark.django_db
def test_the_seed_content_shows_rather_than_only_tells(client):
    call_command("load_program_content", stdout=None)
    program = soup(client.get(ProgramPage.objects.get().url).content)
    arrays = program.select("figure.key-fact--icon-array svg.icon-array__svg")
    assert [svg.find("title").get_text() for svg in arrays] == [
        "More than 8 in 10 patients get pain relief after spinal radiosurgery.",
    ]
    # Counts and times stay numbers.
    assert {v.get_text() for v in program.select(".key-fact__value")} >= {
        "1 visit",
        "A few days to a few weeks",
    }
    heading = program.find("h2", id="how-it-works")
    assert heading.find_next("svg", class_="how-it-works")

    sections = {s.slug: s for s in GuideSectionPage.objects.all()}
    how = soup(client.get(sections["how-it-works"].url).content)
    assert how.find("h2", id="how-the-radiation-works").find_next("svg", class_="how-it-works")
    about = soup(client.get(sections["about-spinal-metastases"].url).content)
    assert about.select("svg.icon-array__svg")
    advantages = soup(client.get(sections["advantages"].url).content)
    assert advantages.select("svg.icon-array__svg")

    preparing = soup(client.get(sections["preparing-for-treatment"].url).content)
    timeline = preparing.find("h2", id="on-treatment-day").find_next("ol", class_="timeline__steps")
    assert [li.find(class_="timeline__label").get_text() for li in timeline.find_all("li")] == [
        "Arrive",
        "Get into position",
        "Imaging",
        "Treatment",
        "Go home",
    ]


@pytest.mark.django_db
def test_the_whole_guide_keeps_every_id_unique_with_the_new_blocks(client):
    call_command("load_program_content", stdout=None)
    html = soup(client.get(PatientGuidePage.objects.get().url + "all/").content)
    assert html.select("svg.how-it-works") and html.select("ol.timeline__steps")
    assert html.select_one(".timeline__title").name == "h4"  # under the section's h3
    ids = [tag["id"] for tag in html.find_all(id=True)]
    assert len(ids) == len(set(ids))
    for svg in html.find_all("svg", attrs={"role": "img"}):
        assert html.find(id=svg["aria-labelledby"])
        if svg.has_attr("aria-describedby"):
            assert html.find(id=svg["aria-describedby"])
