"""Load and fault tests against real processes: `make test-system` (part of `make test`).

They start their own PostgreSQL, Redis, gunicorn (production settings) and Varnish on
127.0.0.1 and stop them by PID. Collected only with SYSTEM_TESTS=1 (the Makefile sets
it), so the ordinary PostgreSQL and SQLite runs of the suite skip this folder. What
they measured is printed at the end and saved to test-artifacts/system/results.json.
"""

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from . import services

if not os.environ.get("SYSTEM_TESTS"):
    collect_ignore_glob = ["test_*.py"]

RESULTS = services.ROOT / "test-artifacts" / "system" / "results.json"
_results: dict[str, dict] = {}


def pytest_configure(config):
    config.addinivalue_line("markers", "system: starts real PostgreSQL/Redis/gunicorn/Varnish")


def pytest_terminal_summary(terminalreporter):
    if not _results:
        return
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(_results, indent=2) + "\n")
    terminalreporter.section("system test measurements")
    for name, values in _results.items():
        terminalreporter.write_line(f"{name}:")
        for key, value in values.items():
            terminalreporter.write_line(f"    {key}: {value}")
    terminalreporter.write_line(f"(saved to {RESULTS.relative_to(services.ROOT)})")


@pytest.fixture
def record():
    """record(name, **values): kept for the summary printed at the end of the run."""

    def save(name: str, **values) -> None:
        _results.setdefault(name, {}).update(values)

    return save


@dataclass
class Site:
    """The seed content in one PostgreSQL cluster, and collected static files."""

    postgres: services.Postgres
    static_root: Path

    def env(self, **extra: str) -> dict[str, str]:
        return services.production_env(self.postgres.url, self.static_root, **extra)

    def edit_page(self, env: dict[str, str], url_path: str, code: str) -> None:
        """Run ``code`` on ``page`` (the page at ``url_path``) in a process of its own."""
        services.manage(
            env,
            "shell",
            "-c",
            "from wagtail.models import Page, PageViewRestriction, Site\n"
            "root = Site.objects.get(is_default_site=True).root_page\n"
            f"page = Page.objects.get(url_path=root.url_path + {url_path.lstrip('/')!r}).specific\n"
            f"{code}",
        )

    def publish(self, env: dict[str, str], url_path: str, **fields: str) -> None:
        """Change fields of the page at ``url_path`` and publish a revision, as the admin does."""
        assignments = "".join(f"page.{name} = {value!r}\n" for name, value in fields.items())
        self.edit_page(env, url_path, assignments + "page.save_revision().publish()\n")

    def set_privacy(self, env: dict[str, str], url_path: str, login_required: bool) -> None:
        """Set or remove "login required" on the page, as the admin's Privacy dialog does."""
        self.edit_page(
            env,
            url_path,
            "PageViewRestriction(page=page, restriction_type=PageViewRestriction.LOGIN).save()\n"
            if login_required
            else "for restriction in page.view_restrictions.all():\n    restriction.delete()\n",
        )

    def submissions_containing(self, text: str) -> int:
        """Decrypted with the test settings' key, which production_env passes on."""
        from appointments import encryption

        rows = self.postgres.psql("SELECT form_data FROM appointments_submission")
        return sum(text in str(encryption.decrypt(token)) for (token,) in rows)


@pytest.fixture(scope="session")
def site() -> Iterator[Site]:
    postgres = services.Postgres().start()
    static_root = services.make_tempdir("static")
    try:
        env = services.production_env(postgres.url, static_root)
        services.manage(env, "migrate", "--noinput", "-v0")
        services.manage(env, "load_program_content")
        services.manage(env, "collectstatic", "--noinput", "-v0")
        yield Site(postgres, static_root)
    finally:
        postgres.stop()
        shutil.rmtree(static_root, ignore_errors=True)


@pytest.fixture
def redis() -> Iterator[services.Redis]:
    server = services.Redis().start()
    yield server
    server.stop()


@pytest.fixture
def start() -> Iterator:
    """start(service) starts it now and stops it (by PID) when the test ends, whatever happens."""
    started = []

    def run(service):
        started.append(service)
        return service.start()

    yield run
    for service in reversed(started):
        service.stop()
