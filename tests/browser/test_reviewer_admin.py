"""A medical reviewer reviews from the admin, in Chromium: from the dashboard task and from
Reviews due, for a page and for a statistic, they open the item, see what changed against the
approved version, approve it, and patients see the change.

Each walk counts its clicks after sign-in (the dashboard is where sign-in lands).
"""

import re

from wagtail.models import Page, ReferenceIndex

import pytest
from playwright.sync_api import expect

from programs.models import IndicationPage
from programs.snippets import Statistic
from tests.browser.conftest import sign_in
from tests.browser.test_csp import csp_violations

NEW_SUMMARY = "Radiation can be given again, safely, when pain comes back."
NEW_FIGURE = "More than 85%"


class Clicks:
    """Clicks a locator and counts it: the walk's length, as a person would do it."""

    def __init__(self):
        self.count = 0

    def __call__(self, locator):
        self.count += 1
        locator.click()


def submitted_page(editor) -> IndicationPage:
    page = IndicationPage.objects.get(slug="radiation-boost")
    page.summary = NEW_SUMMARY
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return IndicationPage.objects.get(pk=page.pk)  # the live row: still the approved summary


def submitted_statistic(editor) -> Statistic:
    statistic = Statistic.objects.get(value="More than 80%")
    statistic.value = NEW_FIGURE
    statistic.save_revision(user=editor)
    statistic.get_workflow().start(statistic, editor)
    return Statistic.objects.get(pk=statistic.pk)  # the live row: still the approved figure


def approve_on_the_review_screen(page, click, added: str, removed: str) -> None:
    """On the review screen: the change is in Wagtail's comparison, then Approve."""
    expect(page.locator("[data-review-decision]")).to_contain_text("Awaiting medical review")
    comparison = page.locator("table.listing")
    expect(comparison.locator(".addition", has_text=added).first).to_be_visible()
    expect(comparison.locator(".deletion", has_text=removed).first).to_be_visible()
    click(page.get_by_role("button", name="Approve", exact=True))
    # The decision is confirmed on the dashboard, where the next task waits.
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator(".messages .success")).to_contain_text("Approved: ")


def patients_see_the_page(page, site_url, indication) -> None:
    page.context.clear_cookies()
    page.goto(site_url + indication.url)
    expect(page.locator(".page-intro__summary")).to_have_text(NEW_SUMMARY)
    expect(page.locator(".review-dates")).to_contain_text("by Rita Example, MD")


def patients_see_the_figure(page, site_url, statistic) -> None:
    assert Statistic.objects.get(pk=statistic.pk).value == NEW_FIGURE
    ids = ReferenceIndex.get_references_to(statistic).values_list("object_id", flat=True)
    showing = Page.objects.filter(pk__in=[int(pk) for pk in ids]).live().first()
    page.context.clear_cookies()
    page.goto(site_url + showing.url)
    expect(page.locator(".key-fact", has_text=statistic.measure).first).to_contain_text(NEW_FIGURE)


def from_the_dashboard(page, click, title: str) -> None:
    """The task in "Awaiting your review" (sign-in lands on the dashboard)."""
    task = page.locator("#awaiting-review-content tr", has_text=title)
    click(task.locator("td.title").get_by_role("link", name=re.compile(re.escape(title))))


def from_reviews_due(page, click, title: str) -> None:
    """The dashboard's "See all ... in the Reviews due report", then the item's row."""
    click(page.get_by_role("link", name=re.compile(r"in the Reviews due report")))
    expect(page).to_have_url(re.compile(r"/admin/reports/reviews-due/"))
    rows = page.locator("table.listing td.title")
    click(rows.get_by_role("link", name=re.compile(re.escape(title))))


@pytest.mark.parametrize("route", [from_the_dashboard, from_reviews_due])
def test_reviewer_compares_and_approves_a_page(page, site_url, people, shoot, route):
    editor, reviewer = people
    indication = submitted_page(editor)
    violations = csp_violations(page)
    click = Clicks()

    sign_in(page, site_url, reviewer)
    route(page, click, indication.title)
    expect(page).to_have_url(re.compile(rf"/admin/medical-review/pages/{indication.pk}/changes/"))
    expect(page.locator("table.listing")).to_be_visible()
    shoot(page, f"{route.__name__}-review-screen")
    approve_on_the_review_screen(page, click, NEW_SUMMARY, indication.summary)
    shoot(page, f"{route.__name__}-approved")

    assert click.count == (2 if route is from_the_dashboard else 3)
    assert violations == [], "\n".join(violations)
    patients_see_the_page(page, site_url, indication)


@pytest.mark.parametrize("route", [from_the_dashboard, from_reviews_due])
def test_reviewer_compares_and_approves_a_statistic(page, site_url, people, shoot, route):
    editor, reviewer = people
    statistic = submitted_statistic(editor)
    violations = csp_violations(page)
    click = Clicks()

    sign_in(page, site_url, reviewer)
    route(page, click, statistic.measure)  # the figure is the dashboard's latest, the report's live
    expect(page).to_have_url(
        re.compile(rf"/admin/snippets/programs/statistic/inspect/{statistic.pk}/")
    )
    expect(page.locator("table.listing")).to_be_visible()
    shoot(page, f"{route.__name__}-review-screen")
    approve_on_the_review_screen(page, click, "85%", "80%")  # More than 80% -> More than 85%

    assert click.count == (2 if route is from_the_dashboard else 3)
    assert violations == [], "\n".join(violations)
    patients_see_the_figure(page, site_url, statistic)


def test_reviewer_finds_a_statistic_in_its_listing_and_reads_its_history(page, site_url, people):
    editor, reviewer = people
    statistic = submitted_statistic(editor)
    violations = csp_violations(page)
    sign_in(page, site_url, reviewer)
    page.goto(f"{site_url}/admin/snippets/programs/statistic/")
    page.get_by_role("link", name=re.compile(re.escape(statistic.measure))).first.click()
    expect(page.locator("table.listing .addition", has_text="85%")).to_be_visible()
    expect(page.get_by_role("button", name="Approve", exact=True)).to_be_visible()
    page.locator("[data-review-decision]").get_by_role("link", name="History").click()
    expect(page).to_have_url(re.compile(rf"/statistic/history/{statistic.pk}/"))
    expect(page.get_by_role("table")).to_be_visible()
    assert violations == [], "\n".join(violations)
