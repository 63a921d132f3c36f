"""The medical review journey in Chromium: an editor submits a change, a reviewer approves it."""

import re

from playwright.sync_api import expect

from programs.models import IndicationPage
from tests.browser.conftest import sign_in

NEW_SUMMARY = "Radiation can be given again, safely, when pain comes back."


def test_editor_submits_and_reviewer_approves_in_the_browser(page, site_url, people, shoot):
    editor, reviewer = people
    indication = IndicationPage.objects.get(slug="radiation-boost")
    edit_url = f"{site_url}/admin/pages/{indication.pk}/edit/"

    sign_in(page, site_url, editor)
    page.goto(edit_url)
    page.locator("#id_summary").fill(NEW_SUMMARY)
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.get_by_role("button", name=re.compile("Submit to Medical review")).click()
    expect(page.get_by_role("status").first).to_contain_text("submitted for moderation")
    shoot(page, "1-editor-submitted")
    page.context.clear_cookies()

    page.goto(site_url + indication.url)
    expect(page.locator(".page-intro__summary")).not_to_have_text(NEW_SUMMARY)

    # The reviewer's dashboard lists what awaits their review, with the actions beside it.
    sign_in(page, site_url, reviewer)
    row = page.locator("#awaiting-review-content tr", has_text=indication.title)
    row.locator("[data-w-dropdown-target='toggle']").click()
    shoot(page, "2-reviewer-dashboard")
    row.get_by_role("button", name="Approve", exact=True).click()
    page.wait_for_load_state("networkidle")
    shoot(page, "3-reviewer-approved")
    page.context.clear_cookies()

    page.goto(site_url + indication.url)
    expect(page.locator(".page-intro__summary")).to_have_text(NEW_SUMMARY)
    expect(page.locator(".review-dates")).to_contain_text("by Rita Example, MD")
    shoot(page, "4-patient-sees-it")


def test_reviewer_decides_on_the_review_screen_and_never_opens_the_editor(
    page, site_url, people, shoot
):
    editor, reviewer = people
    indication = IndicationPage.objects.get(slug="radiation-boost")
    indication.summary = NEW_SUMMARY
    indication.save_revision(user=editor)
    indication.get_workflow().start(indication, editor)

    sign_in(page, site_url, reviewer)
    row = page.locator("#awaiting-review-content tr", has_text=indication.title)
    review = row.get_by_role("link", name=indication.title)
    expect(review).to_have_attribute(
        "href", re.compile(rf"/admin/medical-review/pages/{indication.pk}/changes/$")
    )
    review.click()
    expect(page.locator("table.listing")).to_contain_text(NEW_SUMMARY)
    shoot(page, "reviewer-compares")

    # Reviewers change nothing: the editor is not theirs to open.
    page.goto(f"{site_url}/admin/pages/{indication.pk}/edit/")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator(".messages .error")).to_contain_text("permission")
    page.go_back()

    # Approving lands on the dashboard, where the next task waits, with the decision confirmed.
    page.get_by_role("button", name="Approve", exact=True).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator(".messages .success")).to_contain_text(
        f"Approved: “{indication.title}” is now live, signed by Rita Example, MD"
    )
    shoot(page, "reviewer-landed")
