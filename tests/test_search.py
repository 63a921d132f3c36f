"""Site search over live pages and their StreamField text, on SQLite and PostgreSQL alike."""

from django.urls import reverse

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

import pytest
from bs4 import BeautifulSoup

from medical_review.governance import EDITORS
from patient_guide.models import GuideSectionPage
from programs.hospital_settings import HospitalSettings
from programs.models import IndicationPage
from site_search.views import RESULTS_PER_PAGE
from tests.conftest import sign_in

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get(reverse("search"), params)
    return response, BeautifulSoup(response.content, "html.parser")


def result_titles(html) -> list[str]:
    return [a.get_text() for a in html.select("ol.search-results .search-result__title a")]


def test_finds_pages_by_words_in_their_streamfield_body(client, seeded):
    # "mold" appears only in the body blocks of the guide, never in a title or summary.
    response, html = search(client, q="mold")
    assert response.status_code == 200
    titles = result_titles(html)
    assert "Preparing for treatment and treatment day" in titles
    assert all(html.select("ol.search-results .search-result p"))


def test_finds_pages_by_title_and_shows_their_summary_as_the_snippet(client, seeded):
    _, html = search(client, q="metastases")
    first = IndicationPage.objects.get(slug="pain-relief")
    assert first.title in result_titles(html)
    assert first.summary in html.get_text()


def test_drafts_and_unpublished_pages_are_not_found(client, seeded):
    page = GuideSectionPage.objects.get(slug="questions")
    page.unpublish()
    _, html = search(client, q="Questions patients ask")
    assert "Questions patients ask" not in result_titles(html)


def test_no_results_page_offers_the_phone_number(client, seeded):
    response, html = search(client, q="xylophone")
    assert response.status_code == 200
    assert not result_titles(html)
    no_results = html.find(class_="no-results")
    assert no_results.find("a", href=HospitalSettings.objects.get().phone_href)


def test_results_are_paginated(client, seeded):
    _, first = search(client, q="spine")
    total = int(first.find(class_="search-count").get_text().split()[0])
    assert total > RESULTS_PER_PAGE
    assert len(result_titles(first)) == RESULTS_PER_PAGE
    _, second = search(client, q="spine", page=2)
    assert result_titles(second) and set(result_titles(second)).isdisjoint(result_titles(first))
    assert second.find("a", rel="prev")


def test_editors_promotions_come_first(client, seeded):
    guide = GuideSectionPage.objects.get(slug="after-treatment")
    SearchPromotion.objects.create(
        query=Query.get("side effects"), page=guide, description="What to expect afterwards."
    )
    _, html = search(client, q="Side effects")
    promoted = html.select(".search-promotions a")
    assert [a.get_text() for a in promoted] == [guide.title]
    assert "What to expect afterwards." in html.find(class_="search-promotions").get_text()


def test_searches_are_not_stored(client, seeded):
    """Patients may type their own health details: no query string or hit is written."""
    search(client, q="my tumor pain since March")
    search(client, q="pain")
    assert not Query.objects.exists() and not QueryDailyHits.objects.exists()


def test_a_promotion_shows_without_its_search_being_counted(client, seeded):
    guide = GuideSectionPage.objects.get(slug="after-treatment")
    promoted = Query.get("side effects")
    SearchPromotion.objects.create(query=promoted, page=guide)
    _, html = search(client, q="side effects")
    assert [a.get_text() for a in html.select(".search-promotions a")] == [guide.title]
    assert list(Query.objects.all()) == [promoted] and promoted.hits == 0


def test_editors_manage_promotions_in_views_without_inline_scripts(client, seeded, member):
    """The admin's CSP refuses inline scripts: the add and edit views start the formset, the
    query chooser and the page choosers from data attributes (tests/browser/ uses them)."""
    guide = GuideSectionPage.objects.get(slug="after-treatment")
    query = Query.get("side effects")
    SearchPromotion.objects.create(query=query, page=guide)
    sign_in(client, member(EDITORS))
    for url in [
        reverse("wagtailsearchpromotions:add"),
        reverse("wagtailsearchpromotions:edit", args=[query.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 200
        html = BeautifulSoup(response.content, "html.parser")
        inline = [
            script
            for script in html.find_all("script")
            if not script.get("src") and script.get("type") != "application/json"
        ]
        assert inline == [], url
        assert html.find(attrs={"data-search-promotions-formset": "id_editors_picks"})
        assert html.find("script", src="/static/js/admin-search-promotions.js")
    # The edit view's page chooser, and the empty form each new recommendation copies.
    chooser = html.find(attrs={"data-chooser-input": "id_editors_picks-0-page"})
    assert chooser["data-chooser-start"] == "PageChooser"
    assert "modalUrl" in chooser["data-chooser-options"]
    template = html.find("template", id="id_editors_picks-EMPTY_FORM_TEMPLATE")
    assert template.find(attrs={"data-chooser-input": "id_editors_picks-__prefix__-page"})


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "   "},
        {"q": "pain " * 2000},
        {"q": "x" * 10_000},
        {"q": "'; DROP TABLE wagtailcore_page; --"},
        {"q": '" OR 1=1 --'},
        {"q": "<script>alert(1)</script>"},
        {"q": "pain & | ! ( ) : * \\"},
        {"q": "ümlaut 日本語 🙂"},
        {"q": "pain", "page": "9999"},
        {"q": "pain", "page": "-1"},
        {"q": "pain", "page": "abc"},
        {"q": "\x00"},
    ],
    ids=lambda p: repr(p)[:40],
)
def test_bad_queries_give_a_normal_page(client, seeded, params):
    response, html = search(client, **params)
    assert response.status_code == 200
    assert html.find("h1").get_text() == "Search"
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_long_queries_are_shortened_and_the_reader_is_told(client, seeded):
    _, html = search(client, q="pain " * 100)
    assert "first 200 characters" in html.get_text()


def test_every_page_has_a_search_box(client, seeded):
    page = IndicationPage.objects.first()
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    form = html.find("header").find("form", role="search")
    assert form["action"] == reverse("search") and form.find("input", attrs={"name": "q"})
    assert html.find("label", attrs={"for": "header-q"})
