"""The table `make bench` prints and writes to docs/performance.md.

Usage (from scripts/bench.sh): bench_report.py line FILE RUN PAGE (one run's figures), and at
the end bench_report.py RESULTS_DIR DOC --seconds S --connections C
--workers W --pages "name=/path/" ...  RESULTS_DIR holds {uncached,cached,nginx}/<page>.json
(scripts/wrk_report.lua's summaries), page-cache.tsv, loadavg and serve.log. The section
"## Benchmark (`make bench`)" of DOC is replaced (or added at the end); the rest is kept.
"""

import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys
import textwrap
from importlib import metadata
from pathlib import Path

HEADING = "## Benchmark (`make bench`)"
RUNS = ("uncached", "cached", "nginx")


def load(results: Path, run: str, page: str) -> dict:
    return json.loads((results / run / f"{page}.json").read_text())


def rate(summary: dict) -> float:
    return summary["requests"] / (summary["duration_us"] / 1e6)


def ms(microseconds: float) -> str:
    value = microseconds / 1000
    return f"{value:.1f}" if value < 10 else f"{value:.0f}"


def ratio(value: float) -> str:
    return f"{value:.1%}" if value < 0.1 else f"{value:.0%}"


def errors(summary: dict) -> int:
    return sum(summary["errors"].values())


def command_version(command: list[str], pattern: str) -> str:
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=10)  # noqa: S603
    except OSError:
        return "?"
    match = re.search(pattern, out.stdout + out.stderr)
    return match.group(1) if match else "?"


def postgres_version() -> str:
    try:
        import psycopg

        with psycopg.connect(os.environ["DATABASE_URL"], connect_timeout=5) as connection:
            return connection.execute("SHOW server_version").fetchone()[0].split()[0]
    except Exception:  # the figure matters more than the version line
        return "?"


def revision() -> str:
    """The commit measured: BENCH_REVISION, else git's HEAD (and whether the tree differs)."""
    if os.environ.get("BENCH_REVISION"):
        return os.environ["BENCH_REVISION"]
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout.strip()  # fmt: skip
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],  # noqa: S607
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return "an unknown commit"
    return f"commit {head}" + (" plus uncommitted changes" if dirty else "")


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "?"


def table(results: Path, pages: list[str]) -> tuple[list[str], list[list[str]]]:
    header = [
        "page",
        "uncached req/s",
        "p50 ms",
        "p99 ms",
        "cached req/s",
        "p50 ms",
        "p99 ms",
        "nginx req/s",
        "cached/nginx",
    ]
    rows = []
    for page in pages:
        uncached, cached, nginx = (load(results, run, page) for run in RUNS)
        rows.append(
            [
                page,
                f"{rate(uncached):.0f}",
                ms(uncached["latency_us"]["p50"]),
                ms(uncached["latency_us"]["p99"]),
                f"{rate(cached):.0f}",
                ms(cached["latency_us"]["p50"]),
                ms(cached["latency_us"]["p99"]),
                f"{rate(nginx):.0f}",
                ratio(rate(cached) / rate(nginx)),
            ]
        )
    return header, rows


def plain(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(
            c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in [header, *rows]
    ]
    return "\n".join(lines)


def markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" + "---:|" * (len(header) - 1)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def page_cache_note(results: Path, pages: list[str]) -> str:
    tsv = results / "page-cache.tsv"
    seen = (
        dict(line.split("\t", 1) for line in tsv.read_text().splitlines() if "\t" in line)
        if tsv.exists()
        else {}
    )
    if all(seen.get(page, "").strip() == "hit" for page in pages):
        return "every page was answered from the page cache (`X-Page-Cache: hit`)"
    if not seen:
        return (
            "**the app sent no `X-Page-Cache` header, so the cached run rendered every "
            "request like the uncached one**"
        )
    return "page cache answers: " + ", ".join(f"{p}: {seen.get(p, '-').strip()}" for p in pages)


def section(args, header, rows, summaries) -> str:
    results = Path(args.results)
    pages = [p.split("=", 1)[0] for p in args.pages]
    load_average = (results / "loadavg").read_text().strip()
    failures = {
        f"{run}/{page}": errors(summary)
        for (run, page), summary in summaries.items()
        if errors(summary)
    }
    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("Django", "wagtail", "gunicorn", "psycopg", "django-redis", "whitenoise")
    )
    redis = command_version(["redis-server", "--version"], r"v=(\S+)")
    nginx = command_version(["nginx", "-v"], r"nginx/(\S+)")
    wrk = command_version(["wrk", "-v"], r"wrk (?:debian/)?(\S+)")
    paths = ", ".join(f"{p.split('=', 1)[0]} `{p.split('=', 1)[1]}`" for p in args.pages)
    debian = Path("/etc/debian_version").read_text().strip()
    paragraphs = [
        f"Measured {datetime.date.today().isoformat()} at {revision()}, on {cpu_model()}, "
        f"{os.cpu_count()} CPUs "
        f"(`nproc`), Debian {debian}; load average before the run {load_average} (the machine "
        "was shared with other work, so read the figures as a floor). Everything on 127.0.0.1, "
        "wrk sharing the CPUs with the server.",
        f"- **App**: `scripts/serve.sh`: production settings, `gunicorn.conf.py` (gthread, "
        f"`WEB_CONCURRENCY={args.workers}` workers for {os.cpu_count()} CPUs, x 2 threads), "
        f"PostgreSQL {postgres_version()} and Redis {redis} on the same machine, the seed content. "
        "*Uncached*: `PAGE_CACHE_SECONDS=0`, every request is routed, queried and rendered. "
        f"*Cached*: `PAGE_CACHE_SECONDS=600` (the default); {page_cache_note(results, pages)}.",
        f"- **Ceiling**: nginx {nginx} serving the same HTML as static files (`sendfile on`, "
        "2 workers, no access log).",
        f"- **Load**: wrk {wrk} `-t2 -c{args.connections} -d{args.seconds}s --timeout 10s "
        "--latency` per page, after 8 warm-up requests; p50/p99 are wrk's latency percentiles "
        "in milliseconds.",
        f"- **Pages**: {paths}.",
    ]
    restarts = {
        run: (results / run / "workers-restarted").read_text().strip()
        for run in ("uncached", "cached")
        if (results / run / "workers-restarted").exists()
    }
    if restarts:
        paragraphs.append(
            "- **Worker restarts** during the runs (gunicorn recycles a worker after "
            "`max_requests`, 2000 +- 200 requests, and boots a new one on the same CPUs): "
            + ", ".join(f"{count} {run}" for run, count in restarts.items())
            + (
                "; the cached run's p99 includes requests that waited behind those boots."
                if int(restarts.get("cached", 0)) > 0
                else "."
            )
        )
    wrapped = [fill(p, subsequent_indent="  " if p.startswith("- ") else "") for p in paragraphs]
    return (
        f"{HEADING}\n\n{wrapped[0]}\n\n" + "\n".join(wrapped[1:]) + "\n\n"
        f"{markdown(header, rows)}\n\n"
        + fill(
            "Socket errors or non-2xx/3xx answers: "
            f"{json.dumps(failures) if failures else 'none'}. "
            f"Versions: Python {platform.python_version()}, {versions}."
        )
        + "\n"
    )


def fill(text: str, subsequent_indent: str = "") -> str:
    """Wrap at 88 columns without breaking a path or a code span at its hyphens."""
    return textwrap.fill(
        text,
        width=88,
        subsequent_indent=subsequent_indent,
        break_on_hyphens=False,
        break_long_words=False,
    )


def write(doc: Path, text: str) -> None:
    current = doc.read_text() if doc.exists() else ""
    start = current.find(HEADING)
    if start == -1:
        updated = current.rstrip("\n") + "\n\n" + text
    else:
        following = re.search(r"^## ", current[start + len(HEADING) :], re.MULTILINE)
        end = start + len(HEADING) + following.start() if following else len(current)
        updated = current[:start] + text + ("\n" + current[end:] if following else "")
    doc.write_text(updated)


def line(path: str, run: str, page: str) -> None:
    """One run's figures as it finishes: bench_report.py line FILE RUN PAGE."""
    summary = json.loads(Path(path).read_text())
    p50, p99 = (ms(summary["latency_us"][p]) for p in ("p50", "p99"))
    sys.stdout.write(
        f"  {run:8} {page:14} {rate(summary):8.0f} req/s  p50 {p50:>5} ms  p99 {p99:>5} ms"
        f"  errors {errors(summary)}\n"
    )


def main() -> None:
    if sys.argv[1:2] == ["line"]:
        return line(*sys.argv[2:5])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results")
    parser.add_argument("doc")
    parser.add_argument("--seconds", required=True)
    parser.add_argument("--connections", required=True)
    parser.add_argument("--workers", required=True)
    parser.add_argument("--pages", nargs="+", required=True)
    args = parser.parse_args()
    results = Path(args.results)
    pages = [p.split("=", 1)[0] for p in args.pages]
    summaries = {(run, page): load(results, run, page) for run in RUNS for page in pages}
    header, rows = table(results, pages)
    text = section(args, header, rows, summaries)
    write(Path(args.doc), text)
    sys.stdout.write(f"\n{plain(header, rows)}\n\nWritten to {args.doc}, section {HEADING}.\n")


if __name__ == "__main__":
    main()
