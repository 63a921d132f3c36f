"""A site manager runs the page tree in Chromium: reorders the guide with Wagtail's keyboard
controls, and unpublishes a page after being told which page links to it.

Before: only a superuser could do either; the site manager had no Pages menu, and anyone
who opened the reorder address got drag handles and "has been moved successfully" for a
move the server had refused.
"""

import re

from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission

import pytest
from playwright.sync_api import expect

from medical_review.governance import SITE_MANAGERS
from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs.models import IndicationPage, ProgramPage
from tests.browser.conftest import PASSWORD, sign_in


@pytest.fixture
def manager(site_url, django_user_model):
    user = django_user_model.objects.create_user("sam", password=PASSWORD)
    user.groups.add(Group.objects.get(name=SITE_MANAGERS))
    return user


def section_slugs() -> list[str]:
    return list(PatientGuidePage.objects.get().get_children().values_list("slug", flat=True))


def open_row_menu(page, title: str) -> None:
    page.get_by_role("button", name=f"More options for '{title}'").click()


def test_site_manager_reorders_the_guide(page, site_url, manager, shoot):
    guide = PatientGuidePage.objects.get()
    before = section_slugs()
    first = GuideSectionPage.objects.get(slug=before[0])

    sign_in(page, site_url, manager)
    page.goto(f"{site_url}/admin/pages/{ProgramPage.objects.get().pk}/")
    open_row_menu(page, guide.title)  # click 1
    page.get_by_role("link", name="Sort menu order").click()  # click 2
    expect(page).to_have_url(re.compile(r"ordering=ord"))
    handle = page.locator(f"#page_{first.pk} [data-w-orderable-target=handle]")
    expect(page.locator("[data-w-orderable-target=handle]")).to_have_count(len(before))
    # Wagtail's keyboard reordering: focus the handle, down twice, Enter to save.
    handle.focus()  # click 3 (or Tab to it)
    handle.press("ArrowDown")
    handle.press("ArrowDown")
    handle.press("Enter")
    expect(page.get_by_text(f"'{first.title}' has been moved successfully.")).to_be_visible()
    shoot(page, "1-reordered")

    after = [before[1], before[2], before[0], *before[3:]]
    assert section_slugs() == after
    page.goto(site_url + guide.url)
    contents = page.locator("main ol a")
    hrefs = [contents.nth(n).get_attribute("href") for n in range(3)]
    assert [href.rstrip("/").rsplit("/", 1)[-1] for href in hrefs] == after[:3]
    shoot(page, "2-public-contents")


def test_site_manager_unpublishes_a_page_after_the_broken_link_warning(
    page, site_url, manager, shoot
):
    target = IndicationPage.objects.get(slug="pain-relief")
    linking = GuideSectionPage.objects.get(slug="who-it-can-help")

    sign_in(page, site_url, manager)
    page.goto(f"{site_url}/admin/pages/{target.get_parent().pk}/")
    open_row_menu(page, target.title)  # click 1
    page.get_by_role("link", name="Unpublish").click()  # click 2
    warning = page.locator("[data-linking-pages]")
    expect(warning).to_contain_text("1 page links to this page.")
    expect(warning.get_by_role("link", name=linking.title)).to_have_attribute("href", linking.url)
    shoot(page, "1-warning-before-confirming")

    page.get_by_role("button", name="Yes, unpublish it").click()  # click 3
    expect(page.get_by_text(f"Page '{target.title}' unpublished.")).to_be_visible()
    expect(page.get_by_text(f"1 page linked to “{target.title}”")).to_be_visible()
    shoot(page, "2-unpublished")
    assert not IndicationPage.objects.get(pk=target.pk).live
    assert page.goto(site_url + target.url).status == 404

    # The linking page stays listed where editors and site managers look before launch.
    page.goto(f"{site_url}/admin/reports/ready-to-launch/")
    finding = page.locator("[data-launch-kind='launch.W007'] tr[data-launch-finding]")
    expect(finding).to_contain_text(linking.title)
    expect(finding).to_contain_text(f"Links to “{target.title}”, which is not published.")
    shoot(page, "3-listed-until-fixed")


def test_the_reorder_screen_offers_no_handles_to_those_who_cannot_reorder(page, site_url, people):
    editor, _ = people
    sign_in(page, site_url, editor)
    page.goto(f"{site_url}/admin/pages/{PatientGuidePage.objects.get().pk}/?ordering=ord")
    expect(page.locator("table.listing tbody tr")).to_have_count(len(section_slugs()))
    expect(page.locator("[data-w-orderable-target=handle]")).to_have_count(0)


@pytest.mark.parametrize("what_changes", ["rights taken away", "idle limit"])
def test_a_refused_move_is_never_reported_as_done(page, site_url, manager, settings, what_changes):
    """The reorder screen is open when the site manager may no longer move pages: the move
    is refused, and the screen does not say it happened (Wagtail 8 said "moved
    successfully", having followed the refusal's redirect)."""
    before = section_slugs()
    first = GuideSectionPage.objects.get(slug=before[0])
    sign_in(page, site_url, manager)
    page.goto(f"{site_url}/admin/pages/{PatientGuidePage.objects.get().pk}/?ordering=ord")
    if what_changes == "idle limit":  # signed out by staff_access on the next request
        settings.ADMIN_IDLE_TIMEOUT_MINUTES = 0
        page.wait_for_timeout(1100)
    else:
        GroupPagePermission.objects.filter(
            group__name=SITE_MANAGERS, permission__codename="move_page"
        ).delete()

    handle = page.locator(f"#page_{first.pk} [data-w-orderable-target=handle]")
    handle.focus()
    handle.press("ArrowDown")
    with page.expect_response(re.compile(r"/set_position/")) as answer:
        handle.press("Enter")
    assert answer.value.status == 403
    page.wait_for_timeout(500)  # time for a success message, were one coming
    expect(page.get_by_text("has been moved successfully")).to_have_count(0)
    assert section_slugs() == before
