"""The audit trail: what is recorded, who may read it (superusers only) and how long it is kept.

Each action on patients' submissions leaves one entry naming who and when,
Site history shows the trail to superusers and to nobody else (Intake included,
though Intake reads the submissions themselves), entries cannot be rewritten,
and ``purge_audit_log`` deletes only what is older than AUDIT_RETENTION_DAYS.
"""

import datetime

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from appointments.models import Submission
from audit import log
from audit.models import AuditLogEntry
from medical_review.governance import EDITORS, INTAKE
from tests.conftest import build_program_tree, sign_in
from tests.factories import AppointmentRequestPageFactory

pytestmark = pytest.mark.django_db

SITE_HISTORY = reverse("wagtailadmin_reports:site_history")


def site_history(client, user) -> str:
    sign_in(client, user)
    response = client.get(SITE_HISTORY)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", password="x")


@pytest.fixture
def form(db):
    """An appointment form with three submissions."""
    tree = build_program_tree(indications=1, sections=1)
    page = AppointmentRequestPageFactory(parent=tree.program)
    for name in ("Ana", "Ben", "Cy"):
        Submission.objects.create(page=page, form_data={"full_name": name})
    return page


def entries(action: str) -> list[AuditLogEntry]:
    return list(AuditLogEntry.objects.filter(action=action))


# Submissions: each look, export and deletion ---------------------------------------------------


def test_listing_the_forms_is_recorded_with_who(client, form, member):
    intake = member(INTAKE)
    sign_in(client, intake)
    assert client.get(reverse("appointments_submissions:index")).status_code == 200
    [entry] = entries("appointments.submissions.list")
    assert entry.user == intake and entry.data == {"forms": 1}


def test_viewing_submissions_records_which_were_shown(client, form, member):
    intake = member(INTAKE)
    sign_in(client, intake)
    url = reverse("wagtailforms:list_submissions", args=[form.pk])
    assert "Ana" in client.get(url).content.decode()
    [entry] = entries("appointments.submissions.view")
    shown = sorted(Submission.objects.values_list("pk", flat=True), reverse=True)
    assert entry.user == intake and entry.object_id == str(form.pk)
    assert entry.data == {"count": 3, "submissions": shown}
    assert entry.message == "Viewed 3 submission(s)"


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_an_export_is_recorded_with_its_row_count(client, form, member, export_format):
    intake = member(INTAKE)
    sign_in(client, intake)
    url = reverse("wagtailforms:list_submissions", args=[form.pk])
    # Filtered to today's submissions: the count is of the rows exported, not of the form.
    old = Submission.objects.order_by("pk").first()
    Submission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=10)
    )
    today = timezone.localdate().isoformat()
    response = client.get(url, {"export": export_format, "date_from": today})
    assert response.status_code == 200
    [entry] = entries("appointments.submissions.export")
    assert entry.user == intake and entry.data == {"count": 2, "format": export_format}
    assert not entries("appointments.submissions.view")


def test_deleting_in_the_admin_records_each_submission_and_who(client, form, member):
    intake = member(INTAKE)
    sign_in(client, intake)
    doomed = list(Submission.objects.order_by("pk")[:2])
    response = client.post(
        reverse("wagtailforms:delete_submissions", args=[form.pk])
        + "?"
        + "&".join(f"selected-submissions={s.pk}" for s in doomed)
    )
    assert response.status_code == 302 and Submission.objects.count() == 1
    deleted = entries("appointments.submission.delete")
    assert {e.object_id for e in deleted} == {str(s.pk) for s in doomed}
    assert {e.user for e in deleted} == {intake}
    assert deleted[0].label.startswith("Submission ") and "Ana" not in deleted[0].label


def test_the_purge_records_its_run_and_each_deletion(form, capsys):
    Submission.objects.update(submit_time=timezone.now() - datetime.timedelta(days=200))
    call_command("purge_submissions")
    [run] = entries("appointments.submissions.purge")
    assert run.user is None and run.data["count"] == 3 and run.data["days"] == 180
    deleted = entries("appointments.submission.delete")
    assert run.uuid is not None and len(deleted) == 3
    assert {e.uuid for e in deleted} == {run.uuid}


def test_intake_reads_submissions_but_not_who_else_did(client, form, member, superuser):
    intake = member(INTAKE)
    sign_in(client, intake)
    client.get(reverse("wagtailforms:list_submissions", args=[form.pk]))
    assert "Viewed 3 submission(s)" not in site_history(client, intake)
    assert "Viewed 3 submission(s)" in site_history(client, superuser)


# Sign-in and the trail itself ------------------------------------------------------------------


def test_a_sign_in_failure_about_no_known_user_is_recorded_and_listed(client, superuser):
    entry = log.record("audit.login_failed", data={"username": "nobody-here"}, title="nobody-here")
    assert (entry.action, entry.user, entry.object_id) == ("audit.login_failed", None, "")
    html = site_history(client, superuser)
    assert "nobody-here" in html and "Failed to sign in" in html


def test_only_superusers_see_the_trail_in_site_history(client, member, superuser):
    log.record("audit.login", instance=superuser, user=superuser, title="root signed in")
    assert "root signed in" in site_history(client, superuser)
    for group in (INTAKE, EDITORS):
        html = site_history(client, member(group))
        assert "root signed in" not in html and "Signed in" not in html, group


def test_entries_cannot_be_changed(superuser):
    entry = log.record("audit.login", instance=superuser, user=superuser)
    entry.label = "someone else"
    with pytest.raises(ValueError, match="cannot be changed"):
        entry.save()
    assert AuditLogEntry.objects.get().label == "root"


def test_unregistered_actions_are_refused():
    with pytest.raises(ValueError, match="Register the audit action"):
        log.record("audit.made_up")
    assert not AuditLogEntry.objects.exists()


def aged_entry(days_ago: int) -> AuditLogEntry:
    entry = log.record("audit.login_failed", title=f"{days_ago} days old")
    AuditLogEntry.objects.filter(pk=entry.pk).update(
        timestamp=timezone.now() - datetime.timedelta(days=days_ago)
    )
    return entry


def test_purge_keeps_everything_younger_than_the_retention_period(settings, capsys):
    assert settings.AUDIT_RETENTION_DAYS == 2192  # six years, leap days included
    old, kept = aged_entry(2193), aged_entry(2191)

    call_command("purge_audit_log", "--dry-run")
    assert "Would delete 1 audit entries" in capsys.readouterr().out
    assert AuditLogEntry.objects.count() == 2

    call_command("purge_audit_log")
    assert "Deleted 1 audit entries" in capsys.readouterr().out
    remaining = AuditLogEntry.objects.order_by("timestamp")
    assert [e.pk for e in remaining][0] == kept.pk
    assert not remaining.filter(pk=old.pk).exists()
    # The purge itself is recorded, with what it deleted.
    purge = remaining.get(action="audit.purge")
    assert purge.data == {"count": 1, "days": 2192} and purge.user is None


def test_the_retention_period_comes_from_the_setting(settings):
    settings.AUDIT_RETENTION_DAYS = 30
    aged_entry(31), aged_entry(29)
    call_command("purge_audit_log")
    assert sorted(AuditLogEntry.objects.values_list("label", flat=True)) == [
        "29 days old",
        "Purge audit log",
    ]
