"""The Spanish site in Chromium: axe on every Spanish page type, a patient's journey, and the
out-of-date translation flag end to end (English approved -> note -> Spanish approved -> gone)."""

import re

from django.core.management import call_command

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from programs.accessibility import WCAG_AA_TAGS
from programs.models import IndicationPage
from seed_content.management.commands.load_program_content import translation_key
from tests.browser.conftest import sign_in

WCAG_AA = {"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}, "resultTypes": ["violations"]}
SPANISH_PAGES = [
    "/es/",
    "/es/radiocirugia-de-columna/",
    "/es/radiocirugia-de-columna/alivio-del-dolor/",
    "/es/radiocirugia-de-columna/guia-para-pacientes/",
    "/es/radiocirugia-de-columna/guia-para-pacientes/opciones-de-tratamiento/",
    "/es/radiocirugia-de-columna/guia-para-pacientes/all/",
    "/es/radiocirugia-de-columna/pedir-una-cita/",
    "/es/radiocirugia-de-columna/remitir-a-un-paciente/",
    "/es/search/?q=dolor",
    "/es/search/?q=xilofono",
    "/es/no-existe/",
]


@pytest.fixture
def site_url(live_server, transactional_db) -> str:
    call_command("load_program_content", languages="en,es", stdout=None)
    return live_server.url


@pytest.mark.parametrize("width", [390, 1280])
def test_no_axe_violations_on_spanish_pages(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    axe = Axe()
    failures = {}
    for path in SPANISH_PAGES:
        page.goto(site_url + path)
        results = axe.run(page, options=WCAG_AA)
        if results.violations_count:
            failures[path] = results.generate_report()
    assert not failures, "\n".join(f"{path}\n{report}" for path, report in failures.items())


def test_a_patient_reads_in_spanish_and_switches_language(page, site_url, shoot):
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(site_url + "/")
    expect(page.locator("[data-language-assistance] [lang=es]")).to_contain_text("800-555-0142")
    page.locator(".language-switcher").get_by_role("link", name="Español").click()
    expect(page).to_have_url(site_url + "/es/")
    expect(page.locator("html")).to_have_attribute("lang", "es")

    program = "Programa de Radiocirugía Estereotáctica de Columna"
    page.get_by_role("link", name=program).first.click()
    expect(page.locator("h1")).to_have_text(program)
    page.get_by_role("link", name="Alivio del dolor por metástasis en la columna").first.click()
    expect(page.locator("h1")).to_have_text("Alivio del dolor por metástasis en la columna")
    expect(page.locator(".skip-link")).to_have_text("Vaya al contenido principal")
    shoot(page, "1-spanish-indication")

    # The same page in English, and back.
    page.locator(".language-switcher").get_by_role("link", name="English").click()
    expect(page).to_have_url(site_url + "/spinal-radiosurgery/pain-relief/")
    page.locator(".language-switcher").get_by_role("link", name="Español").click()
    expect(page).to_have_url(site_url + "/es/radiocirugia-de-columna/alivio-del-dolor/")

    # Search in Spanish finds Spanish pages.
    page.locator("[data-header-search] summary").click()  # on phones search opens from a button
    page.get_by_role("searchbox", name="Buscar en este sitio").first.fill("máscara")
    page.get_by_role("button", name="Buscar").first.click()
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.locator("ol.search-results")).to_contain_text("Cómo prepararse")
    shoot(page, "2-spanish-search")


def submit_change(page, site_url, indication, summary):
    page.goto(f"{site_url}/admin/pages/{indication.pk}/edit/")
    page.locator("#id_summary").fill(summary)
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.get_by_role("button", name=re.compile("Submit to Medical review")).click()
    expect(page.get_by_role("status").first).to_contain_text("submitted for moderation")


def approve(page, site_url, reviewer, indication):
    sign_in(page, site_url, reviewer)
    row = page.locator("#awaiting-review-content tr", has_text=indication.title)
    row.locator("[data-w-dropdown-target='toggle']").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    page.wait_for_load_state("networkidle")


def test_out_of_date_flag_end_to_end(page, site_url, people, shoot):
    editor, reviewer = people
    key = translation_key("indication:boost")
    english = IndicationPage.objects.get(translation_key=key, locale__language_code="en")
    spanish = IndicationPage.objects.get(translation_key=key, locale__language_code="es")
    note = page.locator("[data-translation-out-of-date]")

    page.goto(site_url + spanish.url)
    expect(note).to_have_count(0)

    # 1. The English page is changed and approved.
    sign_in(page, site_url, editor)
    submit_change(page, site_url, english, "An extra, focused dose after standard radiation.")
    approve(page, site_url, reviewer, english)

    # 2. Patients see a note on the Spanish page, linking to the English one.
    page.context.clear_cookies()
    page.goto(site_url + spanish.url)
    expect(note).to_be_visible()
    expect(note).to_contain_text("versión en inglés")
    # The title leads; the note comes straight under it (issue 12's first screen).
    assert page.locator("h1").bounding_box()["y"] < note.bounding_box()["y"]
    shoot(page, "1-patient-sees-the-note")
    note.get_by_role("link").click()
    expect(page).to_have_url(site_url + english.url)

    # 3. Editors see it in the edit view and in the Reviews due report.
    sign_in(page, site_url, editor)
    page.goto(f"{site_url}/admin/pages/{spanish.pk}/edit/")
    expect(page.locator("[data-translation-out-of-date]")).to_contain_text(
        "Translation out of date"
    )
    shoot(page, "2-editor-sees-the-flag")
    page.goto(site_url + "/admin/reports/reviews-due/")
    expect(page.locator("#stale-translations")).to_contain_text(spanish.title)
    shoot(page, "3-reviews-due-report")

    # 4. The Spanish page is updated and approved: the flag clears.
    submit_change(page, site_url, spanish, "Una dosis extra y precisa después de la radioterapia.")
    approve(page, site_url, reviewer, spanish)
    page.context.clear_cookies()
    page.goto(site_url + spanish.url)
    expect(page.locator(".page-intro__summary")).to_have_text(
        "Una dosis extra y precisa después de la radioterapia."
    )
    expect(note).to_have_count(0)
    sign_in(page, site_url, editor)
    page.goto(site_url + "/admin/reports/reviews-due/")
    expect(page.locator("#stale-translations")).to_have_count(0)
    shoot(page, "4-flag-cleared")
