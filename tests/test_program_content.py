"""The seed content as patients read it (issue 12): urgent symptoms and whom to call, the
program page's order, facts in full sentences, and the Spanish fixes, in both languages."""

import re

import pytest
from bs4 import BeautifulSoup

from appointments.models import ReferralPage, Submission
from patient_guide.models import GuideSectionPage
from programs.hospital_settings import HospitalSettings
from programs.models import IndicationPage, ProgramPage
from programs.snippets import Statistic
from seed_content import copy_en, copy_es
from seed_content.management.commands.load_program_content import translation_key

pytestmark = pytest.mark.django_db
SEED_LANGUAGES = "en,es"

URGENT = {
    "en": ("Urgent", "Call 800-555-0199, day or night"),
    "es": ("Urgente", "Llame al 800-555-0199, de día o de noche"),
}
# The program page's sections, NHS/Mayo order: what and whom, how, uses, comparison, facts,
# then (after the guide) how to get an appointment.
PROGRAM_ORDER = {
    "en": [
        "What it is and who it can help",
        "How it works",
        "Who this treatment can help",
        "How it compares with other treatments",
        "Key facts",
        "Patient guide to spinal radiosurgery",
        "How to get an appointment",
    ],
    "es": [
        "Qué es y a quién puede ayudar",
        "Cómo funciona",
        "A quién puede ayudar este tratamiento",
        "Cómo se compara con otros tratamientos",
        "Datos importantes",
        "Guía para pacientes sobre la radiocirugía de columna",
        "Cómo pedir una cita",
    ],
}


def html_of(client, url) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def urgent_pages(language: str) -> list:
    """Every page the urgent call-out belongs on: program, indications, guide sections 1 and 7."""
    pages = [*ProgramPage.objects.all(), *IndicationPage.objects.all()]
    sections = [f"guide-section:{key}" for key in ("about-spinal-metastases", "after-treatment")]
    pages += GuideSectionPage.objects.filter(
        translation_key__in=[translation_key(key) for key in sections]
    )
    return [p for p in pages if p.locale.language_code == language]


@pytest.mark.parametrize("language", ["en", "es"])
def test_urgent_symptoms_and_whom_to_call_are_on_every_listed_page(client, seeded, language):
    pages = urgent_pages(language)
    assert len(pages) == 8  # program, 5 indications, 2 guide sections
    flag, call = URGENT[language]
    for page in pages:
        callouts = html_of(client, page.url).select(".callout--urgent")
        assert len(callouts) == 1, page.url
        assert callouts[0].find(class_="callout__flag").get_text(strip=True) == flag
        assert len(callouts[0].select("li")) == 4  # the brief's four kinds of symptom
        assert "911" in callouts[0].get_text()
        link = callouts[0].find("a", href="tel:8005550199")
        assert link.get_text(strip=True) == call
        # The wording goes beyond the source: marked for medical review.
        assert page.needs_medical_review, page.url


def test_the_urgent_number_comes_from_the_hospital_settings(client, seeded):
    page = IndicationPage.objects.get(slug="pain-relief")
    HospitalSettings.objects.update(urgent_phone="(800) 555-0123")
    link = html_of(client, page.url).select_one(".callout--urgent .callout__call a")
    assert (link["href"], link.get_text(strip=True)) == (
        "tel:8005550123",
        "Call (800) 555-0123, day or night",
    )
    HospitalSettings.objects.update(urgent_phone="")
    callout = html_of(client, page.url).select_one(".callout--urgent")
    assert callout.find(class_="callout__flag") and not callout.find(class_="callout__call")


@pytest.mark.parametrize("language", ["en", "es"])
def test_program_page_runs_from_what_it_is_to_how_to_get_an_appointment(client, seeded, language):
    program = ProgramPage.objects.get(locale__language_code=language)
    html = html_of(client, program.url)
    main = html.find("main")
    headings = [h.get_text(strip=True) for h in main.find_all("h2") if h.get("id")]
    assert [h for h in headings if h in PROGRAM_ORDER[language]] == PROGRAM_ORDER[language]
    # "On this page" lists the sections in the order they come.
    toc = [a["href"].lstrip("#") for a in html.select(".on-this-page a")]
    assert toc == [element["id"] for element in main.find_all(id=lambda i: i in toc)]
    # Indications come right after how it works; the comparison right after them.
    indications = main.find(id="indications")
    how = indications.find_previous("h2", class_="body-heading").get_text()
    assert how == PROGRAM_ORDER[language][1]
    assert indications.find_next("h2", class_="body-heading").find_next("table")
    # Referring clinicians are told where to refer.
    referral = ReferralPage.objects.get(locale__language_code=language)
    assert main.select_one("#appointment").find("a", href=referral.url)


def test_the_first_figures_are_no_longer_a_wall_of_fear(client, seeded):
    """What it is comes first; the 70% figure is neither an icon array nor on the page."""
    html = html_of(client, ProgramPage.objects.get(locale__language_code="en").url)
    first_fact = html.select_one("main .key-fact")
    assert first_fact.find_previous("h2").get_text() == "Key facts"
    assert "70%" not in html.select_one("main").get_text()


@pytest.mark.parametrize("content", [copy_en, copy_es], ids=["en", "es"])
def test_every_fact_reads_as_one_full_sentence(content):
    for key, fact in content.STATISTICS.items():
        sentence = f"{fact['value']} {fact['measure']}"
        assert not sentence[0].islower() and sentence.endswith("."), key
        assert sentence.count(".") == 1, key  # one sentence


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "pain relief and tumor control"), ("es", "aliviar el dolor y controlar el tumor")],
)
def test_outcomes_are_pain_relief_and_tumor_control(client, seeded, language, words):
    program = ProgramPage.objects.get(locale__language_code=language)
    main = html_of(client, program.url).find("main").get_text(" ", strip=True)
    assert words in main
    pain = IndicationPage.objects.get(
        translation_key=translation_key("indication:pain-relief"), locale__language_code=language
    )
    assert words in html_of(client, pain.url).find("main").get_text(" ", strip=True)


def test_spanish_pages_are_free_of_the_reported_errors(client, seeded):
    """Issue 12's list: opposite meaning, an overclaim, the wrong term, fragments, scan names."""
    reported = [
        "Sin recuperación",
        "puede evitar una operación",
        "radioterapia común",
        "Visitas sin quedarse.",
        "Sin cortes ni hospital.",
        "(CT)",
        "(MRI)",
    ]
    spanish = [p for p in ProgramPage.objects.all() if p.locale.language_code == "es"]
    spanish += IndicationPage.objects.filter(locale__language_code="es")
    spanish += GuideSectionPage.objects.filter(locale__language_code="es")
    texts = {p.url: html_of(client, p.url).find("main").get_text(" ") for p in spanish}
    for url, text in texts.items():
        found = [phrase for phrase in reported if phrase.lower() in text.lower()]
        assert not found, (url, found)
    assert any("radioterapia convencional" in text for text in texts.values())
    assert any("tomografía computarizada (TC)" in text for text in texts.values())
    assert (
        Statistic.objects.get(
            locale__language_code="es", translation_key=translation_key("statistic:recovery_time")
        ).value
        == "Casi nunca"
    )


def test_spanish_buttons_are_all_usted_commands(client, seeded):
    """One voice for actions: "Envíe", "Llame", "Pida", never the infinitive."""
    form = ReferralPage.objects.get(locale__language_code="es")
    html = html_of(client, form.url)
    actions = [html.find("button", type="submit"), html.find("a", class_="skip-link")]
    actions += html.select("a.button, button.button")
    texts = [a.get_text(" ", strip=True) for a in actions if a]
    assert "Envíe la remisión" in texts and "Vaya al contenido principal" in texts
    # "Buscar" is also the search page's title (one string), where a noun-like infinitive fits.
    infinitives = [t for t in texts if re.match(r"^\w+(ar|er|ir)\b", t) and t != "Buscar"]
    assert not infinitives, infinitives


def test_spanish_referral_asks_for_the_date_of_birth_day_first_and_reads_it_so(client, seeded):
    form = ReferralPage.objects.get(locale__language_code="es")
    help_text = html_of(client, form.url).find(id="id_patient_date_of_birth_helptext")
    assert help_text.get_text(strip=True) == "Día/mes/año, por ejemplo 27/03/1958."
    fields = {
        "full_name": "Dra. Lucía Gómez",
        "practice": "Clínica Central",
        "email": "lucia@example.org",
        "patient_name": "Sam Rivera",
        "contact_time": "A cualquier hora",
        "reason": "Metástasis dolorosa en T8.",
        "consent": "on",
    }
    month_first = client.post(form.url, {**fields, "patient_date_of_birth": "03/27/1958"})
    error = BeautifulSoup(month_first.content, "html.parser").find(
        id="id_patient_date_of_birth_error"
    )
    assert "día/mes/año, por ejemplo 27/03/1958" in error.get_text()
    client.post(form.url, {**fields, "patient_date_of_birth": "27/03/1958"})
    assert Submission.objects.get().form_data["patient_date_of_birth"] == "1958-03-27"
