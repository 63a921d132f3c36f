"""Honest citations: every clinical page lists what it draws on, and unapproved figures say so."""

from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page, ReferenceIndex

import pytest
from bs4 import BeautifulSoup

from medical_review.governance import EDITORS, MEDICAL_REVIEWERS
from programs.snippets import Statistic
from tests.conftest import sign_in
from tests.factories import ReferenceFactory, StatisticFactory

pytestmark = pytest.mark.django_db

SEED_SOURCE = "Cleveland Clinic, “Stereotactic Spinal Radiosurgery” (patient information)"
MARKER = "Not yet verified by a clinician"


def html_of(client, url) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def figure_showing(html, statistic):
    """The key-fact figure on a page that shows ``statistic`` (found by what it measures)."""
    measures = html.find_all(class_="key-fact__measure", string=statistic.measure)
    assert len(measures) == 1, statistic
    return measures[0].find_parent("figure")


def pages_showing(statistic) -> list[Page]:
    ids = ReferenceIndex.get_references_to(statistic).values_list("object_id", flat=True)
    return list(Page.objects.filter(pk__in=[int(pk) for pk in ids]).live())


def sources_listed(html) -> list[str]:
    return [" ".join(li.get_text().split()) for li in html.select(".sources li")]


def test_seed_figures_cite_the_source_document_not_the_site(client):
    call_command("load_program_content", stdout=None)
    for statistic in Statistic.objects.all():
        assert (statistic.source, statistic.source_url, statistic.as_of) == (SEED_SOURCE, "", None)

    program = Page.objects.get(slug="spinal-radiosurgery").specific
    html = html_of(client, program.url)
    assert sources_listed(html) == [SEED_SOURCE]  # once, however many figures use it
    assert html.select(".sources a") == []  # no invented link


def figures_of(client, statistic) -> list:
    return [figure_showing(html_of(client, p.url), statistic) for p in pages_showing(statistic)]


def test_unapproved_figure_is_marked_on_the_number_and_the_icon_array(client):
    call_command("load_program_content", stdout=None)
    figures = figures_of(client, Statistic.objects.get(value="70%"))
    assert any(figure.find(class_="icon-array") for figure in figures)
    for figure in figures:
        assert MARKER in figure.find("figcaption").get_text()


def test_unapproved_figure_is_marked_in_spanish(client):
    call_command("load_program_content", languages="en,es", stdout=None)
    statistic = Statistic.objects.get(value="70%", locale__language_code="es")
    for figure in figures_of(client, statistic):
        assert "Aún sin verificar por un profesional de la salud" in figure.get_text()


def test_approving_a_figure_removes_its_marker_from_every_page_and_cache(
    client, settings, member, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    call_command("load_program_content", stdout=None)
    statistic = Statistic.objects.get(value="More than 80%")
    pages = pages_showing(statistic)
    assert len(pages) > 1
    for page in pages:
        assert MARKER in figure_showing(html_of(client, page.url), statistic).get_text()
        assert client.get(page.url).headers["X-Page-Cache"] == "hit"

    editor = member(EDITORS)
    statistic.save_revision(user=editor)
    statistic.get_workflow().start(statistic, editor)
    sign_in(client, member(MEDICAL_REVIEWERS))
    approve = reverse(
        "wagtailsnippets_programs_statistic:workflow_action",
        args=[statistic.pk, "approve", statistic.current_workflow_task_state.pk],
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(approve).status_code == 302
    client.logout()

    for page in pages:
        assert MARKER not in figure_showing(html_of(client, page.url), statistic).get_text()
    cache.clear()


def test_page_lists_its_references_then_each_figure_source_once(client, program_tree):
    section = program_tree.sections[0]
    reference = ReferenceFactory(citation="Spine journal, 2024", url="https://journal.test/a")
    section.references.add(reference)
    section.save_revision().publish()
    statistic = section.body[1].value["statistic"]

    html = html_of(client, section.url)

    assert sources_listed(html) == [
        "Spine journal, 2024",
        f"{statistic.source}, checked {statistic.as_of:%B %Y}",
    ]
    assert html.select_one(".sources a")["href"] == "https://journal.test/a"


def test_whole_guide_cites_every_sections_references_and_figures(client, program_tree):
    cited = ReferenceFactory(citation="Cited by section 3", url="")
    program_tree.sections[2].references.add(cited)
    program_tree.sections[2].save_revision().publish()
    shared = StatisticFactory(source="One shared source", source_url="", as_of=None)
    for section in program_tree.sections[:2]:
        section.body[1].value["statistic"] = shared
        section.save_revision().publish()
    guide = program_tree.guide

    listed = sources_listed(html_of(client, guide.url + guide.reverse_subpage("whole_guide")))

    assert listed[0] == "Cited by section 3"
    assert listed.count("One shared source") == 1
    section_figures = {s.body[1].value["statistic"] for s in program_tree.sections[2:]}
    assert {f"{s.source}, checked {s.as_of:%B %Y}" for s in section_figures} <= set(listed)
