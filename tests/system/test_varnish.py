"""Varnish (deploy/varnish/default.vcl) in front of gunicorn: pages are cached, editors and
forms pass, and a publish purges Varnish through Wagtail's frontend cache (PURGE)."""

import uuid

import pytest

from . import services

pytestmark = pytest.mark.system

GUIDE_SECTION = services.PAGES["guide section"]
WHOLE_GUIDE = services.PAGES["whole guide"]


def hit(headers) -> bool:
    """Varnish served it from its cache: X-Varnish names this request and the stored one."""
    return len(headers.get("X-Varnish", "").split()) == 2


def test_varnish_caches_pages_passes_editors_and_forms_and_is_purged_on_publish(
    site, redis, start, record
):
    env = site.env(REDIS_URL=redis.url)
    app = start(services.Gunicorn(env, workers=2))
    varnish = start(services.Varnish(backend_port=app.port))
    url = varnish.base_url + GUIDE_SECTION

    first, second = services.get(url), services.get(url)
    assert first[0] == second[0] == 200
    assert not hit(first[1]) and hit(second[1]), (first[1], second[1])
    assert second[1]["X-Cache"] == "HIT" and int(second[1]["Age"]) >= 0
    services.get(varnish.base_url + WHOLE_GUIDE)  # the whole guide shows the section too
    assert hit(services.get(varnish.base_url + WHOLE_GUIDE)[1])

    # Forms (private, no-store), the admin and logged-in editors always reach the app.
    for path, headers in (
        (services.FORM_PAGE, {}),
        ("/admin/login/", {}),
        (GUIDE_SECTION, {"Cookie": "sessionid=an-editor"}),
    ):
        answers = [services.get(varnish.base_url + path, headers) for _ in range(2)]
        assert [status for status, _, _ in answers] == [200, 200], path
        assert not any(hit(h) for _, h, _ in answers), (path, [h for _, h, _ in answers])

    # An editor publishes (its own process, told where Varnish is): Varnish is purged.
    title = f"How it works ({uuid.uuid4().hex[:8]})"
    site.publish({**env, "FRONTEND_CACHE_LOCATION": varnish.base_url}, GUIDE_SECTION, title=title)
    status, headers, body = services.get(url)
    whole_guide = services.get(varnish.base_url + WHOLE_GUIDE)[2]
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
    assert hit(services.get(url)[1]), "the new page is cached again"

    # PURGE is answered only for this host (the ACL); from here it is allowed.
    status, _, _ = services.get(url, method="PURGE")
    assert status == 200
