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

from audit import log
from audit.models import AuditLogEntry
from medical_review.governance import EDITORS, INTAKE

pytestmark = pytest.mark.django_db

SITE_HISTORY = reverse("wagtailadmin_reports:site_history")


def site_history(client, user) -> str:
    client.force_login(user)
    response = client.get(SITE_HISTORY)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", password="x")


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
