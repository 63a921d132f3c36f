"""Intake's sign-in in Chromium: no submissions on a password alone, setting up an app,
the code on the next visit, a wrong code explained, and the pause after wrong passwords."""

import re
from base64 import b32decode

from django.contrib.auth.models import Group

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from medical_review.governance import INTAKE
from tests.browser.conftest import PASSWORD, sign_in
from tests.browser.test_accessibility import WCAG_AA
from tests.conftest import app_code


@pytest.fixture
def intake(site_url, django_user_model, empty_cache):
    user = django_user_model.objects.create_user("ines", password=PASSWORD)
    user.groups.add(Group.objects.get(name=INTAKE))
    return user


def password_only(page, site_url, password=PASSWORD):
    page.context.clear_cookies()
    page.goto(site_url + "/admin/login/")
    page.get_by_label("Username").fill("ines")
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def no_axe_violations(page):
    result = Axe().run(page, options=WCAG_AA)
    assert result.violations_count == 0, result.generate_report()


def test_intake_sets_up_a_second_factor_before_seeing_submissions(page, site_url, intake, shoot):
    password_only(page, site_url)
    page.goto(site_url + "/admin/form-submissions/")
    expect(page).to_have_url(
        re.compile(r"/admin/two-step/setup/\?next=%2Fadmin%2Fform-submissions")
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-step verification")
    expect(page.get_by_role("img", name="QR code for your authenticator app")).to_be_visible()
    no_axe_violations(page)
    shoot(page, "1-setup")

    page.get_by_label("Code").fill("000000")
    page.get_by_role("button", name="Turn on two-step verification").click()
    expect(page.locator(".error-message")).to_contain_text("not right")

    page.wait_for_timeout(1100)  # django-otp's pause after one wrong code
    key = b32decode(page.get_by_test_id("secret").inner_text().replace(" ", ""))
    page.get_by_label("Code").fill(app_code(key))
    page.get_by_role("button", name="Turn on two-step verification").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Save your recovery codes")
    expect(page.get_by_test_id("recovery-codes").locator("li")).to_have_count(10)
    shoot(page, "2-recovery-codes")
    page.get_by_role("link", name="I have saved them: continue").click()
    expect(page).to_have_url(re.compile(r"/admin/form-submissions/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Forms")

    password_only(page, site_url)  # next time: the app's code
    expect(page).to_have_url(re.compile(r"/admin/two-step/verify/"))
    no_axe_violations(page)
    shoot(page, "3-verify")
    sign_in(page, site_url, intake)
    page.goto(site_url + "/admin/form-submissions/")
    expect(page).to_have_url(re.compile(r"/admin/form-submissions/$"))


def test_wrong_passwords_pause_sign_in_with_a_time_to_wait(page, site_url, intake, shoot):
    for _ in range(5):
        password_only(page, site_url, password="not-the-password")
    expect(page.get_by_role("heading", level=1)).to_have_text("Signing in is paused")
    expect(page.locator("main")).to_contain_text("Try again in 15 minutes")
    no_axe_violations(page)
    shoot(page, "paused")
