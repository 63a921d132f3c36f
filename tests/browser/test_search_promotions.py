"""Search promotions in Chromium: an editor promotes a page for a search, under the admin's CSP.

Wagtail's add and edit views start the "Add a recommended result" formset, the query chooser
and each page chooser from inline scripts, which the CSP refuses; the project's overrides
(templates/wagtailsearchpromotions/) start them from static/js/admin-search-promotions.js.
"""

import re

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from playwright.sync_api import expect

from tests.browser.conftest import sign_in
from tests.browser.test_csp import csp_violations
from tests.browser.test_staff_sign_in import no_axe_violations

QUERY = "pain"
PROMOTED = "Questions patients ask"  # a guide section that does not come first on its own


def no_axe_violations_on_the_whole_form(page):
    """axe in a window tall enough for the whole form: scrolled, the admin's sticky header
    covers part of the panel toggles under it, which axe's target-size rule reports."""
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": 3000})
    no_axe_violations(page)
    page.set_viewport_size(size)


def first_result(page, site_url):
    page.goto(f"{site_url}/search/?q={QUERY}")
    return page.locator("main .search-result__title a").first


def test_editor_promotes_a_page_that_then_comes_first_for_its_search(page, site_url, people, shoot):
    editor, _ = people
    expect(first_result(page, site_url)).not_to_have_text(PROMOTED)

    sign_in(page, site_url, editor)
    violations = csp_violations(page)
    page.goto(site_url + "/admin/")
    page.get_by_role("button", name="Settings").click()  # click 1
    page.get_by_role("link", name="Promoted search results").click()  # 2
    page.get_by_role("link", name="Add new promoted result").click()  # 3
    expect(page).to_have_url(re.compile(r"/admin/searchpicks/add/$"))
    page.wait_for_load_state()  # its scripts have run (or been refused)
    assert violations == [], "\n".join(violations)  # Wagtail's own template: an inline script
    page.get_by_label("Search term(s)/phrase").fill(QUERY)

    page.get_by_role("button", name="Add a recommended result").click()  # 4
    recommendation = page.locator("#id_editors_picks-FORMS > div").last
    expect(recommendation).to_be_visible()
    recommendation.get_by_role("button", name="Choose a page").click()  # 5
    modal = page.locator(".modal-dialog")
    modal.get_by_role("textbox", name="Search term").fill(PROMOTED)
    modal.get_by_role("link", name=PROMOTED).click()  # 6
    expect(recommendation.locator("[data-chooser-title]")).to_have_text(PROMOTED)
    expect(modal).to_be_hidden()
    recommendation.get_by_label("Description").fill("Answers to what patients ask most.")
    no_axe_violations_on_the_whole_form(page)
    shoot(page, "1-add")
    page.get_by_role("button", name="Create").click()  # 7

    expect(page.get_by_role("status").first).to_contain_text(f"Editor's picks for '{QUERY}'")
    shoot(page, "2-created")

    # The edit view opens with the recommendation and its chooser working.
    page.get_by_role("link", name=QUERY, exact=True).click()
    expect(page).to_have_url(re.compile(r"/admin/searchpicks/\d+/$"))
    expect(page.locator("[data-chooser-title]").first).to_have_text(PROMOTED)
    expect(page.get_by_role("button", name="Add a recommended result")).to_be_enabled()
    no_axe_violations_on_the_whole_form(page)
    shoot(page, "3-edit")
    assert violations == [], "\n".join(violations)

    page.context.clear_cookies()
    promoted = first_result(page, site_url)
    expect(promoted).to_have_text(PROMOTED)
    expect(page.locator(".search-promotions")).to_contain_text("Answers to what patients ask most.")
    shoot(page, "4-search")


def test_recommendations_are_reordered_and_deleted_and_popular_terms_open(page, site_url, people):
    editor, _ = people
    query = Query.get(QUERY)
    for order, title in enumerate([PROMOTED, "After treatment"]):
        SearchPromotion.objects.create(
            query=query, page=Page.objects.get(title=title), sort_order=order
        )

    def promoted():
        return [p.page.title for p in query.editors_picks.order_by("sort_order")]

    sign_in(page, site_url, editor)
    violations = csp_violations(page)
    page.goto(f"{site_url}/admin/searchpicks/{query.pk}/")
    page.get_by_role("button", name="Choose from popular search terms").click()
    modal = page.locator(".modal-dialog")
    expect(modal.get_by_role("heading", name="Popular search terms")).to_be_visible()
    modal.get_by_role("button", name=re.compile("Close")).click()
    expect(modal).to_be_hidden()

    recommendations = page.locator("#id_editors_picks-FORMS > div")
    recommendations.filter(has_text="After treatment").get_by_role("button", name="Move up").click()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status").first).to_contain_text("updated")
    assert promoted() == ["After treatment", PROMOTED]

    page.goto(f"{site_url}/admin/searchpicks/{query.pk}/")
    recommendations.filter(has_text=PROMOTED).get_by_role("button", name="Delete").click()
    expect(recommendations.filter(has_text=PROMOTED)).to_be_hidden()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status").first).to_contain_text("updated")
    assert promoted() == ["After treatment"]
    assert violations == [], "\n".join(violations)
