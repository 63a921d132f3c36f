"""Both forms in Chromium: a new visitor sends them, mistakes are explained, Intake reads them."""

import csv
import io
import re

from django.contrib.auth.models import Group

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from appointments.models import Submission
from medical_review.governance import INTAKE
from tests.browser.conftest import PASSWORD, sign_in
from tests.browser.test_accessibility import WCAG_AA

PROGRAM = "/spinal-radiosurgery/"
APPOINTMENT = PROGRAM + "request-an-appointment/"
REFERRAL = PROGRAM + "refer-a-patient/"


@pytest.fixture(autouse=True)
def fresh_rate_limit(empty_cache):
    pass


def fill_appointment(page, name="Ana Pérez"):
    page.get_by_label("Your full name").fill(name)
    page.get_by_label("Phone number").fill("800-555-0100")
    page.get_by_label("Any time").check()
    page.get_by_label("How can we help?").fill("I have back pain from a tumor in my spine.")
    page.get_by_label("You may contact me").check()


def fill_referral(page):
    page.get_by_label("Your full name").fill("Dr Kim Lee")
    page.get_by_label("Practice or hospital").fill("Main Street Clinic")
    page.get_by_label("Your email address").fill("kim.lee@example.org")
    page.get_by_label("Patient's full name").fill("Sam Rivera")
    page.get_by_label("Patient's date of birth").fill("03/27/1958")
    page.get_by_label("Morning").check()
    page.get_by_label("Reason for referral").fill("Painful spinal metastasis.")
    page.get_by_label("The patient knows about this referral").check()


def test_a_new_visitor_sends_both_forms(page, site_url, shoot):
    page.goto(site_url + PROGRAM)
    page.get_by_role("link", name="Request an appointment online").click()
    expect(page).to_have_url(site_url + APPOINTMENT)
    expect(page.locator(".form-phone")).to_contain_text("800-555-0142")
    fill_appointment(page)
    shoot(page, "1-appointment-filled")
    page.get_by_role("button", name="Send my request").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you. We have your request.")
    expect(page.locator(".form-phone")).to_contain_text("800-555-0142")
    shoot(page, "2-appointment-thank-you")

    page.goto(site_url + PROGRAM)
    page.get_by_role("link", name="Refer a patient").click()
    fill_referral(page)
    page.get_by_role("button", name="Send the referral").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you. We have your referral.")

    stored = {s.page.slug: s.form_data for s in Submission.objects.all()}
    assert stored["request-an-appointment"]["full_name"] == "Ana Pérez"
    assert stored["refer-a-patient"]["patient_date_of_birth"] == "1958-03-27"


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_mistakes_are_summarised_focused_and_what_was_typed_is_kept(
    browser, site_url, shoot, javascript
):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(site_url + APPOINTMENT)
    fill_appointment(page, name="")
    page.get_by_label("Email address").fill("ana@")
    page.get_by_role("button", name="Send my request").click()

    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("Please check 2 answers")
    expect(page).to_have_title(re.compile(r"^Error:"))
    expect(page.get_by_label("Phone number")).to_have_value("800-555-0100")
    expect(page.get_by_label("Email address")).to_have_value("ana@")
    expect(page.get_by_label("Email address")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Any time")).to_be_checked()
    shoot(page, "errors")

    summary.get_by_role("link", name=re.compile("Your full name")).click()
    expect(page.get_by_label("Your full name")).to_be_focused()
    assert not Submission.objects.exists()
    context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_forms_errors_and_thank_you_pass_axe(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    axe = Axe()
    failures = {}

    def check(name):
        results = axe.run(page, options=WCAG_AA)
        if results.violations_count:
            failures[name] = results.generate_report()

    for path in (APPOINTMENT, REFERRAL):
        page.goto(site_url + path)
        check(path)
        page.locator(".request-form button[type=submit]").click()
        expect(page.locator(".error-summary")).to_be_visible()
        check(path + " (errors)")
    page.goto(site_url + APPOINTMENT)
    fill_appointment(page)
    page.get_by_role("button", name="Send my request").click()
    expect(page.locator(".form-sent")).to_be_visible()
    check("thank-you")
    assert not failures, "\n".join(f"{name}\n{report}" for name, report in failures.items())


def test_intake_reads_the_submissions_and_exports_csv(page, site_url, django_user_model, shoot):
    page.goto(site_url + APPOINTMENT)
    fill_appointment(page, name="Ana <b>Pérez</b>")
    page.get_by_role("button", name="Send my request").click()
    expect(page.locator(".form-sent")).to_be_visible()

    intake = django_user_model.objects.create_user("ines", password=PASSWORD)
    intake.groups.add(Group.objects.get(name=INTAKE))
    sign_in(page, site_url, intake)  # setting up the second factor Intake must have

    page.get_by_role("link", name="Form submissions").click()
    page.get_by_role("link", name="Request an appointment").click()
    expect(page.get_by_role("table")).to_contain_text("Ana <b>Pérez</b>")
    shoot(page, "intake-submissions")

    page.locator("header [data-w-dropdown-target='toggle']").first.click()  # the "…" menu
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download CSV").click()
    with open(download_info.value.path(), encoding="utf-8") as exported:
        rows = list(csv.reader(io.StringIO(exported.read())))
    assert rows[0][:2] == ["Submission date (America/New_York)", "Your full name"]
    assert rows[1][1] == "Ana <b>Pérez</b>"
