"""Anonymous page views come from the cache; a change purges exactly the pages it affects."""

from django.core.cache import cache

import pytest

from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs.hospital_settings import HospitalSettings
from programs.models import HomePage, IndicationPage, ProgramPage
from programs.snippets import Statistic
from tests.conftest import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached_site(settings, django_capture_on_commit_callbacks, seeded):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def status(client, url) -> str:
    """'hit', 'miss' or '' (not cacheable) for an anonymous GET of ``url``."""
    return client.get(url).headers.get("X-Page-Cache", "")


def warm(client, pages) -> list[str]:
    urls = [page.url for page in pages]
    for url in urls:
        assert status(client, url) == "miss"
        assert status(client, url) == "hit"
    return urls


def publish(page, django_capture_on_commit_callbacks, **changes):
    for field, value in changes.items():
        setattr(page, field, value)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def test_second_anonymous_view_is_served_without_touching_the_database(
    client, cached_site, django_assert_num_queries
):
    url = ProgramPage.objects.get().url
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    assert first["Cache-Control"] == "public, max-age=0, s-maxage=600"
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_editors_search_admin_and_query_strings_are_never_cached(client, cached_site, admin_user):
    url = ProgramPage.objects.get().url
    assert status(client, "/search/?q=pain") == ""
    assert status(client, url + "?utm_source=tv") == ""
    sign_in(client, admin_user)
    assert status(client, url) == ""
    assert status(client, url) == ""
    assert status(client, "/admin/") == ""


def test_a_disallowed_host_is_refused_before_the_cache_is_read(client, cached_site):
    url = ProgramPage.objects.get().url
    warm(client, [ProgramPage.objects.get()])
    assert client.get(url, HTTP_HOST="attacker.example").status_code == 400


def test_editing_an_indication_purges_exactly_the_pages_that_show_it(
    client, cached_site, django_capture_on_commit_callbacks
):
    indication = IndicationPage.objects.get(slug="after-surgery")
    program = ProgramPage.objects.get()
    guide = PatientGuidePage.objects.get()
    links_to_it = GuideSectionPage.objects.get(slug="who-it-can-help")
    unrelated = [HomePage.objects.get(), GuideSectionPage.objects.get(slug="questions"), guide]
    sibling = IndicationPage.objects.get(slug="pain-relief")
    urls = warm(client, [indication, program, sibling, links_to_it, *unrelated])
    whole_guide = guide.url + "all/"  # shows the "who it can help" section's links
    assert status(client, whole_guide) == "miss"

    publish(indication, django_capture_on_commit_callbacks, title="Tumor left after spine surgery")

    for url in [*urls[:4], whole_guide]:
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss", url
        assert "Tumor left after spine surgery" in response.content.decode(), url
    for page in unrelated:
        assert status(client, page.url) == "hit", page.title


def test_editing_a_guide_section_purges_the_whole_guide_view(
    client, cached_site, django_capture_on_commit_callbacks
):
    section = GuideSectionPage.objects.get(slug="questions")
    whole_guide = PatientGuidePage.objects.get().url + "all/"
    assert status(client, whole_guide) == "miss"
    publish(section, django_capture_on_commit_callbacks, summary="Answers to common questions.")
    response = client.get(whole_guide)
    assert response["X-Page-Cache"] == "miss"
    assert "Answers to common questions." in response.content.decode()


def test_a_changed_statistic_purges_the_pages_that_show_it(
    client, cached_site, django_capture_on_commit_callbacks
):
    statistic = Statistic.objects.get(value="70%")
    showing_it = GuideSectionPage.objects.get(slug="about-spinal-metastases")
    not_showing_it = IndicationPage.objects.get(slug="pain-relief")
    warm(client, [showing_it, not_showing_it])
    statistic.value = "65%"
    with django_capture_on_commit_callbacks(execute=True):
        statistic.save_revision().publish()
    response = client.get(showing_it.url)
    assert response["X-Page-Cache"] == "miss" and "65%" in response.content.decode()
    assert status(client, not_showing_it.url) == "hit"


def test_hospital_settings_purge_every_page(
    client, cached_site, django_capture_on_commit_callbacks
):
    pages = [HomePage.objects.get(), IndicationPage.objects.get(slug="pain-relief")]
    warm(client, pages)
    hospital = HospitalSettings.objects.get()
    hospital.phone = "800-555-0188"
    with django_capture_on_commit_callbacks(execute=True):
        hospital.save()
    for page in pages:
        response = client.get(page.url)
        assert "800-555-0188" in response.content.decode()


def test_unpublished_and_deleted_pages_are_gone_at_once(
    client, cached_site, django_capture_on_commit_callbacks
):
    unpublished = IndicationPage.objects.get(slug="radiation-boost")
    deleted = GuideSectionPage.objects.get(slug="questions")
    warm(client, [unpublished, deleted])
    urls = [unpublished.url, deleted.url]
    with django_capture_on_commit_callbacks(execute=True):
        unpublished.unpublish()
        deleted.delete()
    assert [client.get(url).status_code for url in urls] == [404, 404]


def test_moving_a_page_purges_its_old_and_new_neighbours(
    client, cached_site, django_capture_on_commit_callbacks
):
    section = GuideSectionPage.objects.get(slug="questions")
    first = GuideSectionPage.objects.get(slug="about-spinal-metastases")
    warm(client, [first])
    with django_capture_on_commit_callbacks(execute=True):
        section.move(first, pos="left")
    response = client.get(first.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Section 2 of 8" in response.content.decode()


def test_a_cache_outage_means_uncached_pages_not_errors(client, cached_site, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.1, "IGNORE_EXCEPTIONS": True},
        }
    }
    response = client.get(ProgramPage.objects.get().url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
