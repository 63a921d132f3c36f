"""The read API: live clinical pages and statistics only, and nothing can be written."""

from wagtail.models import Page

import pytest

from patient_guide.models import GuideSectionPage
from programs.models import IndicationPage, ProgramPage
from programs.snippets import Statistic

pytestmark = pytest.mark.django_db


def listed(client, url) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return response.json()["items"]


def test_lists_the_live_clinical_pages_and_nothing_else(client, seeded):
    items = listed(client, "/api/v2/pages/?limit=20")
    types = {item["meta"]["type"] for item in items}
    assert types == {
        "programs.ProgramPage",
        "programs.IndicationPage",
        "patient_guide.PatientGuidePage",
        "patient_guide.GuideSectionPage",
    }
    expected = Page.objects.live().type(ProgramPage, IndicationPage, GuideSectionPage).count() + 1
    assert len(items) == expected


def test_a_page_comes_with_its_content_and_review_dates(client, seeded):
    indication = IndicationPage.objects.get(slug="pain-relief")
    data = client.get(f"/api/v2/pages/{indication.pk}/").json()
    assert data["title"] == indication.title
    assert data["summary"] == indication.summary
    assert data["condition_name"] == "Spinal metastases"
    assert "last_reviewed" in data and "body" in data


def test_drafts_and_unpublished_pages_are_never_exposed(client, seeded):
    section = GuideSectionPage.objects.get(slug="questions")
    section.unpublish()
    draft = IndicationPage.objects.get(slug="pain-relief")
    draft.title = "A draft title"
    draft.save_revision()  # saved, not published
    assert client.get(f"/api/v2/pages/{section.pk}/").status_code == 404
    titles = {item["title"] for item in listed(client, "/api/v2/pages/?limit=20")}
    assert "A draft title" not in titles and section.title not in titles


def test_pages_that_are_not_clinical_content_are_not_exposed(client, seeded):
    home = Page.objects.get(depth=2)
    assert client.get(f"/api/v2/pages/{home.pk}/").status_code == 404
    forms = (
        Page.objects.live()
        .exclude(
            pk__in=Page.objects.type(ProgramPage, IndicationPage, GuideSectionPage).values("pk")
        )
        .filter(depth__gt=3, numchild=0)
    )
    assert forms.exists(), "the seed content has form pages to check"
    for page in forms:
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404, page.title


def test_statistics_are_listed_with_their_sources_only_when_live(client, seeded):
    statistic = Statistic.objects.get(value="70%")
    items = listed(client, "/api/v2/statistics/")
    assert len(items) == Statistic.objects.count()
    detail = client.get(f"/api/v2/statistics/{statistic.pk}/").json()
    assert detail["value"] == "70%" and detail["source"] == statistic.source
    statistic.live = False
    statistic.save()
    assert client.get(f"/api/v2/statistics/{statistic.pk}/").status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_is_read_only(client, seeded, method):
    page = ProgramPage.objects.get()
    response = getattr(client, method)(
        f"/api/v2/pages/{page.pk}/", {}, content_type="application/json"
    )
    assert response.status_code == 405
