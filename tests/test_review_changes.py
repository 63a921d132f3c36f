"""Reviewers compare what a review would change, and only while the review is theirs."""

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

import pytest

from medical_review.governance import EDITORS, INTAKE, MEDICAL_REVIEWERS
from programs.models import IndicationPage

pytestmark = pytest.mark.django_db
NEW_SUMMARY = "A second, plainer summary under review."


@pytest.fixture
def under_review(django_user_model):
    call_command("load_program_content", stdout=None)
    page = IndicationPage.objects.get(slug="radiation-boost")
    editor = django_user_model.objects.create_user("eddie", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    page.summary = NEW_SUMMARY
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return page


def member(django_user_model, group):
    user = django_user_model.objects.create_user(f"user-{group}", password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


def test_reviewer_sees_the_change_against_the_approved_version(
    client, under_review, django_user_model
):
    client.force_login(member(django_user_model, MEDICAL_REVIEWERS))
    response = client.get(reverse("medical_review_changes", args=[under_review.pk]))
    assert response.status_code == 200
    assert NEW_SUMMARY in response.content.decode()


@pytest.mark.parametrize("group", [INTAKE, MEDICAL_REVIEWERS])
def test_no_one_else_compares_and_reviewers_only_while_the_task_is_open(
    client, under_review, django_user_model, group
):
    if group == MEDICAL_REVIEWERS:
        under_review.current_workflow_state.cancel(user=None)
    client.force_login(member(django_user_model, group))
    response = client.get(reverse("medical_review_changes", args=[under_review.pk]), follow=True)
    assert NEW_SUMMARY not in response.content.decode()
    assert "permission" in response.content.decode()
