"""Browser tests: a live server with the seed content, and screenshots kept as artifacts."""

import re
from base64 import b32decode
from pathlib import Path

from django.contrib.auth.models import Group
from django.core.management import call_command

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from medical_review.governance import EDITORS, MEDICAL_REVIEWERS
from tests.conftest import app_code
from tests.factories import ClinicianFactory

PASSWORD = "a-long-test-password"  # noqa: S105
ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts" / "browser"


@pytest.fixture
def site_url(live_server, transactional_db) -> str:
    """The live server's address, with the program loaded (the flush after each test empties it)."""
    call_command("load_program_content", stdout=None)
    return live_server.url


@pytest.fixture
def shoot(request):
    """Save a full-page screenshot under test-artifacts/browser/<test>/<name>.png."""
    folder = ARTIFACTS / request.node.name
    folder.mkdir(parents=True, exist_ok=True)

    def save(page, name: str) -> Path:
        path = folder / f"{name}.png"
        page.screenshot(path=path, full_page=True)
        return path

    return save


@pytest.fixture
def people(site_url, django_user_model):
    """An editor and a medical reviewer (linked to a Clinician), both with PASSWORD."""

    def member(username, group):
        user = django_user_model.objects.create_user(username, password=PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        return user

    reviewer = member("rita", MEDICAL_REVIEWERS)
    ClinicianFactory(name="Rita Example", credentials="MD", user=reviewer)
    return member("eddie", EDITORS), reviewer


def sign_in(page, site_url: str, user, password: str = PASSWORD) -> None:
    """Sign in through the real form, then take the second step as the person's phone would:
    set up an app from the key the page shows, or type the code of the app they have."""
    page.context.clear_cookies()
    page.goto(site_url + "/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    if "/two-step/setup/" in page.url:
        key = b32decode(page.get_by_test_id("secret").inner_text().replace(" ", ""))
        page.get_by_label("Code").fill(app_code(key))
        page.get_by_role("button", name="Turn on two-step verification").click()
        page.get_by_role("link", name="I have saved them: continue").click()
    elif "/two-step/verify/" in page.url:
        device = TOTPDevice.objects.get(user=user, confirmed=True)
        page.get_by_label("Code").fill(app_code(device.bin_key, device.drift, later=1))
        page.get_by_role("button", name="Verify").click()
    expect(page).to_have_url(re.compile(r"/admin/"))
