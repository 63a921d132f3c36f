"""A patient's path through the site in Debian's Chromium, with and without JavaScript."""

import re

from playwright.sync_api import expect

PHONE = {"width": 390, "height": 844}


def test_patient_reads_from_home_to_the_whole_guide(page, site_url, shoot):
    page.set_viewport_size(PHONE)
    page.goto(site_url + "/")
    shoot(page, "1-home")

    page.locator(".card-list").get_by_role("link", name=re.compile("Radiosurgery Program")).click()
    expect(page.locator("h1")).to_have_text("Stereotactic Spinal Radiosurgery Program")
    expect(page.locator("#appointment a[href^='tel:']")).to_be_visible()
    shoot(page, "2-program")

    page.locator("#indications").get_by_role("link").first.click()
    expect(page.locator("h1")).to_have_text("Pain relief from spinal metastases")
    shoot(page, "3-indication")

    # On phones the menu's marked item is the way back up (no breadcrumb repeats it).
    menu = page.get_by_role("navigation", name="Main")
    menu.get_by_role("link", name=re.compile("Program")).click()
    page.locator(".button-row").get_by_role("link", name="Read the patient guide").click()
    expect(page.locator(".guide-contents li")).to_have_count(8)
    shoot(page, "4-guide")

    page.get_by_role("link", name=re.compile("^Start reading")).click()
    expect(page.locator(".page-intro__eyebrow")).to_have_text("Section 1 of 8")
    page.get_by_role("link", name=re.compile("^Next")).click()
    expect(page.locator(".page-intro__eyebrow")).to_have_text("Section 2 of 8")
    shoot(page, "5-section")

    page.get_by_role("link", name=re.compile("whole guide")).first.click()
    expect(page.locator(".whole-guide__section")).to_have_count(8)
    expect(page.get_by_role("button", name="Print this guide")).to_be_visible()
    shoot(page, "6-whole-guide")


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page, site_url):
    page.goto(site_url + "/spinal-radiosurgery/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_every_page_works_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/spinal-radiosurgery/patient-guide/all/")
    expect(page.locator(".whole-guide__section")).to_have_count(8)
    # The print button needs JavaScript, so without it there is no dead button.
    expect(page.get_by_role("button", name="Print this guide")).to_be_hidden()
    page.goto(site_url + "/spinal-radiosurgery/")
    page.locator("#indications").get_by_role("link").last.click()
    expect(page.locator("h1")).to_have_text("When other treatments have not worked")
    context.close()


def test_whole_guide_prints_without_chrome_and_with_link_addresses(page, site_url, shoot):
    page.goto(site_url + "/spinal-radiosurgery/patient-guide/all/")
    page.emulate_media(media="print")
    for chrome in [".main-nav", ".breadcrumbs", ".skip-link", ".header-phone"]:
        expect(page.locator(chrome).first).to_be_hidden()
    link_suffix = page.evaluate(
        """() => {
            const link = document.querySelector("main a[href^='/']");
            return getComputedStyle(link, "::after").content;
        }"""
    )
    assert "/spinal-radiosurgery/" in link_suffix
    avoid = page.evaluate(
        "() => getComputedStyle(document.querySelector('.comparison__table')).breakInside"
    )
    assert avoid == "avoid"
    shoot(page, "print")
    pdf = page.pdf(format="Letter")
    assert pdf.startswith(b"%PDF")
