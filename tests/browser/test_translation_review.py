"""Translation without false claims, in Chromium (issue 17): an editor translates an approved
English indication with Wagtail's Translate action; the Spanish draft claims no review (its
editor's Medical review panel and its preview), chooses the Spanish statistic and page, and
its choosers open in Spanish; once the English is changed and approved, the Spanish draft,
submitted since, is flagged out of date in its editor and in Reviews due.

The translate flow takes 4 clicks from the English page's editor to the Spanish draft's:
the header's "Actions", "Translate", "Spanish", "Submit" (``TRANSLATE_CLICKS``).
"""

import re

from django.core.management import call_command

import pytest
from playwright.sync_api import expect

from medical_review.models import stamp_review
from programs.models import IndicationPage, ProgramPage
from programs.snippets import Statistic
from seed_content.management.commands.load_program_content import translation_key
from tests.browser.conftest import sign_in

TRANSLATE_CLICKS = 4
SPANISH_SUMMARY = "Cuando un tumor crece en la parte baja de la columna."


@pytest.fixture
def site_url(live_server, transactional_db) -> str:
    call_command("load_program_content", languages="en,es", stdout=None)
    return live_server.url


def seeded(model, key, language):
    return model.objects.get(translation_key=translation_key(key), locale__language_code=language)


def approved_english_indication(reviewer) -> IndicationPage:
    """A new English indication a reviewer has approved; it has no Spanish translation yet.
    Its key fact and card choose content that has one."""
    page = IndicationPage(
        title="Sacral tumours",
        slug="sacral-tumours",
        summary="When a tumour grows in the bottom of the spine.",
        who_it_is_for="<p>People with a tumour in the sacrum.</p>",
        how_it_helps="<p>It eases pain.</p>",
        body=[
            {
                "type": "key_fact",
                "value": {
                    "statistic": seeded(Statistic, "statistic:pain_relief", "en").pk,
                    "display": "number",
                    "context": "",
                },
            },
            {
                "type": "indication_link",
                "value": {"page": seeded(IndicationPage, "indication:boost", "en").pk, "text": ""},
            },
        ],
    )
    seeded(ProgramPage, "program", "en").add_child(instance=page)
    revision = page.save_revision()
    stamp_review(revision, reviewer)
    revision.publish()
    return IndicationPage.objects.get(pk=page.pk)


def change_and_approve(page, editor, reviewer, summary) -> None:
    """What an editor's submission and a reviewer's approval do (through the workflow)."""
    page = IndicationPage.objects.get(pk=page.pk)
    page.summary = summary
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    page.current_workflow_task_state.approve(user=reviewer)


def review_panel(page):
    return page.locator("[data-review-status]").first


def test_a_translation_starts_unreviewed_in_spanish_and_is_flagged_when_the_english_changes(
    page, site_url, people, shoot
):
    editor, reviewer = people
    english = approved_english_indication(reviewer)
    spanish_boost = seeded(IndicationPage, "indication:boost", "es")
    spanish_statistic = seeded(Statistic, "statistic:pain_relief", "es")

    # The editor, in the English page's editor, translates it.
    sign_in(page, site_url, editor)
    page.goto(f"{site_url}/admin/pages/{english.pk}/edit/")
    expect(review_panel(page)).to_contain_text("Medically reviewed")  # the English is
    clicks = 0
    page.locator("header").get_by_role("button", name="Actions", exact=True).click()
    clicks += 1
    page.get_by_role("link", name="Translate").click()
    clicks += 1
    spanish_box = page.get_by_label("Spanish")
    expect(spanish_box).not_to_be_checked()  # so check() is one click
    spanish_box.check()
    clicks += 1
    page.get_by_role("button", name="Submit").click()
    clicks += 1
    assert clicks == TRANSLATE_CLICKS

    spanish = IndicationPage.objects.get(
        translation_key=english.translation_key, locale__language_code="es"
    )
    expect(page).to_have_url(re.compile(rf"/admin/pages/{spanish.pk}/edit/$"))
    shoot(page, "1-spanish-draft")

    # No review stamp: not in the editor's Medical review panel...
    panel = review_panel(page)
    expect(panel).to_have_attribute("data-review-status", "never")
    expect(panel).to_contain_text("Not yet medically reviewed")
    expect(panel).not_to_contain_text("Medically reviewed")
    expect(page.locator("[data-translation-out-of-date]")).to_have_count(0)

    # ...it chooses the Spanish statistic and the Spanish page...
    body = page.locator("#panel-child-content-body-section")
    expect(body).to_contain_text(str(spanish_statistic))
    expect(body).to_contain_text(spanish_boost.title)

    # ...and its choosers open in Spanish: the statistic chooser lists Spanish figures, a
    # rich text link starts in the Spanish tree.
    chooser = page.locator("#body-0-value-statistic-chooser")
    chooser.get_by_role("button", name="Actions").click()
    with page.expect_request(re.compile(r"/admin/snippets/choose/programs/statistic/")) as asked:
        page.get_by_role("button", name=re.compile("Choose another")).click()
    assert "locale=es" in asked.value.url
    modal = page.locator(".modal-dialog")
    expect(modal.locator("td.title").first).to_be_visible()
    expect(modal).not_to_contain_text(str(seeded(Statistic, "statistic:pain_relief", "en")))
    shoot(page, "2-statistic-chooser-in-spanish")
    modal.get_by_role("button", name="Close").click()
    expect(modal).to_have_count(0)

    text = page.locator("#panel-child-content-how_it_helps-section [contenteditable=true]")
    text.click()
    page.keyboard.press("ControlOrMeta+a")
    with page.expect_request(re.compile(r"/admin/choose-page/")) as asked:
        page.keyboard.press("ControlOrMeta+k")
    assert "locale=es" in asked.value.url
    homes = seeded(ProgramPage, "program", "en").get_parent().get_translations(inclusive=True)
    spanish_home, english_home = sorted(homes, key=lambda home: home.locale.language_code != "es")
    expect(modal).to_contain_text(spanish_home.title)
    expect(modal).not_to_contain_text(english_home.title)
    shoot(page, "3-link-chooser-in-spanish")
    page.keyboard.press("Escape")

    # ...nor on its preview.
    page.goto(f"{site_url}/admin/pages/{spanish.pk}/view_draft/")
    expect(page.locator(".review-status--never")).to_have_count(1)
    expect(page.locator(".review-dates")).to_have_count(0)
    shoot(page, "4-preview-unreviewed")

    # The English changes and is approved; the editor then rewrites and submits the Spanish.
    change_and_approve(english, editor, reviewer, "A changed English summary.")
    page.goto(f"{site_url}/admin/pages/{spanish.pk}/edit/")
    page.locator("#id_summary").fill(SPANISH_SUMMARY)
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.get_by_role("button", name=re.compile("Submit to Medical review")).click()
    expect(page.get_by_role("status").first).to_contain_text("submitted")

    # Made from the old English, it is flagged in its editor, waiting for review.
    page.goto(f"{site_url}/admin/pages/{spanish.pk}/edit/")
    flag = page.locator("[data-translation-out-of-date]")
    expect(flag).to_contain_text("Translation out of date")
    expect(flag).to_contain_text("after this translation was made")
    expect(flag.locator("[data-translation-in-review]")).to_have_count(1)
    shoot(page, "5-flagged-in-the-editor")

    page.goto(f"{site_url}/admin/reports/reviews-due/")
    row = page.locator("#stale-translations tr", has_text=spanish.title)
    expect(row).to_have_attribute("data-translation-state", "In review")
    shoot(page, "6-flagged-in-reviews-due")
