"""An editor changes an indication and submits it; a medical reviewer approves; patients see it.

Driven through the admin's own views, as the two people would use them.
"""

import calendar
import datetime

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

import pytest

from medical_review.governance import EDITORS, MEDICAL_REVIEWERS
from programs.models import IndicationPage
from tests.factories import ClinicianFactory

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-test-password"  # noqa: S105
NEW_TEXT = "Ask your team about a second course."


@pytest.fixture
def people(django_user_model, seeded):
    def member(username, group):
        user = django_user_model.objects.create_user(username, password=PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        return user

    reviewer = member("rita", MEDICAL_REVIEWERS)
    ClinicianFactory(name="Rita Example", credentials="MD", user=reviewer)
    return member("eddie", EDITORS), reviewer


def log_in(client, user):
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302


def submit_change(client, page, action="action-submit", **extra):
    """Edit the body as the editor would, and press ``action`` (Submit by default)."""
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    changes = nested_form_data(
        {
            "body": streamfield([("paragraph", rich_text(f"<p>{NEW_TEXT}</p>"))]),
            action: action,
            **extra,
        }
    )
    for field, value in changes.items():
        form[field] = value  # replace, not append, what the edit view rendered
    return client.post(edit_url, form)


def act_on_task(client, page, action, comment=""):
    state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk])
    return client.post(url, {"comment": comment})


def test_editor_submits_reviewer_approves_and_the_review_is_recorded(client, people):
    editor, reviewer = people
    page = IndicationPage.objects.get(slug="radiation-boost")

    log_in(client, editor)
    assert submit_change(client, page).status_code == 302
    client.logout()
    assert NEW_TEXT not in client.get(page.url).content.decode()  # not live until approved

    log_in(client, reviewer)
    page.refresh_from_db()
    assert act_on_task(client, page, "approve").status_code == 302
    client.logout()

    page.refresh_from_db()
    today = timezone.localdate()
    assert page.last_reviewed == today
    next_year = today.year + 1  # a year on; 29 February falls back to the 28th
    last_day = calendar.monthrange(next_year, today.month)[1]
    assert page.next_review_due == datetime.date(next_year, today.month, min(today.day, last_day))
    assert page.reviewed_by.name == "Rita Example"
    public = client.get(page.url).content.decode()
    assert NEW_TEXT in public
    assert f"Last reviewed: {today:%B} {today.day}, {today.year} by Rita Example, MD." in public


def test_an_editor_posting_publish_publishes_nothing(client, people):
    editor, _reviewer = people
    page = IndicationPage.objects.get(slug="radiation-boost")
    log_in(client, editor)
    submit_change(client, page, action="action-publish")
    client.logout()
    assert NEW_TEXT not in client.get(page.url).content.decode()
    assert IndicationPage.objects.get(pk=page.pk).last_published_at == page.last_published_at


def test_a_reviewer_posting_publish_from_the_editor_publishes_nothing(client, people):
    editor, reviewer = people
    page = IndicationPage.objects.get(slug="radiation-boost")
    log_in(client, editor)
    submit_change(client, page)
    # Reviewers decide on the review screen and may not open the editor: post the form the
    # editor was shown, as the reviewer.
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    form["action-publish"] = "action-publish"
    client.logout()
    log_in(client, reviewer)
    assert client.get(edit_url).status_code == 302
    revisions = page.revisions.count()
    client.post(edit_url, form)
    client.logout()
    assert NEW_TEXT not in client.get(page.url).content.decode()
    assert IndicationPage.objects.get(pk=page.pk).last_published_at == page.last_published_at
    assert page.revisions.count() == revisions


def test_requested_changes_keep_the_live_version_and_the_comment(client, people):
    editor, reviewer = people
    page = IndicationPage.objects.get(slug="radiation-boost")
    log_in(client, editor)
    submit_change(client, page)
    client.logout()

    log_in(client, reviewer)
    page.refresh_from_db()
    state = page.current_workflow_task_state
    assert act_on_task(client, page, "reject", comment="Please add the source.").status_code == 302

    page.refresh_from_db()
    state.refresh_from_db()
    assert state.status == "rejected" and state.comment == "Please add the source."
    assert page.last_reviewed is None
    assert NEW_TEXT not in client.get(page.url).content.decode()


def test_approved_change_with_a_go_live_date_waits_for_publish_scheduled(client, people):
    editor, reviewer = people
    page = IndicationPage.objects.get(slug="radiation-boost")
    go_live = timezone.localtime() + datetime.timedelta(days=2)
    log_in(client, editor)
    submit_change(client, page, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    client.logout()
    log_in(client, reviewer)
    page.refresh_from_db()
    act_on_task(client, page, "approve")
    client.logout()

    call_command("publish_scheduled")
    assert NEW_TEXT not in client.get(page.url).content.decode()  # not yet time

    # Two days pass: move the scheduled time into the past rather than the clock forward.
    revision = IndicationPage.objects.get(pk=page.pk).scheduled_revision
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    assert NEW_TEXT in client.get(page.url).content.decode()
