"""Reviewers compare what a review would change, and sign approvals with their clinician profile."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from medical_review.governance import EDITORS, INTAKE, MEDICAL_REVIEWERS, SITE_MANAGERS
from programs.models import IndicationPage
from tests.conftest import sign_in
from tests.factories import ClinicianFactory, StatisticFactory

pytestmark = pytest.mark.django_db
NEW_SUMMARY = "A second, plainer summary under review."


@pytest.fixture
def under_review(member, seeded):
    page = IndicationPage.objects.get(slug="radiation-boost")
    editor = member(EDITORS)
    page.summary = NEW_SUMMARY
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return page


def test_reviewer_sees_the_change_against_the_approved_version(client, under_review, member):
    sign_in(client, member(MEDICAL_REVIEWERS))
    response = client.get(reverse("medical_review_changes", args=[under_review.pk]))
    assert response.status_code == 200
    assert NEW_SUMMARY in response.content.decode()


@pytest.mark.parametrize("group", [INTAKE, MEDICAL_REVIEWERS])
def test_no_one_else_compares_and_reviewers_only_while_the_task_is_open(
    client, under_review, member, group
):
    if group == MEDICAL_REVIEWERS:
        under_review.current_workflow_state.cancel(user=None)
    sign_in(client, member(group))
    response = client.get(reverse("medical_review_changes", args=[under_review.pk]), follow=True)
    assert NEW_SUMMARY not in response.content.decode()
    assert "permission" in response.content.decode()


def unlinked_reviewer(django_user_model):
    user = django_user_model.objects.create_user("unlinked", password="x")
    user.groups.add(Group.objects.get(name=MEDICAL_REVIEWERS))
    return user


def test_unlinked_reviewer_is_told_why_and_cannot_approve(client, under_review, django_user_model):
    sign_in(client, unlinked_reviewer(django_user_model))
    assert "You cannot approve yet" in client.get(reverse("wagtailadmin_home")).content.decode()
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[under_review.pk])).content.decode()
    assert "You cannot approve yet" in edit

    task_state = under_review.current_workflow_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[under_review.pk, "approve", task_state.pk]
    )
    client.post(approve)
    under_review.refresh_from_db()
    assert under_review.summary != NEW_SUMMARY  # not published
    assert under_review.current_workflow_task_state.pk == task_state.pk  # still waiting

    reject = reverse(
        "wagtailadmin_pages:workflow_action", args=[under_review.pk, "reject", task_state.pk]
    )
    assert client.post(reject, {"comment": "Please cite it."}).status_code == 302
    assert IndicationPage.objects.get(pk=under_review.pk).current_workflow_task_state is None


def test_linked_reviewer_signs_the_approval_with_their_name(client, under_review, member):
    sign_in(
        client, member(MEDICAL_REVIEWERS, clinician={"name": "Ana Example", "credentials": "DO"})
    )
    assert "You cannot approve yet" not in client.get(reverse("wagtailadmin_home")).content.decode()
    task_state = under_review.current_workflow_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[under_review.pk, "approve", task_state.pk]
    )
    assert client.post(approve).status_code == 302
    client.logout()
    page = IndicationPage.objects.get(pk=under_review.pk)
    assert page.summary == NEW_SUMMARY
    assert "by Ana Example, DO." in client.get(page.url).content.decode()


@pytest.mark.parametrize(("group", "shown"), [(SITE_MANAGERS, True), (EDITORS, False)])
def test_only_site_managers_link_a_clinician_to_an_account(client, member, group, shown):
    clinician = ClinicianFactory()
    sign_in(client, member(group))
    edit = client.get(reverse("wagtailsnippets_programs_clinician:edit", args=[clinician.pk]))
    assert edit.status_code == 200
    assert ('name="user"' in edit.content.decode()) is shown


def test_reviewer_compares_a_statistic_under_review_and_only_then(client, member):
    statistic = StatisticFactory(value="64%")
    editor = member(EDITORS)
    statistic.value = "65%"
    statistic.save_revision(user=editor)
    statistic.get_workflow().start(statistic, editor)
    sign_in(client, member(MEDICAL_REVIEWERS))

    edit = client.get(reverse("wagtailsnippets_programs_statistic:edit", args=[statistic.pk]))
    compare_url = reverse(
        "wagtailsnippets_programs_statistic:revisions_compare",
        args=[statistic.pk, "live", "latest"],
    )
    assert compare_url in edit.content.decode()
    compared = client.get(compare_url).content.decode()
    assert "64%" in compared and "65%" in compared

    statistic.current_workflow_state.cancel(user=editor)
    refused = client.get(compare_url, follow=True).content.decode()
    assert "65%" not in refused


def test_reviewers_dashboard_puts_their_tasks_before_the_reviews_due(client, under_review, member):
    sign_in(client, member(MEDICAL_REVIEWERS))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert under_review.title in dashboard
    assert 0 < dashboard.index("Awaiting your review") < dashboard.index("Medical reviews due")
