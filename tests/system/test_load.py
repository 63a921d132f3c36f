"""A spike of patients: 60 seconds at 32 connections against every page type, with no errors."""

import os

import pytest

from . import services

pytestmark = pytest.mark.system

LOAD_SECONDS = int(os.environ.get("SYSTEM_LOAD_SECONDS", "60"))
MIX = [*services.PAGES.values(), services.FORM_PAGE]


def test_sixty_seconds_at_32_connections_without_an_error(site, redis, start, record):
    app = start(services.Gunicorn(site.env(REDIS_URL=redis.url), workers=4))
    for path in MIX:  # every worker's first view of a page costs more; not what we measure
        assert services.http_status(app.base_url + path) == 200, path

    stats = services.run_wrk(app.base_url, MIX, seconds=LOAD_SECONDS, connections=32)

    seconds = stats["duration_us"] / 1e6
    record(
        "load: wrk -t2 -c32, page mix incl. the form page",
        seconds=round(seconds, 1),
        requests=stats["requests"],
        requests_per_second=round(stats["requests"] / seconds, 1),
        p50_ms=round(stats["latency_us"]["p50"] / 1000, 1),
        p99_ms=round(stats["latency_us"]["p99"] / 1000, 1),
        errors=stats["errors"],
    )
    assert stats["requests"] > LOAD_SECONDS, stats
    assert stats["errors"] == dict.fromkeys(("connect", "read", "write", "status", "timeout"), 0), (
        f"{stats}\n{app.log_tail()}"
    )
    log = app.log.read_text(errors="replace")
    record(
        "load: wrk -t2 -c32, page mix incl. the form page",
        redis_errors_ignored=log.count("django_redis.exceptions.ConnectionInterrupted"),
    )
    for sign_of_trouble in ("Internal Server Error", "WORKER TIMEOUT", "was sent SIG"):
        assert sign_of_trouble not in log, app.log_tail()
