"""Stateless app servers: two gunicorns share one PostgreSQL and one Redis; a publish through
one is what patients see through the other on their next request."""

import uuid

import pytest

from . import services

pytestmark = pytest.mark.system

INDICATION = services.PAGES["indication"]
PROGRAM = services.PAGES["program"]


def test_a_publish_is_seen_through_the_other_app_server(site, redis, start, record):
    env = site.env(REDIS_URL=redis.url)
    first = start(services.Gunicorn(env, workers=2))
    second = start(services.Gunicorn(env, workers=2))
    seen = {}
    for app in (first, second):
        for path in (INDICATION, PROGRAM, INDICATION, PROGRAM):  # the second view is cached
            status, headers, _ = services.get(app.base_url + path)
            assert status == 200
            seen[(app.port, path)] = headers.get("X-Page-Cache", "")
    if any(seen.values()):  # the app has a page cache: both pages are in the shared Redis now
        assert set(seen.values()) == {"hit"}, seen

    summary = f"Pain relief, checked {uuid.uuid4().hex[:10]}."
    site.publish(env, INDICATION, summary=summary)  # as an editor's publish, in its own process

    fresh = {}
    for app in (second, first):
        for path in (INDICATION, PROGRAM):
            status, headers, body = services.get(app.base_url + path)
            fresh[(app.port, path)] = summary in body
            assert status == 200
    record(
        "two app servers, one PostgreSQL and one Redis",
        page_cache_before_publish=sorted(set(seen.values())),
        new_summary_seen_everywhere_after_publish=all(fresh.values()),
    )
    assert all(fresh.values()), f"stale after publish: {[k for k, v in fresh.items() if not v]}"
