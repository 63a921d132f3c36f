"""Browser tests: a live server with the seed content, and screenshots kept as artifacts."""

from pathlib import Path

from django.core.management import call_command

import pytest

ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts" / "browser"


@pytest.fixture
def site_url(live_server, transactional_db) -> str:
    """The live server's address, with the program loaded (the flush after each test empties it)."""
    call_command("load_program_content", stdout=None)
    return live_server.url


@pytest.fixture
def shoot(request):
    """Save a full-page screenshot under test-artifacts/browser/<test>/<name>.png."""
    folder = ARTIFACTS / request.node.name
    folder.mkdir(parents=True, exist_ok=True)

    def save(page, name: str) -> Path:
        path = folder / f"{name}.png"
        page.screenshot(path=path, full_page=True)
        return path

    return save
