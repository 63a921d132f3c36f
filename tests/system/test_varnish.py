"""Varnish (deploy/varnish/default.vcl) in front of gunicorn, deployed as its comment says.

Pages are cached, editors and forms pass, a publish or a privacy change purges Varnish
through Wagtail's frontend cache (PURGE with the shared token), and no client can get a
redirect or another uncacheable answer stored for HTTPS visitors (issue 16, finding 2).
The app runs the production defaults, SECURE_SSL_REDIRECT included.
"""

import http.client
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from . import services

pytestmark = pytest.mark.system

GUIDE_SECTION = services.PAGES["guide section"]
WHOLE_GUIDE = services.PAGES["whole guide"]
INDICATION = services.PAGES["indication"]
PROGRAM = services.PAGES["program"]
RADIATION_BOOST = "/spinal-radiosurgery/radiation-boost/"
RADIATION_BOOST_TITLE = "An extra dose after standard radiation"
# Visitors name the site the same way on both listeners (in ALLOWED_HOSTS).
SITE_HOST = "localhost"


def hit(headers) -> bool:
    """Varnish served it from its cache: X-Varnish names this request and the stored one."""
    return len(headers.get("X-Varnish", "").split()) == 2


@dataclass
class Edge:
    app: services.Gunicorn
    varnish: services.Varnish
    env: dict[str, str]

    def https(self, path: str, headers: dict[str, str] | None = None):
        """A request as the TLS terminator forwards an HTTPS visitor's."""
        return services.get(self.varnish.base_url + path, {"Host": SITE_HOST, **(headers or {})})

    def plain(self, path: str, headers: dict[str, str] | None = None):
        """A plain-HTTP visitor's request, straight to Varnish's public listener."""
        return services.get(self.varnish.plain_url + path, {"Host": SITE_HOST, **(headers or {})})

    def purge(self, path: str, headers: dict[str, str]) -> int:
        return services.get(self.varnish.base_url + path, headers, method="PURGE")[0]


@pytest.fixture(scope="module")
def edge(site) -> Iterator[Edge]:
    """Redis, gunicorn (SECURE_SSL_REDIRECT on, as in production) and Varnish, for this module."""
    started = []
    try:
        redis = services.Redis()
        started.append(redis)
        redis.start()
        env = site.env(REDIS_URL=redis.url, SECURE_SSL_REDIRECT="true")
        app = services.Gunicorn(env, workers=2)
        started.append(app)
        app.start()
        varnish = services.Varnish(backend_port=app.port)
        started.append(varnish)
        varnish.start()
        yield Edge(app, varnish, {**env, **varnish.purge_env()})
    finally:
        for service in reversed(started):
            service.stop()


def test_varnish_caches_pages_passes_editors_and_forms_and_is_purged_on_publish(site, edge, record):
    first, second = edge.https(GUIDE_SECTION), edge.https(GUIDE_SECTION)
    assert first[0] == second[0] == 200
    assert not hit(first[1]) and hit(second[1]), (first[1], second[1])
    assert second[1]["X-Cache"] == "HIT" and int(second[1]["Age"]) >= 0
    edge.https(WHOLE_GUIDE)  # the whole guide shows the section too
    assert hit(edge.https(WHOLE_GUIDE)[1])

    # Forms (private, no-store), the admin and logged-in editors always reach the app.
    for path, headers in (
        (services.FORM_PAGE, {}),
        ("/admin/login/", {}),
        (GUIDE_SECTION, {"Cookie": "sessionid=an-editor"}),
    ):
        answers = [edge.https(path, headers) for _ in range(2)]
        assert [status for status, _, _ in answers] == [200, 200], path
        assert not any(hit(h) for _, h, _ in answers), (path, [h for _, h, _ in answers])

    # An editor publishes (its own process, told where Varnish is): Varnish is purged.
    title = f"How it works ({uuid.uuid4().hex[:8]})"
    site.publish(edge.env, GUIDE_SECTION, title=title)
    status, headers, body = edge.https(GUIDE_SECTION)
    whole_guide = edge.https(WHOLE_GUIDE)[2]
    record(
        "varnish in front of gunicorn",
        second_request=f"X-Varnish: {second[1]['X-Varnish']}, Age: {second[1]['Age']}",
        cache_control_from_app=second[1].get("Cache-Control", "(none: the VCL's default TTL)"),
        new_title_seen_after_publish=title in body,
        new_title_in_whole_guide_after_publish=title in whole_guide,
    )
    assert status == 200 and title in body, "Varnish still serves the page from before publish"
    assert not hit(headers)
    assert title in whole_guide, "Varnish still serves the whole guide from before publish"
    assert hit(edge.https(GUIDE_SECTION)[1]), "the new page is cached again"


@pytest.mark.parametrize("path", [INDICATION, services.FORM_PAGE])
def test_plain_http_redirect_never_reaches_https_visitors(edge, path, record):
    """Finding 2: a plain-HTTP request's 301 to https:// was cached and served to HTTPS
    visitors, a redirect loop. Varnish now decides the scheme from its listener, keys the
    cache on it and keeps no redirect the app gave no lifetime."""
    for _ in range(2):
        status, headers, _ = edge.plain(path)
        assert status == 301 and headers["Location"].endswith(path), (status, headers)
        assert "Cache-Control" not in headers, "the app's redirect should carry no lifetime"
        assert not hit(headers), "Varnish kept the redirect"

    # An HTTPS visitor, even one whose request claims plain HTTP, gets the page.
    status, headers, body = edge.https(path, {"X-Forwarded-Proto": "http"})
    assert status == 200 and "<h1" in body, (status, headers)
    record(
        f"varnish: plain HTTP then HTTPS ({path})",
        plain_http=301,
        https_after_plain_http=f"{status} {headers['X-Cache']}",
    )

    # A plain-HTTP request claiming HTTPS gets neither the HTTPS copy nor the app's page.
    edge.https(path)
    status, headers, _ = edge.plain(path, {"X-Forwarded-Proto": "https"})
    assert status == 301, (status, headers)


def test_non_200_answers_without_a_lifetime_are_not_cached(edge):
    answers = [edge.https("/no-such-page/") for _ in range(2)]
    assert [status for status, _, _ in answers] == [404, 404]
    assert "Cache-Control" not in answers[0][1]
    assert not any(hit(headers) for _, headers, _ in answers), [h for _, h, _ in answers]


def purge_from(source: str, port: int, path: str, token: str) -> int:
    """A PURGE sent from ``source`` (a loopback address), not through urllib's own socket."""
    connection = http.client.HTTPConnection(
        services.HOST, port, timeout=15, source_address=(source, 0)
    )
    try:
        connection.request("PURGE", path, headers={"X-Purge-Token": token})
        return connection.getresponse().status
    finally:
        connection.close()


def test_purge_needs_this_host_and_the_token(edge):
    """Finding 2: any PURGE from 127.0.0.1 was obeyed, so a local proxy passing PURGE on
    let anyone empty the cache."""
    edge.https(PROGRAM)
    assert hit(edge.https(PROGRAM)[1])
    token = edge.varnish.purge_token
    wrong = "0" * len(token)
    assert edge.purge(PROGRAM, {}) == 403
    assert edge.purge(PROGRAM, {"X-Purge-Token": wrong}) == 403
    assert purge_from("127.0.0.2", edge.varnish.port, PROGRAM, token) == 403  # not in the ACL
    assert hit(edge.https(PROGRAM)[1]), "a refused PURGE emptied the cache"

    assert edge.purge(PROGRAM, {"X-Purge-Token": token}) == 200
    assert not hit(edge.https(PROGRAM)[1]), "the PURGE with the token did not purge"


def test_page_made_private_is_not_served_from_varnish(site, edge):
    """Finding 1 through Varnish: a page made private stayed in Varnish's cache (s-maxage)
    and anonymous visitors still got it in full."""
    edge.https(RADIATION_BOOST)
    status, headers, body = edge.https(RADIATION_BOOST)
    assert status == 200 and hit(headers) and RADIATION_BOOST_TITLE in body

    site.set_privacy(edge.env, RADIATION_BOOST, login_required=True)
    try:
        status, headers, body = edge.https(RADIATION_BOOST)
        assert status == 302 and "login" in headers["Location"], (status, headers)
        assert RADIATION_BOOST_TITLE not in body
    finally:
        site.set_privacy(edge.env, RADIATION_BOOST, login_required=False)

    status, headers, body = edge.https(RADIATION_BOOST)
    assert status == 200 and RADIATION_BOOST_TITLE in body, "public again: the page is back"
