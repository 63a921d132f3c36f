"""Run the PostgreSQL client tools (pg_dump, pg_restore) against the default database."""

import os
import subprocess

from django.core.management.base import CommandError
from django.db import connection


def run_pg_tool(tool: str, *arguments: str) -> None:
    """Run ``tool`` on DATABASES["default"]; CommandError if it fails."""
    settings = connection.settings_dict
    command = [tool, *arguments, f"--dbname={settings['NAME']}"]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings.get(key):
            command.append(f"{option}={settings[key]}")
    environ = dict(os.environ)
    if settings.get("PASSWORD"):
        environ["PGPASSWORD"] = settings["PASSWORD"]
    # The arguments come from the settings and the command line of an operator, not the web.
    result = subprocess.run(command, env=environ, capture_output=True, text=True)  # noqa: S603
    if result.returncode:
        raise CommandError(f"{tool} failed: {result.stderr.strip()}")
