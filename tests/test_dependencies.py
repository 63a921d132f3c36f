"""Dependencies run one way: an app imports only apps in the layers beneath it.

Lowest first. Apps in the same layer do not import each other either, so each layer
can change without the others (docs/architecture.md#apps shows the same picture).
"""

import ast
from pathlib import Path

from django.conf import settings

import pytest

LAYERS = [
    {"audit", "backups"},
    {"medical_review"},
    {"programs"},
    {"patient_guide"},
    {"appointments", "page_cache", "site_search"},
    {"seed_content"},
    {"launch", "staff_access"},
    {"radiosurgery_site"},
]
LAYER_OF = {app: n for n, layer in enumerate(LAYERS) for app in layer}
ROOT = Path(settings.BASE_DIR)


def project_apps() -> set[str]:
    """Every package at the project's root that holds Python code of ours."""
    return {
        path.parent.name
        for path in ROOT.glob("*/__init__.py")
        if path.parent.name not in {"tests", "tools", "scripts", "deploy"}
    }


def imported_apps(app: str) -> dict[str, set[str]]:
    """For each other project app that ``app`` imports: the files that import it."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / app).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in LAYER_OF and top != app:
                    found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_app_has_a_layer():
    assert project_apps() == set(LAYER_OF)


@pytest.mark.parametrize("app", sorted(LAYER_OF))
def test_an_app_imports_only_the_layers_beneath_it(app):
    upward = {
        other: sorted(files)
        for other, files in imported_apps(app).items()
        if LAYER_OF[other] >= LAYER_OF[app]
    }
    assert upward == {}, f"{app} imports apps at or above its layer: {upward}"
