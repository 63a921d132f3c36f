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
    """Two faults under load: `pg_ctl restart -m fast`, then PostgreSQL down for 2 s."""
    # Every request reaches PostgreSQL (page cache off): the worst case for an outage.
    # --max-requests 0: no worker is recycled on purpose, so any new PID is a crash.
    env = site.env(REDIS_URL=redis.url, PAGE_CACHE_SECONDS="0", TRUSTED_PROXY_COUNT="1")
    app = start(services.Gunicorn(env, workers=4, extra_args="--max-requests 0"))
    workers_before = app.worker_pids()
    assert len(workers_before) == 4
    form = FormClient(app.base_url)
    run = uuid.uuid4().hex[:8]
    posts: list[tuple[str, int | None, str]] = []  # (name, status, body)
    faults: list[tuple[str, float, float]] = []  # (fault, started, PostgreSQL accepting again)

    def post(label: str) -> tuple[str, int | None, str]:
        name = f"{label}-{run}-{len(posts)}"
        posts.append((name, *form.post(name, client_number=len(posts) + 1)))
        return posts[-1]

    with Load(app.base_url, MIX, threads=12, max_seconds=50) as load:
        time.sleep(4)

        # 1. A restart, while patients keep sending the form (5 at most).
        restarted = []

        def restart_postgres():
            site.postgres.restart()
            restarted.append(time.monotonic())

        restart = threading.Thread(target=restart_postgres)
        started = time.monotonic()
        restart.start()
        while restart.is_alive() and len(posts) < 5:
            post("Restart")
            time.sleep(0.1)
        restart.join(timeout=60)
        assert restarted, "pg_ctl restart did not finish"
        faults.append(("pg_ctl restart -m fast", started, restarted[0]))
        time.sleep(RECOVERY_BUDGET_SECONDS)

        # 2. Down for 2 seconds (a failover): a form sent then certainly meets the outage.
        started = time.monotonic()
        site.postgres.stop_server()
        _, down_status, down_body = post("Down")
        time.sleep(max(0.0, started + 2 - time.monotonic()))
        site.postgres.start_server()
        faults.append(("down for 2 s", started, time.monotonic()))
        time.sleep(RECOVERY_BUDGET_SECONDS + 3)

    workers_after = app.worker_pids()
    _, after_status, after_body = post("After")

    outcomes = load.outcomes
    failed = [o for o in outcomes if not o.ok]
    stored = {name: site.submissions_containing(name) for name, *_ in posts}
    measured = {}
    for n, (fault, started, back) in enumerate(faults):
        until = faults[n + 1][1] if n + 1 < len(faults) else float("inf")
        failures = [o for o in failed if started - 5 <= o.ended < until]
        last_failure = max((o.ended for o in failures), default=back)
        measured[fault] = {
            "postgres_unavailable_seconds": round(back - started, 2),
            "failed_requests": len(failures),
            "failures_from_first_to_last_seconds": round(
                last_failure - min(o.started for o in failures), 2
            )
            if failures
            else 0,
            "recovered_seconds_after_postgres_was_back": round(max(0.0, last_failure - back), 2),
        }
    settled = [o for o in outcomes if o.started > faults[-1][2] + RECOVERY_BUDGET_SECONDS]
    record(
        "postgresql restart and outage under load (page cache off, 12 clients)",
        load=load.summary(),
        faults=measured,
        failed_statuses=sorted({str(o.status) for o in failed}),
        requests_after_recovery=len(settled),
        worker_pids_unchanged=workers_before == workers_after,
        form_posts=[
            (status, "stored" if stored[name] else "not stored") for name, status, _ in posts
        ],
    )

    assert workers_after == workers_before, f"a worker was restarted\n{app.log_tail()}"
    socket_errors = [o for o in outcomes if o.status is None]
    assert not socket_errors, f"gunicorn stopped answering: {socket_errors[:3]}"
    assert not [o for o in failed if o.ended < faults[0][1]], "failures before any fault"
    assert all(o.status >= 500 and o.error_page for o in failed), (
        "a failure that is not the branded 500 page: "
        f"{[o for o in failed if not (o.status >= 500 and o.error_page)][:3]}"
    )
    for fault, figures in measured.items():
        assert figures["recovered_seconds_after_postgres_was_back"] <= RECOVERY_BUDGET_SECONDS, (
            f"{fault}: still failing {figures}"
        )
    assert settled and all(o.ok for o in settled)
    # Every form sent: either stored (and thanked), or a clear error page. Never thanked and lost.
    for name, status, body in posts:
        if status == 200:
            assert THANK_YOU in body and stored[name] == 1, f"{name}: thanked but not stored"
        else:
            assert status is not None and status >= 500, f"{name}: {status} {body[:300]}"
            assert services.ERROR_PAGE_TEXT in body, f"{name}: {status} without the error page"
    assert down_status is not None and down_status >= 500, "a form sent with the database down"
    assert after_status == 200 and THANK_YOU in after_body, after_body[:500]
    assert stored[posts[-1][0]] == 1


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
