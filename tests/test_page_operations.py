"""Routine page operations: site managers unpublish, move, reorder and delete pages, medical
reviewers take a clinical page down at once, and nobody publishes what skipped review.

Driven through the admin's own views, as each role's browser would.
"""

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import GroupPagePermission, Page
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

import pytest
from bs4 import BeautifulSoup

from medical_review.governance import (
    EDITORS,
    INTAKE,
    MEDICAL_REVIEWERS,
    SITE_MANAGERS,
    ensure_governance,
)
from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs.models import HomePage, IndicationPage, ProgramPage
from tests.conftest import sign_in
from tests.factories import ProgramPageFactory

pytestmark = pytest.mark.django_db


def indication() -> IndicationPage:
    return IndicationPage.objects.get(slug="radiation-boost")


def guide() -> PatientGuidePage:
    return PatientGuidePage.objects.get()


def section_slugs() -> list[str]:
    return list(guide().get_children().values_list("slug", flat=True))


def signed_in(client, member, group):
    return sign_in(client, member(group))


# What each operation does through the admin, and how to tell it happened.


def unpublish(client, page):
    return client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))


def delete(client, page):
    return client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))


def move(client, page, destination):
    return client.post(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk]))


def reorder(client, page, position: int, by_script: bool = True):
    """As Wagtail's reorder screen asks: a script's request (``fetch``)."""
    url = reverse("wagtailadmin_pages:set_page_position", args=[page.pk])
    headers = {"Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors"} if by_script else {}
    return client.post(f"{url}?position={position}", headers=headers)


def second_program() -> ProgramPage:
    return ProgramPageFactory(parent=HomePage.objects.get(), title="Second program")


# Site managers ---------------------------------------------------------------------


def test_site_manager_unpublishes_a_page(client, seeded, member):
    signed_in(client, member, SITE_MANAGERS)
    assert unpublish(client, indication()).status_code == 302
    assert not indication().live
    assert client.get(IndicationPage.objects.get(slug="radiation-boost").url).status_code == 404


def test_site_manager_deletes_a_page(client, seeded, member):
    signed_in(client, member, SITE_MANAGERS)
    assert delete(client, indication()).status_code == 302
    assert not IndicationPage.objects.filter(slug="radiation-boost").exists()


def test_site_manager_deletes_a_page_only_once_it_has_no_subpages(client, seeded, member):
    signed_in(client, member, SITE_MANAGERS)
    delete(client, guide())
    assert guide().get_children().count() == 8  # nothing deleted: a superuser deletes a subtree


def test_site_manager_moves_a_page(client, seeded, member):
    destination = second_program()
    signed_in(client, member, SITE_MANAGERS)
    assert move(client, indication(), destination).status_code == 302
    assert indication().get_parent().pk == destination.pk
    assert indication().live  # still live, at its new address
    assert client.get(indication().url).status_code == 200


def test_site_manager_reorders_the_guide(client, seeded, member):
    before = section_slugs()
    signed_in(client, member, SITE_MANAGERS)
    first = GuideSectionPage.objects.get(slug=before[0])
    assert reorder(client, first, 2).status_code == 200
    assert section_slugs() == [before[1], before[2], before[0], *before[3:]]
    contents = BeautifulSoup(client.get(guide().url).content, "html.parser")
    listed = [a["href"].rstrip("/").rsplit("/", 1)[-1] for a in contents.select("main ol a")]
    assert listed[:3] == [before[1], before[2], before[0]]


def test_site_manager_cannot_take_down_or_move_a_home_page(client, seeded, member):
    manager = signed_in(client, member, SITE_MANAGERS)
    home = HomePage.objects.get()
    perms = home.permissions_for_user(manager)
    assert not (perms.can_unpublish() or perms.can_delete() or perms.can_move())
    unpublish(client, home)
    assert HomePage.objects.get().live


# Those who may not -----------------------------------------------------------------


@pytest.mark.parametrize("group", [EDITORS, INTAKE])
def test_editors_and_intake_cannot_unpublish_move_delete_or_reorder(client, seeded, member, group):
    destination = second_program()
    before = section_slugs()
    signed_in(client, member, group)

    unpublish(client, indication())
    move(client, indication(), destination)
    delete(client, indication())
    response = reorder(client, GuideSectionPage.objects.get(slug=before[0]), 2)

    assert indication().live
    assert indication().get_parent().specific_class is ProgramPage
    assert indication().get_parent().pk != destination.pk
    assert section_slugs() == before
    # A refused move answers 403, which Wagtail's reorder script reports as a failure.
    assert response.status_code == 403


def test_a_refused_reorder_is_a_refusal_the_script_can_read(client, seeded, member):
    """Wagtail answers a refusal with a redirect, which ``fetch`` follows to a 200 page and
    Wagtail's reorder script reported as "moved successfully"."""
    first = GuideSectionPage.objects.get(slug=section_slugs()[0])
    assert reorder(client, first, 2).status_code == 403  # signed out
    signed_in(client, member, EDITORS)
    assert reorder(client, first, 2).status_code == 403  # no right to reorder
    # A person's own navigation keeps the admin's redirect and its message.
    assert reorder(client, first, 2, by_script=False).status_code == 302


def test_reorder_screen_shows_handles_only_to_those_who_may_reorder(client, seeded, member):
    url = reverse("wagtailadmin_explore", args=[guide().pk]) + "?ordering=ord"

    def handles(group) -> int:
        signed_in(client, member, group)
        html = BeautifulSoup(client.get(url).content, "html.parser")
        assert len(html.select("table.listing tbody tr")) == 8, "the sections are listed"
        return len(html.select("[data-w-orderable-target=handle]"))

    assert handles(SITE_MANAGERS) == 8
    assert handles(EDITORS) == 0  # Wagtail 8 drew them for anyone on this address
    page = BeautifulSoup(client.get(url).content, "html.parser")
    assert not page.select("[data-w-orderable-url-value]")  # nothing to post a move to


# Medical reviewers -----------------------------------------------------------------


def test_reviewer_unpublishes_a_clinical_page_at_once(client, seeded, member):
    reviewer = signed_in(client, member, MEDICAL_REVIEWERS)
    confirm = client.get(reverse("wagtailadmin_pages:unpublish", args=[indication().pk]))
    assert confirm.status_code == 200
    assert unpublish(client, indication()).status_code == 302
    assert not indication().live
    # ...and nothing else: no edit, no publish, no move or delete.
    perms = indication().permissions_for_user(reviewer)
    assert not (perms.can_edit() or perms.can_publish() or perms.can_move())
    assert not perms.can_delete()
    assert not HomePage.objects.get().permissions_for_user(reviewer).can_unpublish()


def test_reviewer_cannot_edit_or_publish(client, seeded, member):
    signed_in(client, member, MEDICAL_REVIEWERS)
    page = indication()
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert client.get(edit).status_code == 302  # refused: back to the dashboard
    client.post(edit, {"title": "Changed", "slug": page.slug, "action-publish": "1"})
    assert indication().title == page.title


def test_reviewer_is_offered_unpublish_on_the_live_page(client, seeded, member):
    signed_in(client, member, MEDICAL_REVIEWERS)
    assert "Unpublish this page" in client.get(indication().url).content.decode()
    assert "Unpublish this page" not in client.get(HomePage.objects.get().url).content.decode()
    signed_in(client, member, EDITORS)
    assert "Unpublish this page" not in client.get(indication().url).content.decode()


def test_a_new_program_is_open_to_its_reviewers_urgent_unpublish(seeded, member):
    reviewer = member(MEDICAL_REVIEWERS)
    program = second_program()
    assert program.live
    assert program.permissions_for_user(reviewer).can_unpublish()


# Nobody publishes what skipped review -------------------------------------------------


def test_site_manager_cannot_publish_a_draft_that_skipped_review(client, seeded, member):
    page, program = indication(), ProgramPage.objects.get()
    live_title = page.title
    page.title = "Unreviewed draft title"
    page.save_revision()  # an editor's draft, not yet approved
    manager = signed_in(client, member, SITE_MANAGERS)

    # Every door that publishes: the editor's Publish, bulk publish; and the operations
    # site managers do have, which keep the approved content live, never the draft.
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = client.get(edit)
    if form.status_code == 200:  # refused (302): there is no form to post
        data = querydict_from_html(form.content.decode(), form_id="page-edit-form")
        body = streamfield([("paragraph", rich_text("<p>Unreviewed.</p>"))])
        for field, value in nested_form_data({"body": body}).items():
            data[field] = value
        data["action-publish"] = "action-publish"
        client.post(edit, data)
    bulk_publish = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    client.post(f"{bulk_publish}?id={page.pk}")
    move(client, page, second_program())
    reorder(client, indication(), 0)
    assert indication().title == live_title
    assert indication().has_unpublished_changes

    perms = indication().permissions_for_user(manager)
    assert not (perms.can_publish() or perms.can_edit())
    assert not program.permissions_for_user(manager).can_publish_subpage()


def test_governance_takes_back_a_hand_given_publish_right(seeded):
    managers = Group.objects.get(name=SITE_MANAGERS)
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.create(
        group=managers, page=Page.get_first_root_node(), permission=publish
    )
    ensure_governance()
    granted = GroupPagePermission.objects.filter(group=managers)
    assert sorted(granted.values_list("permission__codename", flat=True)) == [
        "delete_page",
        "lock_page",
        "move_page",
        "unpublish_page",
    ]
