"""Backup and restore: ``manage.py backup DIR`` and ``manage.py restore DIR``.

Its own app because it belongs to no feature: it copies every app's tables and
the uploaded media together, so that a restore gives back the whole site. A
backup directory holds ``database.dump`` (PostgreSQL: ``pg_dump --format=custom``,
one consistent snapshot) or ``database.sqlite3`` (SQLite's online backup API),
``media.tar`` (``MEDIA_ROOT``; absent when media are in object storage, which
keeps its own versions) and ``backup.json`` saying which. Submissions stay
encrypted in the backup: keep ``SUBMISSIONS_KEY`` safe, and apart from it.
"""
