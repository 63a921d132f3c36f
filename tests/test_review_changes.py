"""Reviewers review from the admin: they read every page and clinical snippet, compare a change
with the approved version and decide on it from the review screen, and change nothing.

Driven through the admin's own views, every link followed as the reviewer is given it.
"""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

import pytest
from bs4 import BeautifulSoup

from medical_review.governance import EDITORS, INTAKE, MEDICAL_REVIEWERS, SITE_MANAGERS
from programs.models import IndicationPage
from programs.snippets import Statistic
from tests.conftest import sign_in
from tests.factories import ClinicianFactory, StatisticFactory

pytestmark = pytest.mark.django_db
NEW_SUMMARY = "A second, plainer summary under review."
NEW_TEXT = "Ask your team about a second course."


@pytest.fixture
def under_review(member, seeded):
    page = IndicationPage.objects.get(slug="radiation-boost")
    editor = member(EDITORS)
    page.summary = NEW_SUMMARY
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return page


@pytest.fixture
def statistic_under_review(member, seeded):
    statistic = StatisticFactory(value="64%")
    editor = member(EDITORS, username="stat-editor")
    statistic.value = "65%"
    statistic.save_revision(user=editor)
    statistic.get_workflow().start(statistic, editor)
    return statistic


def html(response) -> BeautifulSoup:
    assert response.status_code == 200, response.get("Location")
    return BeautifulSoup(response.content, "html.parser")


def decisions(page: BeautifulSoup) -> dict[str, str]:
    """The review screen's workflow actions: label -> the URL Wagtail's workflow-action.js posts."""
    return {
        button.get_text(strip=True): button["data-workflow-action-url"]
        for button in page.select("[data-review-actions] [data-workflow-action-url]")
    }


def test_reviewer_sees_the_change_against_the_approved_version(client, under_review, member):
    sign_in(client, member(MEDICAL_REVIEWERS))
    screen = html(client.get(reverse("medical_review_changes", args=[under_review.pk])))
    assert NEW_SUMMARY in screen.get_text()  # Wagtail's comparison, "Summary" field
    assert set(decisions(screen)) == {"Approve", "Approve with comment", "Request changes"}


def test_reviewers_read_pages_without_a_task_and_intake_reads_none(client, under_review, member):
    under_review.current_workflow_state.cancel(user=None)
    changes = reverse("medical_review_changes", args=[under_review.pk])
    sign_in(client, member(MEDICAL_REVIEWERS))
    screen = html(client.get(changes))
    assert NEW_SUMMARY in screen.get_text()  # the draft is readable: read access to the tree
    assert decisions(screen) == {}  # but there is nothing to decide
    assert "Not awaiting review" in screen.get_text()
    client.logout()

    sign_in(client, member(INTAKE))
    refused = client.get(changes, follow=True).content.decode()
    assert NEW_SUMMARY not in refused
    assert "permission" in refused


def test_reviewers_have_a_pages_menu_the_explorer_and_page_search(client, under_review, member):
    sign_in(client, member(MEDICAL_REVIEWERS))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert (
        '"name": "explorer"' in dashboard or "&quot;name&quot;: &quot;explorer&quot;" in dashboard
    )
    program = under_review.get_parent()
    explorer = html(client.get(reverse("wagtailadmin_explore", args=[program.pk])))
    assert under_review.title in explorer.get_text()
    review = reverse("medical_review_changes", args=[under_review.pk])
    assert explorer.find("a", href=review)  # each page's menu offers its review screen
    # Every admin link in the explorer opens for the reviewer: none leads to a refusal.
    # Skipped: bulk actions (on the rows ticked, which the reviewer may not change) and the
    # status panel's "Referenced N times", which Wagtail opens only to editors (known gap).
    links = {a["href"] for a in explorer.select("main a[href^='/admin/']")}
    for link in links:
        if link.startswith("/admin/bulk/") or link.endswith("/usage/"):
            continue
        assert client.get(link).status_code == 200, link
    search = client.get(reverse("wagtailadmin_pages:search"), {"q": "radiation"})
    assert under_review.title in html(search).get_text()


def test_intake_has_no_pages_menu(client, seeded, member):
    sign_in(client, member(INTAKE))
    assert client.get(reverse("wagtailadmin_explore_root")).status_code == 302
    assert "explorer" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_every_link_of_a_dashboard_task_opens_the_comparison(
    client, under_review, statistic_under_review, member
):
    """Before: the title was not linked for a statistic, and "Compare with previous/live
    version" of a page answered "Sorry, you do not have permission"."""
    sign_in(client, member(MEDICAL_REVIEWERS))
    dashboard = html(client.get(reverse("wagtailadmin_home")))
    expected = {under_review.title: NEW_SUMMARY, str(statistic_under_review): "65%"}
    for row in dashboard.select("#awaiting-review-content tbody tr"):
        title = row.select_one("td.title a")
        assert title is not None, row.get_text()  # every task's title is a link
        changed = next(text for name, text in expected.items() if name in title.get_text())
        links = [a["href"] for a in row.select("a") if "/workflow/preview/" not in a["href"]]
        assert len(links) >= 2
        for link in links:
            screen = html(client.get(link))
            assert changed in screen.get_text(), link
    review = html(client.get(dashboard.select_one("td.title a")["href"]))
    assert set(decisions(review)) == {"Approve", "Approve with comment", "Request changes"}


def test_reviewer_approves_a_page_from_the_review_screen(client, under_review, member):
    sign_in(
        client, member(MEDICAL_REVIEWERS, clinician={"name": "Ana Example", "credentials": "DO"})
    )
    screen = html(client.get(reverse("medical_review_changes", args=[under_review.pk])))
    approve = decisions(screen)["Approve"]
    assert client.post(approve).status_code == 302
    client.logout()
    page = IndicationPage.objects.get(pk=under_review.pk)
    assert page.summary == NEW_SUMMARY and page.live and not page.has_unpublished_changes
    assert "by Ana Example, DO." in client.get(page.url).content.decode()


def test_reviewer_requests_changes_from_the_review_screen(client, under_review, member):
    sign_in(client, member(MEDICAL_REVIEWERS))
    screen = html(client.get(reverse("medical_review_changes", args=[under_review.pk])))
    reject = decisions(screen)["Request changes"]
    modal = client.get(reject, headers={"x-requested-with": "XMLHttpRequest"})
    assert modal.status_code == 200 and "comment" in modal.json()["html"]
    client.post(reject, {"comment": "Please cite it."})
    state = under_review.workflow_states.get()
    assert state.status == "needs_changes"
    assert IndicationPage.objects.get(pk=under_review.pk).summary != NEW_SUMMARY


def test_a_statistic_is_linked_reviewed_and_approved_from_its_listing(
    client, statistic_under_review, member
):
    """Before: the listing showed no link for a reviewer, and the history was refused."""
    statistic = statistic_under_review
    sign_in(client, member(MEDICAL_REVIEWERS))
    listing = html(client.get(reverse("wagtailsnippets_programs_statistic:list")))
    review = reverse("wagtailsnippets_programs_statistic:inspect", args=[statistic.pk])
    assert listing.find("a", href=review)

    screen = html(client.get(review))
    assert "64%" in screen.get_text() and "65%" in screen.get_text()
    history = reverse("wagtailsnippets_programs_statistic:history", args=[statistic.pk])
    assert screen.find("a", href=history)
    page = html(client.get(history))
    for link in {a["href"] for a in page.select("main a[href^='/admin/snippets/']")}:
        assert client.get(link).status_code == 200, link

    assert client.post(decisions(screen)["Approve"]).status_code == 302
    statistic = Statistic.objects.get(pk=statistic.pk)
    assert statistic.value == "65%" and statistic.live and statistic.last_reviewed


def test_reviewer_reads_a_statistic_without_a_task_but_decides_nothing(
    client, statistic_under_review, member
):
    statistic_under_review.current_workflow_state.cancel(user=None)
    sign_in(client, member(MEDICAL_REVIEWERS))
    review = reverse("wagtailsnippets_programs_statistic:inspect", args=[statistic_under_review.pk])
    screen = html(client.get(review))
    assert "65%" in screen.get_text() and decisions(screen) == {}


def page_edit_form(admin_client, page) -> dict:
    """The edit form as the editor posts it (the body is built by JavaScript: posted as blocks)."""
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = querydict_from_html(admin_client.get(edit).content.decode(), form_id="page-edit-form")
    body = nested_form_data({"body": streamfield([("paragraph", rich_text(f"<p>{NEW_TEXT}</p>"))])})
    for field, value in body.items():
        form[field] = value
    return form


def snapshot(obj) -> tuple:
    obj = type(obj).objects.get(pk=obj.pk)
    return (obj.revisions.count(), obj.live, obj.has_unpublished_changes, obj.live_revision_id)


@pytest.mark.parametrize("action", [None, "action-publish", "action-submit"])
def test_a_reviewer_edits_and_publishes_no_page_by_post(
    client, admin_client, under_review, member, action
):
    """Before: a reviewer with the task open could save a draft of their own in the editor.
    (Reviewers may take a clinical page down in an emergency: tests/test_page_operations.py.)"""
    form = page_edit_form(admin_client, under_review)
    if action:
        form[action] = action
    before = snapshot(under_review)
    sign_in(client, member(MEDICAL_REVIEWERS))
    client.post(reverse("wagtailadmin_pages:edit", args=[under_review.pk]), form)
    client.post(reverse("wagtailadmin_pages:delete", args=[under_review.pk]))
    assert snapshot(under_review) == before
    assert NEW_TEXT not in client.get(under_review.url).content.decode()

    # The same post from someone who may edit does save: it is a well-formed edit.
    admin_client.post(reverse("wagtailadmin_pages:edit", args=[under_review.pk]), form)
    assert snapshot(under_review)[0] == before[0] + 1


@pytest.mark.parametrize("action", [None, "action-publish"])
def test_a_reviewer_edits_and_publishes_no_statistic_by_post(
    client, admin_client, statistic_under_review, member, action
):
    statistic = statistic_under_review
    form = {
        "value": "99%",
        "measure": statistic.measure,
        "source": statistic.source,
        "source_url": statistic.source_url,
        "as_of": statistic.as_of.isoformat(),
    }
    if action:
        form[action] = action
    before = snapshot(statistic)
    sign_in(client, member(MEDICAL_REVIEWERS))
    client.post(reverse("wagtailsnippets_programs_statistic:edit", args=[statistic.pk]), form)
    client.post(reverse("wagtailsnippets_programs_statistic:unpublish", args=[statistic.pk]))
    client.post(reverse("wagtailsnippets_programs_statistic:delete", args=[statistic.pk]))
    assert snapshot(statistic) == before
    assert Statistic.objects.get(pk=statistic.pk).value == "64%"

    admin_client.post(reverse("wagtailsnippets_programs_statistic:edit", args=[statistic.pk]), form)
    assert snapshot(statistic)[0] == before[0] + 1


def test_a_reviewer_opens_no_editor(client, under_review, statistic_under_review, member):
    sign_in(client, member(MEDICAL_REVIEWERS))
    for edit in [
        reverse("wagtailadmin_pages:edit", args=[under_review.pk]),
        reverse("wagtailsnippets_programs_statistic:edit", args=[statistic_under_review.pk]),
    ]:
        assert client.get(edit).status_code == 302, edit


def unlinked_reviewer(django_user_model):
    user = django_user_model.objects.create_user("unlinked", password="x")
    user.groups.add(Group.objects.get(name=MEDICAL_REVIEWERS))
    return user


def test_unlinked_reviewer_is_told_why_and_cannot_approve(client, under_review, django_user_model):
    sign_in(client, unlinked_reviewer(django_user_model))
    assert "You cannot approve yet" in client.get(reverse("wagtailadmin_home")).content.decode()
    screen = html(client.get(reverse("medical_review_changes", args=[under_review.pk])))
    assert "You cannot approve yet" in screen.get_text()
    assert set(decisions(screen)) == {"Request changes"}

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


def test_editors_keep_the_editor_and_see_the_same_comparison(client, under_review, member):
    sign_in(client, member(EDITORS, username="another-editor"))
    screen = html(client.get(reverse("medical_review_changes", args=[under_review.pk])))
    assert NEW_SUMMARY in screen.get_text() and decisions(screen) == {}
    edit = reverse("wagtailadmin_pages:edit", args=[under_review.pk])
    assert screen.find("a", href=edit)  # the header's Edit button
    assert client.get(edit).status_code == 200


def test_reviewers_dashboard_puts_their_tasks_before_the_reviews_due(client, under_review, member):
    sign_in(client, member(MEDICAL_REVIEWERS))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert under_review.title in dashboard
    assert 0 < dashboard.index("Awaiting your review") < dashboard.index("Medical reviews due")


def test_the_read_right_opens_no_page_action(under_review, member):
    """The explorer's "view" right answers only "may read"; every Wagtail page action says no,
    but the urgent unpublish of clinical pages (tests/test_page_operations.py)."""
    reviewer = member(MEDICAL_REVIEWERS)
    for page in Page.objects.filter(depth__gt=1):
        perms = page.permissions_for_user(reviewer)
        assert not any(
            [
                perms.can_edit(),
                perms.can_publish(),
                perms.can_delete(),
                perms.can_add_subpage(),
                perms.can_move(),
                perms.can_copy(),
                perms.can_reorder_children(),
                perms.can_view_revisions(),  # Wagtail's page history opens to editors only
            ]
        ), page.title
        # (Wagtail lets a task's reviewers lock what they review: editors are locked out anyway.)
    rights = reviewer.groups.get().page_permissions.values_list("permission__codename", flat=True)
    assert set(rights) == {"view_page", "unpublish_page"}
