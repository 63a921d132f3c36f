"""The Spanish interface strings compile without GNU gettext, and Django uses what they compile to.

``make run`` must work on a machine with Python, make, git and curl only (issue 15):
``make messages`` compiles with Babel from the virtualenv, never with ``msgfmt``.
"""

import filecmp
import os
import shutil
import subprocess
from pathlib import Path

from django.conf import settings
from django.utils import translation

from babel.messages.pofile import read_po

REPO = Path(__file__).resolve().parent.parent
CATALOGUE = Path("es", "LC_MESSAGES", "django")


def translated_messages(po_path: Path):
    """Every translated, non-fuzzy entry of a .po file, as Babel reads it."""
    with po_path.open("rb") as po:
        catalog = read_po(po)
    return [m for m in catalog if m.id and m.string and not m.fuzzy]


def test_make_messages_compiles_the_spanish_catalogue_without_msgfmt(tmp_path):
    tools = tmp_path / "bin"  # PATH holds make and nothing else
    tools.mkdir()
    make = shutil.which("make")
    (tools / "make").symlink_to(make)
    assert shutil.which("msgfmt", path=str(tools)) is None
    locale = tmp_path / "locale"
    shutil.copytree(REPO / "locale", locale, ignore=shutil.ignore_patterns("*.mo"))

    made = subprocess.run(  # noqa: S603 (a fixed command line)
        [make, "--no-print-directory", "-C", str(REPO), "messages", f"LOCALE_DIR={locale}"],
        env={"PATH": str(tools), "HOME": os.environ.get("HOME", "/")},
        capture_output=True,
        text=True,
    )

    assert made.returncode == 0, made.stderr
    compiled = locale / CATALOGUE.with_suffix(".mo")
    # What the site loads (compiled by the same command at set-up) is byte for byte this.
    assert filecmp.cmp(compiled, REPO / "locale" / CATALOGUE.with_suffix(".mo"), shallow=False)


def test_django_serves_every_spanish_interface_string_from_the_compiled_catalogue():
    assert Path(settings.LOCALE_PATHS[0]) == REPO / "locale"
    messages = translated_messages(REPO / "locale" / CATALOGUE.with_suffix(".po"))
    assert len(messages) > 100
    with translation.override("es"):
        for message in messages:
            if message.pluralizable:
                singular, plural = message.id
                assert translation.ngettext(singular, plural, 1) == message.string[0]
                assert translation.ngettext(singular, plural, 2) == message.string[1]
            elif message.context:
                assert translation.pgettext(message.context, message.id) == message.string
            else:
                assert translation.gettext(message.id) == message.string
