"""The admin works under the CSP, everywhere each group goes: zero violations in Chromium.

For Editors, Medical reviewers, Intake and Site managers (and a superuser, for what only
superusers reach: search promotions), sign in and visit the views the group uses, opening
the choosers, the image focal-point editor and the workflow modals as a person would.
Every Content-Security-Policy violation is caught twice over: the browser's console
message and the document's ``securitypolicyviolation`` event (frames included).
"""

import re
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Collection, Site

import pytest
import wagtail_factories
from playwright.sync_api import expect

from appointments.models import AppointmentRequestPage, Submission
from medical_review.governance import (
    EDITORS,
    INTAKE,
    MEDICAL_REVIEWERS,
    SITE_MANAGERS,
    ensure_governance,
)
from programs.models import IndicationPage, ProgramPage
from programs.snippets import Clinician, Statistic
from tests.browser.conftest import PASSWORD, sign_in
from tests.factories import LocationFactory

# Reported by the page itself: a violation in any frame, whatever the browser logs.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`CSP violation: ${event.violatedDirective}`
        + ` blocked ${event.blockedURI || "inline"}`
        + ` at ${event.sourceFile || document.location.pathname}:${event.lineNumber}`);
});
"""


@dataclass
class Sweep:
    """Where the browser has been, and every CSP violation seen on the way."""

    page: object
    site_url: str
    visited: list = field(default_factory=list)
    violations: list = field(default_factory=list)

    def watch(self):
        self.page.add_init_script(REPORT_VIOLATIONS)

        def record(message):
            text = message.text
            if "Content Security Policy" in text or text.startswith("CSP violation"):
                self.violations.append(f"{self.page.url}: {text}")

        self.page.on("console", record)
        return self

    def visit(self, path: str, ready: str = "main") -> None:
        """Open ``path`` and wait for its scripts to have run (``ready`` is then visible)."""
        self.visited.append(path)
        self.page.goto(self.site_url + path)
        expect(self.page.locator(ready).first).to_be_visible()
        self.page.wait_for_load_state("load")

    def settle(self) -> None:
        self.page.wait_for_timeout(300)  # late scripts (controllers, fetched modal bodies)


def open_modal(page, trigger) -> None:
    """Open one of Wagtail's modal workflows (choosers, workflow actions): its body is fetched."""
    trigger.click()
    expect(page.locator(".modal-content").first).to_be_visible()


def close_modal(page) -> None:
    page.locator(".modal-content button.close").first.click()
    expect(page.locator(".modal-content")).to_have_count(0)


def insert_block(page, label: str) -> None:
    """Add a block to the end of the body through the block picker."""
    page.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name=re.compile(label)).first.click()


@pytest.fixture
def cast(site_url, people, django_user_model):
    """Someone from each group, and something for each of them to work on."""
    editor, reviewer = people

    def member(username, group):
        user = django_user_model.objects.create_user(username, password=PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        return user

    indication = IndicationPage.objects.get(slug="radiation-boost")
    indication.summary = "A changed summary, awaiting review."
    indication.save_revision(user=editor)
    indication.get_workflow().start(indication, editor)
    statistic = Statistic.objects.get(value="More than 80%")
    statistic.value = "More than 85%"
    statistic.save_revision(user=editor)
    statistic.get_workflow().start(statistic, editor)
    # The test database's flush removes Wagtail's root collection: images need one, and
    # editors their permissions on it.
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
        ensure_governance()
    form_page = AppointmentRequestPage.objects.live().first()
    Submission.objects.create(page=form_page, form_data={"your_full_name": "Ana Example"})
    return {
        "editor": editor,
        "reviewer": reviewer,
        "intake": member("ines", INTAKE),
        "site_manager": member("sam", SITE_MANAGERS),
        "superuser": django_user_model.objects.create_superuser("ada", "ada@example.org", PASSWORD),
        "image": wagtail_factories.ImageFactory(
            title="Treatment room", collection=Collection.get_first_root_node()
        ),
        "program": ProgramPage.objects.get(),
        "indication": IndicationPage.objects.get(slug="pain-relief"),
        "under_review": indication,
        "statistic": statistic,
        "form_page": form_page,
        "location": LocationFactory(),
    }


def editors_views(sweep: Sweep, cast) -> None:
    page = sweep.page
    sweep.visit(reverse("wagtailadmin_home"))
    sweep.visit(reverse("wagtailadmin_explore", args=[cast["program"].pk]), "table")
    sweep.visit(
        reverse("wagtailadmin_pages:edit", args=[cast["indication"].pk]),
        "[data-streamfield-stream-container]",
    )
    # Choosers, opened from body blocks as an editor adds them.
    insert_block(page, "Link to an indication")
    open_modal(page, page.get_by_role("button", name=re.compile("Choose a page")).last)
    expect(page.locator(".modal-content").get_by_role("table").first).to_be_visible()
    close_modal(page)
    insert_block(page, "Key fact")
    open_modal(page, page.get_by_role("button", name=re.compile("Choose (a )?statistic")).last)
    page.locator(".modal-content").get_by_role("textbox").first.fill("patients")
    expect(page.locator(".modal-content").get_by_role("table").first).to_be_visible()
    close_modal(page)
    insert_block(page, "Image")
    open_modal(page, page.get_by_role("button", name=re.compile("Choose an image")).last)
    expect(page.locator(".modal-content").get_by_text("Treatment room").first).to_be_visible()
    close_modal(page)
    # The side panels: the live preview (the page itself, in a frame) and the content checks.
    page.get_by_role("button", name="Toggle preview").click()
    expect(page.locator("iframe[title]").first).to_be_visible()
    page.get_by_role("button", name="Toggle checks").click()
    sweep.settle()
    sweep.visit(
        reverse("wagtailadmin_pages:edit", args=[cast["program"].pk]),
        "[data-streamfield-stream-container]",
    )
    sweep.visit(
        reverse("wagtailimages:edit", args=[cast["image"].pk]),
        "[data-focal-point-chooser], .focal-point-chooser",
    )
    expect(page.locator(".jcrop-holder")).to_be_visible()  # the focal-point editor started
    sweep.visit(reverse("wagtailimages:index"), "main")
    sweep.visit(reverse("wagtailadmin_pages:history", args=[cast["indication"].pk]), "table")
    sweep.visit(
        reverse("simple_translation:submit_page_translation", args=[cast["indication"].pk]),
        "main form",
    )
    sweep.visit(reverse("wagtailsnippets_programs_reference:list"), "main")
    sweep.visit(reverse("wagtailsnippets_programs_statistic:list"), "table")
    sweep.visit(
        reverse("wagtailsnippets_programs_statistic:edit", args=[cast["statistic"].pk]),
        "form[data-edit-form]",
    )
    sweep.visit(reverse("medical_review_reviews_due"), "table")
    sweep.visit(reverse("launch_ready_to_launch"), "main")
    sweep.visit(reverse("medical_review_changes", args=[cast["under_review"].pk]), "table")


def reviewers_views(sweep: Sweep, cast) -> None:
    page = sweep.page
    sweep.visit(reverse("wagtailadmin_home"), "#awaiting-review-content")
    # Wagtail's own modal, from the dashboard task's menu.
    task = page.locator("#awaiting-review-content tr", has_text=cast["under_review"].title)
    task.locator("[data-w-dropdown-target='toggle']").click()
    open_modal(page, task.get_by_role("button", name="Request changes"))
    expect(page.locator(".modal-content textarea")).to_be_visible()
    close_modal(page)
    sweep.visit(reverse("wagtailadmin_explore", args=[cast["program"].pk]), "table")
    sweep.visit(reverse("wagtailadmin_pages:search") + "?q=radiation", "table")
    for review in [
        reverse("medical_review_changes", args=[cast["under_review"].pk]),
        reverse("wagtailsnippets_programs_statistic:inspect", args=[cast["statistic"].pk]),
    ]:
        sweep.visit(review, "[data-review-actions]")
        for action in ["Request changes", "Approve with comment"]:
            open_modal(page, page.get_by_role("button", name=action, exact=True))
            expect(page.locator(".modal-content textarea")).to_be_visible()
            close_modal(page)
    sweep.visit(reverse("medical_review_reviews_due"), "table")
    sweep.visit(reverse("wagtailsnippets_programs_statistic:list"), "table")
    sweep.visit(
        reverse("wagtailsnippets_programs_statistic:history", args=[cast["statistic"].pk]), "table"
    )
    sweep.visit(
        reverse(
            "wagtailadmin_pages:workflow_preview",
            args=[cast["under_review"].pk, cast["under_review"].current_workflow_task.pk],
        ),
        "body",
    )


def intakes_views(sweep: Sweep, cast) -> None:
    sweep.visit(reverse("wagtailadmin_home"))
    sweep.visit(reverse("appointments_submissions:index"), "table")
    sweep.visit(reverse("wagtailforms:list_submissions", args=[cast["form_page"].pk]), "table")


def site_managers_views(sweep: Sweep, cast) -> None:
    site = Site.objects.get(is_default_site=True)
    sweep.visit(reverse("wagtailadmin_home"))
    sweep.visit(
        reverse("wagtailsettings:edit", args=["programs", "hospitalsettings", site.pk]),
        "form[data-edit-form]",
    )
    sweep.visit(reverse("wagtailsnippets_programs_location:list"), "main")
    sweep.visit(
        reverse("wagtailsnippets_programs_location:edit", args=[cast["location"].pk]),
        "form[data-edit-form]",
    )
    sweep.visit(
        reverse("wagtailsnippets_programs_clinician:edit", args=[Clinician.objects.first().pk]),
        "form[data-edit-form]",
    )
    # The photo's image chooser, a form panel's chooser (not a block's): its button works.
    open_modal(sweep.page, sweep.page.get_by_role("button", name="Choose an image"))
    close_modal(sweep.page)
    sweep.visit(reverse("wagtailadmin_reports:site_history"), "main")
    sweep.visit(reverse("launch_ready_to_launch"), "main")


def superusers_views(sweep: Sweep, cast) -> None:
    """What no group is given, only superusers: search promotions (their add view: below)."""
    sweep.visit(reverse("wagtailsearchpromotions:index"), "main")


WHO = {
    EDITORS: ("editor", editors_views),
    MEDICAL_REVIEWERS: ("reviewer", reviewers_views),
    INTAKE: ("intake", intakes_views),
    SITE_MANAGERS: ("site_manager", site_managers_views),
    "superusers": ("superuser", superusers_views),
}


@pytest.mark.parametrize("group", list(WHO))
def test_no_csp_violation_in_the_admin_views_a_group_uses(page, site_url, cast, group):
    person, views = WHO[group]
    sweep = Sweep(page, site_url).watch()
    sign_in(page, site_url, cast[person])
    views(sweep, cast)
    sweep.settle()
    assert sweep.visited
    assert sweep.violations == [], "\n".join(sweep.violations)


# Editors manage search promotions; their add view's page choosers start from an external
# script (templates/wagtailsearchpromotions/, tests/browser/test_search_promotions.py).
def test_no_csp_violation_adding_a_search_promotion(page, site_url, cast):
    sweep = Sweep(page, site_url).watch()
    sign_in(page, site_url, cast["editor"])
    sweep.visit(reverse("wagtailsearchpromotions:add"), "form[data-edit-form]")
    sweep.settle()
    assert sweep.violations == [], "\n".join(sweep.violations)
