"""Faults under load: PostgreSQL restarted, Redis hung then stopped. The site heals by itself."""

import http.client
import re
import signal
import threading
import time
import uuid

import pytest

from . import services
from .load import Load, p99_ms

pytestmark = pytest.mark.system

MIX = list(services.PAGES.values())
# After PostgreSQL accepts connections again, every request must succeed within this.
RECOVERY_BUDGET_SECONDS = 5
THANK_YOU = "We have your request"


class FormClient:
    """A patient with the appointment form open: its CSRF cookie and token, then POSTs."""

    def __init__(self, base_url: str):
        self.host, self.port = base_url.removeprefix("http://").split(":")
        connection = self._connection()
        connection.request("GET", services.FORM_PAGE)
        response = connection.getresponse()
        html = response.read().decode()
        assert response.status == 200, html[:500]
        self.cookie = re.search(r"csrftoken=([^;]+)", response.headers["Set-Cookie"]).group(1)
        self.token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        connection.close()

    def _connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, int(self.port), timeout=15)

    def post(self, name: str, client_number: int) -> tuple[int | None, str]:
        """Send a valid request from "client" ``client_number`` (its own rate-limit bucket)."""
        body = (
            f"csrfmiddlewaretoken={self.token}&full_name={name}&phone=800-555-0142"
            "&email=&contact_time=Any+time&reason=Is+this+right+for+me%3F&consent=on&homepage_url="
        )
        connection = self._connection()
        try:
            connection.request(
                "POST",
                services.FORM_PAGE,
                body=body,
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Cookie": f"csrftoken={self.cookie}",
                    "X-Forwarded-For": f"10.0.0.{client_number}",
                },
            )
            response = connection.getresponse()
            return response.status, response.read().decode(errors="replace")
        except (OSError, http.client.HTTPException) as error:
            return None, repr(error)
        finally:
            connection.close()


def test_postgresql_restart_during_load_heals_without_restarting_workers(
    site, redis, start, record
):
    # Every request reaches PostgreSQL (page cache off): the worst case for an outage.
    # --max-requests 0: no worker is recycled on purpose, so any new PID is a crash.
    env = site.env(REDIS_URL=redis.url, PAGE_CACHE_SECONDS="0", TRUSTED_PROXY_COUNT="1")
    app = start(services.Gunicorn(env, workers=4, extra_args="--max-requests 0"))
    workers_before = app.worker_pids()
    assert len(workers_before) == 4
    form = FormClient(app.base_url)
    run = uuid.uuid4().hex[:8]
    posts: list[tuple[str, int | None, str]] = []

    with Load(app.base_url, MIX, threads=12, max_seconds=40) as load:
        time.sleep(4)
        restart = threading.Thread(target=site.postgres.restart)
        restart_started = time.monotonic()
        restart.start()
        # Patients keep sending the form while the database is away (5 at most).
        while restart.is_alive() and len(posts) < 5:
            name = f"Outage-{run}-{len(posts)}"
            posts.append((name, *form.post(name, client_number=len(posts) + 1)))
            time.sleep(0.1)
        restart.join(timeout=60)
        back = time.monotonic()
        time.sleep(RECOVERY_BUDGET_SECONDS + 3)

    workers_after = app.worker_pids()
    after_name = f"After-{run}"
    after_post = form.post(after_name, client_number=99)

    outcomes = load.outcomes
    failed = [o for o in outcomes if not o.ok]
    socket_errors = [o for o in outcomes if o.status is None]
    last_failure = max((o.ended for o in failed), default=restart_started)
    recovery = max(0.0, last_failure - back)
    settled = [o for o in outcomes if o.started > back + RECOVERY_BUDGET_SECONDS]
    stored = {name: site.submissions_containing(name) for name, *_ in posts}
    record(
        "postgresql restart (pg_ctl restart -m fast) under load, page cache off",
        load=load.summary(),
        restart_seconds=round(back - restart_started, 2),
        failed_requests=len(failed),
        failed_statuses=sorted({o.status for o in failed}, key=str),
        outage_window_seconds=round(last_failure - min(o.started for o in failed), 2)
        if failed
        else 0,
        recovered_seconds_after_postgres_was_back=round(recovery, 2),
        requests_after_recovery=len(settled),
        worker_pids_unchanged=workers_before == workers_after,
        form_posts_during_restart=[
            (status, "stored" if stored[name] else "not stored") for name, status, _ in posts
        ],
    )

    assert workers_after == workers_before, f"a worker was restarted\n{app.log_tail()}"
    assert not socket_errors, f"gunicorn stopped answering: {socket_errors[:3]}"
    assert all(o.status >= 500 and o.error_page for o in failed), (
        "a failure that is not the branded 500 page: "
        f"{[o for o in failed if not (o.status >= 500 and o.error_page)][:3]}"
    )
    assert recovery <= RECOVERY_BUDGET_SECONDS, f"still failing {recovery:.1f}s after restart"
    assert settled and all(o.ok for o in settled)
    for name, status, body in posts:
        if status == 200:
            assert THANK_YOU in body and stored[name] == 1, f"{name}: thanked but not stored"
        else:
            assert status is not None and status >= 500, f"{name}: {status} {body[:300]}"
            assert services.ERROR_PAGE_TEXT in body, f"{name}: {status} without the error page"
    assert after_post[0] == 200 and THANK_YOU in after_post[1], after_post[1][:500]
    assert site.submissions_containing(after_name) == 1


def test_redis_hung_then_stopped_during_load_pages_still_served(site, redis, start, record):
    app = start(services.Gunicorn(site.env(REDIS_URL=redis.url), workers=4))
    for path in MIX:  # fill the page cache (when the app has one)
        services.http_status(app.base_url + path)
    with Load(app.base_url, MIX, threads=8, max_seconds=30) as load:
        time.sleep(3)
        hung = time.monotonic()
        redis.process.send_signal(signal.SIGSTOP)  # accepts connections, never answers
        time.sleep(3)
        redis.process.send_signal(signal.SIGCONT)
        stopped = time.monotonic()
        services.stop_process(redis.process)  # gone: connections refused
        time.sleep(4)
    outcomes = load.outcomes
    while_hung = [o for o in outcomes if hung <= o.started < stopped]
    while_down = [o for o in outcomes if o.started >= stopped]

    # Redis comes back on the same port: the cache is used again, with no restart of the app.
    redis.start()
    after = [services.get(app.base_url + "/") for _ in range(3)]
    record(
        "redis hung (SIGSTOP 3s) then stopped (4s) under load",
        load=load.summary(),
        requests_while_hung=len(while_hung),
        p99_ms_while_hung=p99_ms(while_hung),
        requests_while_down=len(while_down),
        p99_ms_while_down=p99_ms(while_down),
        page_cache_header=sorted({o.page_cache for o in outcomes}),
    )

    assert while_hung and while_down
    bad = [o for o in outcomes if o.status != 200]
    assert not bad, f"{len(bad)} requests failed, e.g. {bad[:3]}\n{app.log_tail()}"
    assert [status for status, _, _ in after] == [200, 200, 200]
    if any(o.page_cache for o in outcomes):  # the app has a page cache: it is back in use
        assert after[-1][1].get("X-Page-Cache") == "hit", after[-1][1]
