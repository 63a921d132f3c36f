"""Requesting changes in Chromium: the reviewer is told what their decision did, and the
editor finds the comment at the top of the editor, with each choice explained."""

import re

from playwright.sync_api import expect

from programs.models import IndicationPage
from tests.browser.conftest import sign_in

COMMENT = "Please say how long the boost takes."


def open_actions(page):
    page.locator("footer [data-w-dropdown-target='toggle']").last.click()


def test_rejection_is_confirmed_and_the_editor_sees_why_and_what_next(
    page, site_url, people, shoot
):
    editor, reviewer = people
    indication = IndicationPage.objects.get(slug="radiation-boost")
    indication.summary = "A boost is an extra dose."
    indication.save_revision(user=editor)
    indication.get_workflow().start(indication, editor)
    edit_url = f"{site_url}/admin/pages/{indication.pk}/edit/"

    # The reviewer requests changes on the review screen, with a comment, and is told what
    # follows.
    sign_in(page, site_url, reviewer)
    page.goto(f"{site_url}/admin/medical-review/pages/{indication.pk}/changes/")
    page.locator("[data-review-actions]").get_by_role(
        "button", name="Request changes", exact=True
    ).click()
    modal = page.locator(".modal")
    modal.get_by_label("Comment", exact=True).fill(COMMENT)
    modal.get_by_role("button", name="Request changes").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator(".messages .success")).to_have_text(
        f"Changes requested: “{indication.title}” goes back to eddie with your comment. "
        "Patients keep seeing the version approved before."
    )
    shoot(page, "1-reviewer-told")

    # The editor opens the page: the comment first, then what each button does.
    sign_in(page, site_url, editor)
    page.goto(edit_url)
    first = page.locator("form .help-block").first
    expect(first).to_contain_text("Changes requested by Rita Example, MD on ")
    expect(first.locator("[data-reviewer-comment]")).to_have_text(COMMENT)
    expect(first).to_be_in_viewport()
    choices = page.locator("[data-after-changes-requested] dt")
    expect(choices).to_have_text(
        ["Resubmit to Clinician approval", "Save draft", "Restart workflow", "Cancel workflow"]
    )
    shoot(page, "2-editor-sees-why")

    # The button the help names first is there, and sends the page back for review.
    page.locator("#id_summary").fill("A boost is an extra dose. It takes one visit.")
    open_actions(page)
    page.get_by_role("button", name="Resubmit to Clinician approval").click()
    expect(page.get_by_role("status").first).to_contain_text("submitted for moderation")
    page.goto(edit_url)
    expect(page.locator("[data-changes-requested]")).to_have_count(0)
