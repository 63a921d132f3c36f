"""Backup and restore round trip on real PostgreSQL: nothing lost, submissions still decrypt.

Fills a site (the seed content and a few submissions, one with an uploaded
document), backs it up with ``manage.py backup``, restores it into a new
cluster with ``manage.py restore``, and compares page for page and submission
for submission. Restoring over a non-empty database is refused.
"""

import json
import shutil

import pytest

from . import services

pytestmark = pytest.mark.system

DUMP_PAGES = (
    "import json\n"
    "from wagtail.models import Page\n"
    "print(json.dumps([[p.pk, p.url_path, p.title, p.live, p.latest_revision_id]"
    " for p in Page.objects.order_by('pk')]))"
)
DUMP_SUBMISSIONS = (
    "import json\n"
    "from appointments.models import Submission\n"
    "print(json.dumps([[s.pk, s.page_id, s.submit_time.isoformat(), s.form_data]"
    " for s in Submission.objects.order_by('pk')]))"
)
FILL = (
    "from appointments.models import AppointmentRequestPage, Submission\n"
    "page = AppointmentRequestPage.objects.first()\n"
    "for n in range(5):\n"
    "    Submission.objects.create(page=page, form_data={'full_name': f'Patient {n} Ñandú',"
    " 'reason': 'Back pain', 'date_of_birth': '1958-03-27'})\n"
    "from django.core.files.base import ContentFile\n"
    "from wagtail.documents.models import Document\n"
    "leaflet = ContentFile(b'%PDF-1.4 leaflet', 'leaflet.pdf')\n"
    "Document.objects.create(title='Leaflet', file=leaflet)\n"
)


def snapshot(env) -> tuple[list, list]:
    pages = json.loads(services.manage(env, "shell", "-v0", "-c", DUMP_PAGES))
    submissions = json.loads(services.manage(env, "shell", "-v0", "-c", DUMP_SUBMISSIONS))
    return pages, submissions


def test_a_backup_restores_into_a_new_cluster_with_nothing_lost(tmp_path):
    source, target = services.Postgres().start(), services.Postgres().start()
    media, restored_media = tmp_path / "media", tmp_path / "restored-media"
    static = services.make_tempdir("static")
    try:
        env = services.production_env(source.url, static, MEDIA_ROOT=str(media))
        services.manage(env, "migrate", "--noinput", "-v0")
        services.manage(env, "load_program_content")
        services.manage(env, "shell", "-c", FILL)
        before = snapshot(env)
        assert len(before[0]) > 20 and len(before[1]) == 5

        services.manage(env, "backup", str(tmp_path / "backup"))
        raw = (tmp_path / "backup" / "database.dump").read_bytes()
        assert b"Patient" not in raw and "Ñandú".encode() not in raw  # still encrypted

        restored = services.production_env(target.url, static, MEDIA_ROOT=str(restored_media))
        services.manage(restored, "restore", str(tmp_path / "backup"))
        assert snapshot(restored) == before
        assert before[1][0][3]["full_name"] == "Patient 0 Ñandú"
        [leaflet] = [p.relative_to(media) for p in media.rglob("leaflet*.pdf")]
        assert (restored_media / leaflet).read_bytes() == b"%PDF-1.4 leaflet"

        with pytest.raises(AssertionError, match="Refusing to restore: the database is not empty"):
            services.manage(restored, "restore", str(tmp_path / "backup"))
    finally:
        source.stop()
        target.stop()
        shutil.rmtree(static, ignore_errors=True)
