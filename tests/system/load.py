"""A bounded load generator that records every request, for tests that need a timeline.

wrk gives totals; the fault tests need to know *when* each request failed, relative
to the fault. Each thread keeps one HTTP/1.1 keep-alive connection (like a browser)
and walks the page mix until stopped or until its deadline, whichever comes first.
A failed connection is never retried: it counts as a socket error.
"""

import http.client
import statistics
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from .services import ERROR_PAGE_TEXT


@dataclass(frozen=True)
class Outcome:
    started: float  # time.monotonic()
    ended: float
    path: str
    status: int | None  # None: no HTTP response at all (refused, reset, timed out)
    error: str = ""
    error_page: bool = False  # a 5xx whose body is the branded 500 page
    page_cache: str = ""  # the X-Page-Cache header, when the app sends one

    @property
    def ok(self) -> bool:
        return self.status is not None and self.status < 400

    @property
    def seconds(self) -> float:
        return self.ended - self.started


class Load:
    """``with Load(url, paths) as load: ...``; ``load.outcomes`` once the block ends."""

    def __init__(self, base_url: str, paths: list[str], threads: int = 12, max_seconds: float = 60):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.paths = paths
        self.threads = [
            threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(threads)
        ]
        self.max_seconds = max_seconds
        self.outcomes: list[Outcome] = []
        self._stop = threading.Event()
        self.started = self.stopped = 0.0

    def __enter__(self) -> "Load":
        self.started = time.monotonic()
        self.deadline = self.started + self.max_seconds
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        for thread in self.threads:
            thread.join(timeout=30)
        self.stopped = time.monotonic()

    def _run(self, n: int) -> None:
        connection = None
        i = n
        while not self._stop.is_set() and time.monotonic() < self.deadline:
            path = self.paths[i % len(self.paths)]
            i += 1
            started = time.monotonic()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection(self.host, self.port, timeout=15)
                connection.request("GET", path)
                response = connection.getresponse()
                body = response.read()
                outcome = Outcome(
                    started,
                    time.monotonic(),
                    path,
                    response.status,
                    error_page=response.status >= 500 and ERROR_PAGE_TEXT.encode() in body,
                    page_cache=response.headers.get("X-Page-Cache", ""),
                )
                if response.will_close:
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException) as error:
                outcome = Outcome(started, time.monotonic(), path, None, error=repr(error))
                if connection is not None:
                    connection.close()
                connection = None
                time.sleep(0.05)  # never spin on a refused port
            self.outcomes.append(outcome)  # list.append is atomic

    def summary(self) -> dict:
        outcomes = self.outcomes
        latencies = sorted(o.seconds for o in outcomes if o.ok)
        seconds = max(self.stopped - self.started, 1e-9)
        return {
            "requests": len(outcomes),
            "requests_per_second": round(len(outcomes) / seconds, 1),
            "ok": sum(o.ok for o in outcomes),
            "http_errors": sum(o.status is not None and not o.ok for o in outcomes),
            "socket_errors": sum(o.status is None for o in outcomes),
            "p50_ms": round(statistics.median(latencies) * 1000) if latencies else None,
            "p99_ms": round(percentile(latencies, 99) * 1000) if latencies else None,
            "max_ms": round(latencies[-1] * 1000) if latencies else None,
        }


def p99_ms(outcomes: list[Outcome]) -> int | None:
    latencies = sorted(o.seconds for o in outcomes)
    return round(percentile(latencies, 99) * 1000) if latencies else None


def percentile(sorted_values: list[float], p: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(p / 100 * len(sorted_values)) - 1))
    return sorted_values[index]
