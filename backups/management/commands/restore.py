"""Restore a backup (``manage.py backup``) into an empty database and MEDIA_ROOT.

Refuses a database that has any table: restoring over a live site would mix
two sites' rows. Create an empty database, point DATABASE_URL at it, restore,
then start the site with the SUBMISSIONS_KEY that was in use when it was taken.
"""

import json
import sqlite3
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from backups import database


class Command(BaseCommand):
    help = "Restore the backup in DIRECTORY into the (empty) database and media folder."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)

    def handle(self, *args, directory: Path, **options):
        try:
            manifest = json.loads((directory / "backup.json").read_text())
        except FileNotFoundError:
            raise CommandError(f"{directory} holds no backup (no backup.json).") from None
        engine = connection.vendor
        if manifest["engine"] != engine:
            raise CommandError(f"This is a {manifest['engine']} backup; the database is {engine}.")
        existing = connection.introspection.table_names()
        if existing:
            raise CommandError(
                f"Refusing to restore: the database is not empty ({len(existing)} tables). "
                "Restore into a new, empty database."
            )
        if engine == "postgresql":
            database.run_pg_tool(
                "pg_restore",
                "--no-owner",
                "--exit-on-error",
                "--single-transaction",
                str(directory / "database.dump"),
            )
        else:
            connection.ensure_connection()
            with sqlite3.connect(directory / "database.sqlite3") as source:
                source.backup(connection.connection)
        if manifest["media"]:
            Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
            with tarfile.open(directory / "media.tar") as tar:
                extract_media(tar, Path(settings.MEDIA_ROOT))
        self.stdout.write(f"Restored {directory} ({manifest['taken']}).")


def extract_media(tar: tarfile.TarFile, media_root: Path) -> None:
    """Only plain files and folders, only inside MEDIA_ROOT: a tampered archive must not write
    elsewhere. Checked here because Debian 12's Python 3.11.2 predates tarfile's "data" filter,
    which newer Pythons also apply."""
    root = media_root.resolve()
    for member in tar.getmembers():
        inside = (root / member.name).resolve().is_relative_to(root)
        if not inside or not (member.isfile() or member.isdir()):
            raise CommandError(f"Refusing to restore {member.name!r}: not a plain file in media.")
    data_filter = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
    tar.extractall(root, **data_filter)  # noqa: S202  (every member checked above)
