"""The page cache never serves what an anonymous visitor may not see (issue 16, finding 1).

Every change that can take a page away from patients (privacy set on it or an
ancestor, privacy removed, unpublish, move, delete) purges the page and its
descendants from Django's cache and from the frontend cache (Varnish or a CDN),
which here is a real HTTP server on loopback that records the PURGE requests
Wagtail's ``HTTPBackend`` sends it. The first finding is reproduced on the
in-process cache and on a real Redis, as production runs it.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

import pytest

from page_cache.middleware import PageCacheMiddleware, cache_key
from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs.models import HomePage, IndicationPage
from tests.system.services import Redis
from tests.test_page_cache import cached_site, status, warm  # noqa: F401 (a fixture, used below)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("cached_site")]


@pytest.fixture
def edge(settings):
    """A stand-in for Varnish that records the paths Wagtail asks it to PURGE."""
    purged: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):
            purged.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield purged
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def redis_server():
    server = Redis().start()
    yield server
    server.stop()


@pytest.fixture(params=["locmem", "redis"])
def app_cache(request, settings):
    """The test settings' in-process cache, or a real Redis shared as in production."""
    if request.param == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": request.getfixturevalue("redis_server").url,
            }
        }
        cache.clear()


def set_privacy(admin_client, page, capture, restriction_type):
    """Set a page's privacy through the admin's privacy dialog, as an editor does."""
    with capture(execute=True):
        response = admin_client.post(
            reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
            {"restriction_type": restriction_type},
        )
    assert response.status_code == 200
    assert response.json()["step"] == "set_privacy_done"


def assert_login_required(client, url):
    response = client.get(url)
    assert response.status_code == 302, url
    assert response["Location"].startswith("/_util/login/"), url
    assert "X-Page-Cache" not in response
    assert "s-maxage" not in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_a_page_made_private_is_no_longer_served_from_the_cache(
    client, admin_client, app_cache, edge, django_capture_on_commit_callbacks
):
    page = IndicationPage.objects.get(slug="radiation-boost")
    unrelated = GuideSectionPage.objects.get(slug="questions")
    warm(client, [page, unrelated])

    set_privacy(admin_client, page, django_capture_on_commit_callbacks, "login")

    assert_login_required(client, page.url)
    assert urlsplit(page.full_url).path in edge
    assert status(client, unrelated.url) == "hit"


def test_privacy_on_an_ancestor_purges_its_descendants(
    client, admin_client, app_cache, edge, django_capture_on_commit_callbacks
):
    guide = PatientGuidePage.objects.get()
    sections = list(GuideSectionPage.objects.all())
    warm(client, [guide, *sections])

    set_privacy(admin_client, guide, django_capture_on_commit_callbacks, "login")

    for page in [guide, *sections]:
        assert_login_required(client, page.url)
        assert urlsplit(page.full_url).path in edge
    assert_login_required(client, guide.url + "all/")


def test_privacy_removed_purges_the_edge_so_patients_see_the_page_again(
    client, admin_client, edge, django_capture_on_commit_callbacks
):
    page = IndicationPage.objects.get(slug="radiation-boost")
    set_privacy(admin_client, page, django_capture_on_commit_callbacks, "login")
    assert_login_required(client, page.url)
    edge.clear()

    set_privacy(admin_client, page, django_capture_on_commit_callbacks, "none")

    assert urlsplit(page.full_url).path in edge
    assert status(client, page.url) == "miss"
    assert status(client, page.url) == "hit"


def test_unpublishing_a_page_with_its_descendants_purges_them_all(
    client, admin_client, edge, django_capture_on_commit_callbacks
):
    guide = PatientGuidePage.objects.get()
    sections = list(GuideSectionPage.objects.all())
    warm(client, [guide, *sections])

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailadmin_pages:unpublish", args=[guide.pk]),
            {"include_descendants": "on"},
        )
    assert response.status_code == 302

    for page in [guide, *sections]:
        assert client.get(page.url).status_code == 404, page.title
        assert urlsplit(page.full_url).path in edge


def test_moving_a_page_purges_its_descendants_old_addresses(
    client, edge, django_capture_on_commit_callbacks
):
    guide = PatientGuidePage.objects.get()
    sections = list(GuideSectionPage.objects.all())
    old_urls = warm(client, [guide, *sections])

    with django_capture_on_commit_callbacks(execute=True):
        guide.move(HomePage.objects.get(), pos="last-child")

    # Wagtail's redirects app sends the old addresses on; a stale copy would be a 200.
    assert [client.get(url).status_code for url in old_urls] == [301] * len(old_urls)
    assert set(old_urls) <= set(edge)


def test_deleting_a_page_purges_its_descendants(client, edge, django_capture_on_commit_callbacks):
    guide = PatientGuidePage.objects.get()
    sections = list(GuideSectionPage.objects.all())
    urls = warm(client, [guide, *sections])

    with django_capture_on_commit_callbacks(execute=True):
        guide.delete()

    assert [client.get(url).status_code for url in urls] == [404] * len(urls)
    assert set(urls) <= set(edge)


def test_a_response_marked_private_is_neither_stored_nor_made_public(rf):
    """Wagtail marks every response of a restricted page so; the cache must not undo that."""

    def restricted_page(request):
        request.page_cache_allowed = True  # a site page, as page_cache.wagtail_hooks decides
        response = HttpResponse("for signed-in staff only")
        add_never_cache_headers(response)
        return response

    response = PageCacheMiddleware(restricted_page)(rf.get("/staff-only/"))

    assert "s-maxage" not in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert cache.get(cache_key("/staff-only/")) is None
