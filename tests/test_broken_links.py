"""Broken links are visible: the delete and unpublish confirmations name the pages that link
to the page, and live pages linking to a deleted or unpublished page are listed under
Ready to launch? (launch.W007) until they are changed."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.models import Page, ReferenceIndex

import pytest
from bs4 import BeautifulSoup

from launch.links import broken_links, linked_page_ids
from medical_review.governance import SITE_MANAGERS
from patient_guide.models import GuideSectionPage
from programs.models import IndicationPage
from tests.conftest import sign_in

pytestmark = pytest.mark.django_db


def target() -> IndicationPage:
    return IndicationPage.objects.get(slug="pain-relief")


def linking() -> GuideSectionPage:
    """The guide section whose link cards point at every indication."""
    return GuideSectionPage.objects.get(slug="who-it-can-help")


def html(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def listed_linking_pages(response) -> list[tuple[str, str]]:
    """(title, link) of each page the confirmation names as linking to the page."""
    box = html(response).find(attrs={"data-linking-pages": True})
    if box is None:
        return []
    return [
        (" ".join(item.get_text(" ", strip=True).split()), item.a["href"] if item.a else "")
        for item in box.find_all("li")
    ]


def broken_link_rows(client) -> list[str]:
    page = html(client.get(reverse("launch_ready_to_launch")))
    section = page.find("section", attrs={"data-launch-kind": "launch.W007"})
    if section is None:
        return []
    return [
        " ".join(row.get_text(" ", strip=True).split())
        for row in section.find_all("tr", attrs={"data-launch-finding": True})
    ]


def republish(page) -> None:
    """What a medical reviewer's approval of an editor's change does."""
    page.save_revision().publish()


# Before confirming -----------------------------------------------------------------


@pytest.mark.parametrize("view", ["delete", "unpublish"])
def test_confirmation_names_the_pages_that_link_to_it(client, seeded, member, view):
    sign_in(client, member(SITE_MANAGERS))
    response = client.get(reverse(f"wagtailadmin_pages:{view}", args=[target().pk]))
    # A site manager cannot edit the linking page: the link opens it as patients see it.
    assert listed_linking_pages(response) == [(linking().title, linking().url)]


def test_an_editor_of_the_linking_page_gets_its_edit_link(admin_client, seeded):
    response = admin_client.get(reverse("wagtailadmin_pages:unpublish", args=[target().pk]))
    edit = reverse("wagtailadmin_pages:edit", args=[linking().pk])
    assert listed_linking_pages(response) == [(linking().title, edit)]


def test_deleting_a_page_names_the_pages_linking_to_its_subpages(admin_client, seeded):
    indication = target()
    indication.who_it_is_for = f'<p>Read <a linktype="page" id="{linking().pk}">this</a>.</p>'
    republish(indication)
    guide = linking().get_parent()
    edit = reverse("wagtailadmin_pages:edit", args=[indication.pk])

    response = admin_client.get(reverse("wagtailadmin_pages:delete", args=[guide.pk]))
    assert listed_linking_pages(response) == [(indication.title, edit)]
    # Unpublishing the guide leaves its sections live: that link still works.
    response = admin_client.get(reverse("wagtailadmin_pages:unpublish", args=[guide.pk]))
    assert listed_linking_pages(response) == []


def test_nothing_is_listed_for_a_page_nobody_links_to(admin_client, seeded):
    response = admin_client.get(reverse("wagtailadmin_pages:unpublish", args=[linking().pk]))
    assert listed_linking_pages(response) == []


# Afterwards, until fixed ---------------------------------------------------------------


def test_an_unpublished_link_target_is_listed_until_published_again(client, seeded, member):
    sign_in(client, member(SITE_MANAGERS))
    assert broken_link_rows(client) == []
    title = target().title
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[target().pk]), follow=True)
    assert f"1 page linked to “{title}”: “{linking().title}”" in response.content.decode()

    assert broken_link_rows(client) == [
        f"{linking().title} Links to “{title}”, which is not published. Edit the linking page"
    ]
    republish(target())
    assert broken_link_rows(client) == []


def test_a_deleted_link_target_is_listed_until_the_link_card_goes(client, seeded, member):
    sign_in(client, member(SITE_MANAGERS))
    title, target_id = target().title, target().pk
    response = client.post(reverse("wagtailadmin_pages:delete", args=[target_id]), follow=True)
    assert f"1 page linked to “{title}”: “{linking().title}”" in response.content.decode()
    expected = [f"{linking().title} Links to “{title}”, which was deleted. Edit the linking page"]
    assert broken_link_rows(client) == expected

    # Wagtail forgets the reference with the deleted page; the live content still holds it.
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.objects.filter(to_content_type=page_type)
    assert not references.filter(to_object_id=str(target_id)).exists()
    linking().save()
    assert broken_link_rows(client) == expected

    # The editor removes the card, the reviewer approves: fixed.
    section = linking()
    section.body = [
        (block.block_type, block.value)
        for block in section.body
        if not (block.block_type == "indication_link" and block.value["page"] is None)
    ]
    republish(section)
    assert broken_link_rows(client) == []


def test_a_rich_text_link_to_an_unpublished_page_is_found(seeded):
    section = GuideSectionPage.objects.get(slug="how-it-works")
    first = target()
    section.body = [
        *[(block.block_type, block.value) for block in section.body],
        ("paragraph", f'<p>See <a linktype="page" id="{first.pk}">pain relief</a>.</p>'),
    ]
    republish(section)
    assert first.pk in linked_page_ids(Page.objects.get(pk=section.pk).specific)
    first.unpublish()
    assert {(link.page.pk, link.target_id) for link in broken_links()} == {
        (linking().pk, first.pk),
        (section.pk, first.pk),
    }
