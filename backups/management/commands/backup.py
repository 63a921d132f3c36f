"""Back up the database and the uploaded media into a new directory (see the backups app)."""

import json
import sqlite3
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

from backups import database


class Command(BaseCommand):
    help = "Back up the database and media into DIRECTORY (which must not exist yet)."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)

    def handle(self, *args, directory: Path, **options):
        try:
            directory.mkdir(parents=True)
        except FileExistsError:
            raise CommandError(f"{directory} exists: back up into a new directory.") from None
        engine = connection.vendor
        if engine == "postgresql":
            # pg_dump reads every table in one transaction: a consistent snapshot.
            database.run_pg_tool(
                "pg_dump", "--format=custom", "--no-owner", f"--file={directory / 'database.dump'}"
            )
        elif engine == "sqlite":
            connection.ensure_connection()
            with sqlite3.connect(directory / "database.sqlite3") as target:
                connection.connection.backup(target)
        else:
            raise CommandError(f"No backup for the {engine} database engine.")
        media_root = Path(settings.MEDIA_ROOT)
        has_media = isinstance(default_storage, FileSystemStorage)
        if has_media:
            with tarfile.open(directory / "media.tar", "w") as tar:
                if media_root.exists():
                    tar.add(media_root, arcname=".")
        manifest = {"engine": engine, "media": has_media, "taken": timezone.now().isoformat()}
        (directory / "backup.json").write_text(json.dumps(manifest, indent=2) + "\n")
        media = "and media" if has_media else "(media are in object storage: not included)"
        self.stdout.write(f"Backed up the {engine} database {media} into {directory}.")
