"""Patients see at the foot of every clinical page whether a clinician has checked it.

Three states, as the NHS shows them: reviewed (date, reviewer, next review),
overdue (the same, plus a note and the phone number), and never reviewed (a
plain note and the phone number).
"""

import datetime

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from medical_review.governance import EDITORS, MEDICAL_REVIEWERS
from patient_guide.models import GuideSectionPage
from programs.hospital_settings import HospitalSettings
from programs.snippets import Statistic
from tests.conftest import sign_in
from tests.factories import ClinicianFactory

pytestmark = pytest.mark.django_db

PAGES = ["program", "indication", "guide", "section", "whole guide"]


def reviewed_page(tree, name: str):
    """The page whose own review the foot of ``name`` reports (the whole guide: the guide's)."""
    return {
        "program": tree.program,
        "indication": tree.indications[0],
        "guide": tree.guide,
        "section": tree.sections[0],
        "whole guide": tree.guide,
    }[name]


def url_of(tree, name: str) -> str:
    url = reviewed_page(tree, name).url
    return url + tree.guide.reverse_subpage("whole_guide") if name == "whole guide" else url


def review(page, last: datetime.date, due: datetime.date, reviewer=None) -> None:
    page.reviewed_by, page.last_reviewed, page.next_review_due = reviewer, last, due
    page.save_revision().publish()


def foot(client, url: str) -> BeautifulSoup:
    """The page's own review status: the page's last (the whole guide has one per section)."""
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return html.select(".review-status")[-1]


def words(element) -> str:
    return " ".join(element.get_text().split())


@pytest.mark.parametrize("name", PAGES)
def test_never_reviewed_page_says_no_clinician_has_checked_it(client, program_tree, name):
    hospital = HospitalSettings.for_site(program_tree.site)
    status = foot(client, url_of(program_tree, name))

    assert "review-status--never" in status["class"]
    assert words(status) == (
        f"A clinician at {hospital.hospital_name} has not yet checked this page. "
        f"For advice about your own care, call {hospital.phone}."
    )
    assert status.find("a")["href"] == hospital.phone_href
    assert "Last reviewed" not in words(status)


@pytest.mark.parametrize("name", PAGES)
def test_reviewed_page_gives_date_reviewer_and_next_review(client, program_tree, name):
    today = timezone.localdate()
    reviewer = ClinicianFactory(name="Ana Example", credentials="MD")
    review(reviewed_page(program_tree, name), today, today + datetime.timedelta(days=200), reviewer)
    status = foot(client, url_of(program_tree, name))

    assert "review-status--current" in status["class"]
    assert words(status).startswith("Last reviewed: ")
    assert "by Ana Example, MD. Next review due: " in words(status)
    assert status.find(class_="review-status__note") is None


@pytest.mark.parametrize("name", PAGES)
def test_overdue_page_says_so_with_the_phone_number(client, program_tree, name):
    today = timezone.localdate()
    hospital = HospitalSettings.for_site(program_tree.site)
    review(
        reviewed_page(program_tree, name),
        today - datetime.timedelta(days=400),
        today - datetime.timedelta(days=1),
    )
    status = foot(client, url_of(program_tree, name))

    assert "review-status--overdue" in status["class"]
    assert words(status).startswith("Last reviewed: ")
    assert words(status.find(class_="review-status__note")) == (
        "This page is due for its regular check by our clinicians. "
        f"For advice about your own care, call {hospital.phone}."
    )


def test_whole_guide_shows_each_sections_own_status(client, program_tree):
    today = timezone.localdate()
    checked, unchecked = program_tree.sections[1], program_tree.sections[2]
    review(checked, today, today + datetime.timedelta(days=200), ClinicianFactory(name="Bo Lee"))
    html = BeautifulSoup(client.get(url_of(program_tree, "whole guide")).content, "html.parser")

    def status_of(section):
        return html.find(id=section.slug).find(class_="review-status")

    assert "by Bo Lee" in words(status_of(checked))
    assert "review-status--never" in status_of(unchecked)["class"]


def test_spanish_pages_state_their_status_in_spanish(client):
    call_command("load_program_content", languages="en,es", stdout=None)
    page = GuideSectionPage.objects.get(locale__language_code="es", slug="como-funciona")

    status = foot(client, page.url)

    assert "todavía no ha revisado esta página" in words(status)
    assert "Si tiene preguntas sobre su propia atención, llame al" in words(status)


BEYOND_SOURCE = (
    "Parts of this page say more than our medical sources do, and a clinician still has to "
    "check them."
)


def test_loader_flags_what_goes_beyond_the_source_in_a_field():
    call_command("load_program_content", stdout=None)
    flagged_pages = {
        p.slug for p in Page.objects.specific() if getattr(p, "needs_medical_review", False)
    }
    assert flagged_pages == {
        "spinal-radiosurgery",  # its comparison table and urgent symptoms
        "pain-relief",  # urgent symptoms, on every indication page
        "first-treatment",
        "after-surgery",
        "radiation-boost",
        "after-other-treatments",
        "about-spinal-metastases",  # warning signs to act on
        "treatment-options",  # its comparison table
        "preparing-for-treatment",
        "after-treatment",
        "questions",
    }
    assert set(
        Statistic.objects.filter(needs_medical_review=True).values_list("value", flat=True)
    ) == {
        "70%",
        "The spine",  # the third most common site
    }


def test_page_beyond_its_sources_says_so_until_a_reviewer_approves_it(client, member):
    call_command("load_program_content", stdout=None)
    page = GuideSectionPage.objects.get(slug="after-treatment")
    assert BEYOND_SOURCE in words(foot(client, page.url))

    editor, reviewer = member(EDITORS), member(MEDICAL_REVIEWERS)
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    sign_in(client, reviewer)
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", page.current_workflow_task_state.pk],
    )
    assert client.post(approve).status_code == 302
    client.logout()

    page.refresh_from_db()
    assert not page.needs_medical_review
    assert BEYOND_SOURCE not in words(foot(client, page.url))
