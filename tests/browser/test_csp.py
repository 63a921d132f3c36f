"""The Content-Security-Policy holds on the site and the admin still works under it."""

import re

from playwright.sync_api import expect

from programs.models import IndicationPage
from tests.browser.conftest import PASSWORD, sign_in


def csp_violations(page) -> list[str]:
    messages: list[str] = []
    page.on(
        "console",
        lambda msg: messages.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    return messages


def test_admin_works_under_the_csp(page, site_url, django_user_model):
    ada = django_user_model.objects.create_superuser("ada", "ada@example.org", PASSWORD)
    violations = csp_violations(page)
    response = page.goto(site_url + "/admin/login/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert (
        "unsafe-inline"
        not in response.headers["content-security-policy"].split("script-src")[1].split(";")[0]
    )
    sign_in(page, site_url, ada)  # through the two-step pages a superuser must take

    indication = IndicationPage.objects.get(slug="pain-relief")
    page.goto(f"{site_url}/admin/pages/{indication.pk}/edit/")
    # The StreamField editor is built by JavaScript: it only appears if scripts ran.
    expect(page.locator("[data-streamfield-stream-container]").first).to_be_visible()
    # The scheduling date pickers start from data attributes, not inline scripts.
    expect(page.locator("[data-date-chooser-started]")).to_have_count(2)
    page.get_by_role("button", name="Insert a block").first.click()
    expect(page.get_by_role("option", name=re.compile("Key fact"))).to_be_visible()
    page.keyboard.press("Escape")
    page.goto(f"{site_url}/admin/pages/{indication.pk}/edit/preview/?mode=")
    page.goto(f"{site_url}/admin/snippets/programs/statistic/")
    expect(page.get_by_role("table")).to_be_visible()
    assert violations == [], "\n".join(violations)


def test_patient_pages_raise_no_csp_violations(page, site_url):
    violations = csp_violations(page)
    for path in ["/", "/spinal-radiosurgery/", "/spinal-radiosurgery/patient-guide/all/"]:
        page.goto(site_url + path)
    assert violations == []
