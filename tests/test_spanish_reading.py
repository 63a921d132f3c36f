"""Spanish pages get a Spanish reading measure (Fernández-Huerta), the same in the edit view
and the Reviews due report, without changing how English pages are measured."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup
from textstat import textstat

from medical_review.governance import EDITORS
from medical_review.readability import EASE_FLOOR, page_text, reading_level
from programs.models import IndicationPage
from seed_content.management.commands.load_program_content import translation_key
from tests.conftest import sign_in

pytestmark = pytest.mark.django_db
SEED_LANGUAGES = "en,es"

HARD_SPANISH = (
    "<p>La intervención radioquirúrgica estereotáctica constituye una modalidad terapéutica "
    "individualizada que necesariamente requiere coordinación multidisciplinaria "
    "interdepartamental extraordinariamente especializada.</p>"
)


@pytest.fixture
def boost(seeded):
    """The boost indication in both languages (English, Spanish)."""
    pages = IndicationPage.objects.filter(translation_key=translation_key("indication:boost"))
    return pages.get(locale__language_code="en"), pages.get(locale__language_code="es")


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_user("spanish-editor", password="x")
    user.groups.add(Group.objects.get(name=EDITORS))
    sign_in(client, user)
    return client


def make_hard(page):
    page.summary = "Intervención radioquirúrgica."
    page.who_it_is_for = page.how_it_helps = HARD_SPANISH
    page.body = []
    page.save_revision().publish()


def test_spanish_is_scored_on_fernandez_huerta_where_higher_is_easier(boost):
    _, spanish = boost
    plain = reading_level(spanish)
    assert (plain.language, plain.formula) == ("es", "Fernández-Huerta")
    assert plain.score >= EASE_FLOOR and not plain.too_hard
    make_hard(spanish)
    hard = reading_level(IndicationPage.objects.get(pk=spanish.pk))
    assert hard.score < EASE_FLOOR and hard.too_hard


def test_measuring_spanish_leaves_english_measures_as_they_were(boost):
    """Syllables are counted per language: Spanish rules must not leak into English grades."""
    english, spanish = boost
    text = page_text(english)
    before = (reading_level(english), textstat.flesch_kincaid_grade(text))
    reading_level(spanish)
    assert (reading_level(english), textstat.flesch_kincaid_grade(text)) == before


def test_edit_view_and_reviews_due_report_agree_on_a_spanish_page(boost, editor_client):
    _, spanish = boost
    make_hard(spanish)
    level = reading_level(IndicationPage.objects.get(pk=spanish.pk))

    edit = BeautifulSoup(
        editor_client.get(reverse("wagtailadmin_pages:edit", args=[spanish.pk])).content,
        "html.parser",
    )
    panel = edit.find(attrs={"data-reading-level": True})
    assert float(panel["data-reading-level"]) == level.score
    assert "Harder than the aim (Fernández-Huerta 60 or above" in panel.get_text(" ", strip=True)

    report = BeautifulSoup(
        editor_client.get(reverse("medical_review_reviews_due")).content, "html.parser"
    )
    row = report.find("a", string=spanish.title).find_parent("tr")
    cell = row.find_all("td", recursive=False)[6].get_text(" ", strip=True)
    assert (
        cell == f"{level.label} Harder than the aim: Fernández-Huerta 60 or above; higher is easier"
    )


def test_a_spanish_draft_is_graded_on_the_same_version_in_the_edit_view_and_the_report(
    boost, editor_client
):
    """A page's row holds its live version (a fresh translation's: the copied English); the
    edit view grades the latest draft. The report grades that draft too, so the two agree."""
    _, spanish = boost
    draft = IndicationPage.objects.get(pk=spanish.pk)
    draft.summary = "Intervención radioquirúrgica."
    draft.who_it_is_for = draft.how_it_helps = HARD_SPANISH
    draft.body = []
    draft.save_revision()  # saved, not published: the row keeps the plain, live text
    live = reading_level(IndicationPage.objects.get(pk=spanish.pk))
    level = reading_level(draft)
    assert level.too_hard and not live.too_hard

    edit = BeautifulSoup(
        editor_client.get(reverse("wagtailadmin_pages:edit", args=[spanish.pk])).content,
        "html.parser",
    )
    assert float(edit.find(attrs={"data-reading-level": True})["data-reading-level"]) == (
        level.score
    )
    report = BeautifulSoup(
        editor_client.get(reverse("medical_review_reviews_due")).content, "html.parser"
    )
    row = report.find("a", string=spanish.title).find_parent("tr")
    assert (
        row.find_all("td", recursive=False)[6]
        .get_text(" ", strip=True)
        .startswith(f"{level.label} Harder than the aim")
    )
