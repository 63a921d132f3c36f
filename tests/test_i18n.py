"""Spanish: the seeded tree, URLs under /es/, switcher, hreflang, sitemap, interface strings,
review and workflow for each Spanish page, the out-of-date flag, and search in Spanish."""

import re
from xml.etree import ElementTree

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page

import pytest
from bs4 import BeautifulSoup

from medical_review.governance import EDITORS, MEDICAL_REVIEWERS
from medical_review.translations import stale_translations
from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs.models import HomePage, IndicationPage, ProgramPage
from programs.snippets import Statistic
from seed_content.management.commands.load_program_content import translation_key
from tests.conftest import sign_in
from tests.factories import ClinicianFactory

pytestmark = pytest.mark.django_db
SEED_LANGUAGES = "en,es"


def es(model, key):
    return model.objects.get(translation_key=translation_key(key), locale__language_code="es")


def en(model, key):
    return model.objects.get(translation_key=translation_key(key), locale__language_code="en")


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_loader_builds_the_spanish_tree_as_translations(seeded):
    program = es(ProgramPage, "program")
    assert program.url == "/es/radiocirugia-de-columna/"
    assert program.get_parent().specific == es(HomePage, "home")
    assert IndicationPage.objects.child_of(program).live().count() == 5
    guide = PatientGuidePage.objects.child_of(program).get()
    assert GuideSectionPage.objects.child_of(guide).live().count() == 8
    assert Statistic.objects.filter(locale__language_code="es").count() == 7
    # Each Spanish page is the translation of its English original.
    for page in Page.objects.filter(locale__language_code="es"):
        assert page.get_translation(Locale.objects.get(language_code="en")).live
    # Key facts point at the Spanish statistics, links at the Spanish indications.
    section = es(GuideSectionPage, "guide-section:who-it-can-help")
    linked = [b.value["page"] for b in section.body if b.block_type == "indication_link"]
    assert linked and all(p.locale.language_code == "es" for p in linked)
    facts = [b.value["statistic"] for b in program.body if b.block_type == "key_fact"]
    assert facts and all(s.locale.language_code == "es" for s in facts)


def test_loader_is_idempotent_with_spanish(seeded):
    before = Page.objects.count(), Statistic.objects.count()
    call_command("load_program_content", languages="en,es", stdout=None)
    assert (Page.objects.count(), Statistic.objects.count()) == before


def test_every_spanish_page_is_spanish_and_passes_validation(seeded, client):
    pages = Page.objects.filter(locale__language_code="es").specific()
    assert len(pages) == 18  # 16 content pages and the two forms
    for page in pages:
        page.full_clean()
        if hasattr(page, "body"):  # the form pages have none
            page.body.stream_block.clean(page.body)
        html = html_of(client, page.url)
        assert html.html["lang"] == "es", page.url
        assert html.find(attrs={"data-language-assistance": True})


def test_every_spanish_clinical_page_has_its_own_review_and_the_workflow(seeded):
    for model in (ProgramPage, IndicationPage, PatientGuidePage, GuideSectionPage):
        for page in model.objects.filter(locale__language_code="es"):
            assert page.get_workflow().name == "Medical review", page
            assert hasattr(page, "last_reviewed") and page.last_reviewed is None


def test_spanish_pages_beyond_the_source_are_flagged_like_the_english(seeded):
    for model in (ProgramPage, GuideSectionPage):
        for spanish in model.objects.filter(locale__language_code="es"):
            english = model.objects.get(
                translation_key=spanish.translation_key, locale__language_code="en"
            )
            assert spanish.needs_medical_review == english.needs_medical_review, spanish.slug
    assert (
        GuideSectionPage.objects.filter(
            locale__language_code="es", needs_medical_review=True
        ).count()
        == 5
    )


def test_switcher_goes_to_the_same_page_in_the_other_language(seeded, client):
    english, spanish = (
        en(IndicationPage, "indication:boost"),
        es(IndicationPage, "indication:boost"),
    )
    link = html_of(client, english.url).select_one(".language-switcher a[hreflang=es]")
    assert link["href"] == spanish.url and link["lang"] == "es"
    link = html_of(client, spanish.url).select_one(".language-switcher a[hreflang=en]")
    assert link["href"] == english.url


def test_switcher_falls_back_to_the_home_page_when_there_is_no_translation(seeded, client):
    from tests.factories import IndicationPageFactory

    english_only = IndicationPageFactory(parent=en(ProgramPage, "program"), title="New use")
    link = html_of(client, english_only.url).select_one(".language-switcher a[hreflang=es]")
    assert link["href"] == "/es/" and link["data-fallback"] == "home"


def test_switcher_on_search_keeps_the_query(seeded, client):
    html = html_of(client, "/search/" + "?q=dolor")
    assert html.select_one(".language-switcher a[hreflang=es]")["href"] == "/es/search/?q=dolor"


def test_hreflang_alternates_on_both_versions(seeded, client):
    english, spanish = en(ProgramPage, "program"), es(ProgramPage, "program")
    for page in (english, spanish):
        links = html_of(client, page.url).find_all("link", rel="alternate")
        alternates = {link["hreflang"]: link["href"] for link in links}
        assert alternates == {
            "en": english.get_full_url(),
            "es": spanish.get_full_url(),
            "x-default": english.get_full_url(),
        }


def test_sitemap_lists_both_languages_with_alternates(seeded, client):
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (our own)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {url.find("s:loc", ns).text: url for url in root.findall("s:url", ns)}
    assert set(urls) == {p.get_full_url() for p in Page.objects.live().filter(depth__gt=1)}
    spanish = es(IndicationPage, "indication:salvage")
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in urls[spanish.get_full_url()].findall("x:link", ns)
    }
    assert alternates == {
        "en": en(IndicationPage, "indication:salvage").get_full_url(),
        "es": spanish.get_full_url(),
    }


def test_language_assistance_notice_in_both_languages_with_the_phone(seeded, client):
    for url in ("/", "/es/", "/search/"):
        notice = html_of(client, url).find(attrs={"data-language-assistance": True})
        assert notice.find(attrs={"lang": "en"}) and notice.find(attrs={"lang": "es"})
        assert notice.find("a", href="tel:800-555-0142") or "800-555-0142" in notice.text


def test_interface_strings_are_translated(seeded, client):
    html = html_of(client, es(ProgramPage, "program").url)
    assert html.find("a", class_="skip-link").text == "Vaya al contenido principal"
    assert html.find(id="footer-contact").text == "Contáctenos"
    with translation.override("es"):
        assert translation.gettext("Search this site") == "Buscar en este sitio"


# The out-of-date flag -------------------------------------------------------------------


def approve(client, page, editor, reviewer):
    """Submit ``page``'s latest revision and have a medical reviewer approve it (publishes)."""
    page.save_revision(user=editor)
    workflow = page.get_workflow()
    workflow.start(page, editor)
    state = page.current_workflow_task_state
    sign_in(client, reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
    assert client.post(url).status_code == 302


@pytest.fixture
def people(django_user_model):
    editor = django_user_model.objects.create_user("ed", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    reviewer = django_user_model.objects.create_user("rev", password="x")
    reviewer.groups.add(Group.objects.get(name=MEDICAL_REVIEWERS))
    ClinicianFactory(name="Rita Ejemplo", credentials="MD", user=reviewer)
    return editor, reviewer


def test_out_of_date_flag_appears_and_clears(seeded, client, people):
    editor, reviewer = people
    english = en(IndicationPage, "indication:pain-relief")
    spanish = es(IndicationPage, "indication:pain-relief")
    assert not html_of(client, spanish.url).find(attrs={"data-translation-out-of-date": True})
    assert stale_translations() == []

    # A reviewer approves a change to the English page: the Spanish one is now older.
    english.summary = "A changed English summary."
    approve(client, english, editor, reviewer)
    client.logout()

    note = html_of(client, spanish.url).find(attrs={"data-translation-out-of-date": True})
    assert note and note.find("a", href=english.url)
    assert not html_of(client, english.url).find(attrs={"data-translation-out-of-date": True})
    assert [item.page.pk for item in stale_translations()] == [spanish.pk]

    sign_in(client, editor)
    edit = html_of(client, reverse("wagtailadmin_pages:edit", args=[spanish.pk]))
    assert edit.find(attrs={"data-translation-out-of-date": True})
    report = html_of(client, "/admin/reports/reviews-due/")
    row = report.select_one("#stale-translations tr[data-translation-out-of-date]")
    assert row and spanish.title in row.text

    # The Spanish page is updated and approved: the flag clears everywhere.
    spanish = es(IndicationPage, "indication:pain-relief")
    spanish.summary = "Un resumen en español, revisado."
    approve(client, spanish, editor, reviewer)
    client.logout()
    assert not html_of(client, spanish.url).find(attrs={"data-translation-out-of-date": True})
    assert stale_translations() == []
    sign_in(client, editor)
    edit = html_of(client, reverse("wagtailadmin_pages:edit", args=[spanish.pk]))
    assert not edit.find(attrs={"data-translation-out-of-date": True})
    assert not html_of(client, "/admin/reports/reviews-due/").select_one("#stale-translations")


def test_a_draft_english_change_does_not_flag_the_translation(seeded, client):
    english = en(IndicationPage, "indication:boost")
    english.summary = "Not yet approved."
    english.save_revision()  # submitted or not, it is not live until approved
    assert stale_translations() == []


def test_publishing_english_purges_the_spanish_page_from_the_cache(seeded):
    from page_cache.purge import affected_by_page

    english = en(IndicationPage, "indication:boost")
    assert es(IndicationPage, "indication:boost").get_full_url() in affected_by_page(english)


# Search -----------------------------------------------------------------------------------


def search_titles(client, url, q):
    response = client.get(url, {"q": q})
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in html.select("ol.search-results .search-result__title a")]


def test_spanish_search_finds_spanish_pages_only(seeded, client):
    titles = search_titles(client, "/es/search/", "máscara")
    assert "Cómo prepararse y el día del tratamiento" in titles
    spanish_titles = set(Page.objects.filter(locale__language_code="es").values_list("title"))
    assert all((t,) in spanish_titles for t in titles)
    assert search_titles(client, "/search/", "máscara") == []  # English search


def test_spanish_search_page_is_in_spanish(seeded, client):
    html = html_of(client, "/es/search/?q=zzzzqqq")
    assert html.html["lang"] == "es"
    assert html.find("h2", string="No encontramos nada con esas palabras")


def test_spanish_search_stems_on_postgresql_and_matches_whole_words_elsewhere(seeded, client):
    """'medicina' (singular) is never written, 'medicinas' is.

    PostgreSQL's Spanish text search config stems one to the other; SQLite's
    full-text search has no Spanish stemmer, so there only the written word matches
    (the documented limit of the embedded default).
    """
    assert search_titles(client, "/es/search/", "medicinas")
    stemmed = search_titles(client, "/es/search/", "medicina")
    if connection.vendor == "postgresql":
        assert stemmed
        assert search_titles(client, "/es/search/", "preparen")  # "prepararse", "preparada"
    else:
        assert stemmed == []


def test_editors_translate_a_page_with_simple_translation(seeded, client):
    """Wagtail's simple_translation works on Wagtail 8: a copy in Spanish, as a draft to rewrite."""
    from tests.factories import IndicationPageFactory

    editor = Group.objects.get(name=EDITORS).user_set.create(username="tr-editor")
    sign_in(client, editor)
    english = IndicationPageFactory(parent=en(ProgramPage, "program"), title="New use")
    url = reverse("simple_translation:submit_page_translation", args=[english.pk])
    spanish_locale = Locale.objects.get(language_code="es")
    response = client.post(url, {"locales": [spanish_locale.pk]})
    assert response.status_code == 302
    copy = IndicationPage.objects.get(
        translation_key=english.translation_key, locale=spanish_locale
    )
    assert copy.get_parent().pk == es(ProgramPage, "program").pk
    assert not copy.live  # a draft: it goes live only through medical review
    assert copy.get_workflow().name == "Medical review"


def test_a_translation_is_measured_on_its_own_languages_formula(seeded, client):
    """Flesch-Kincaid is for English: the Spanish page gets Fernández-Huerta instead."""
    editor = Group.objects.get(name=EDITORS).user_set.create(username="grade-editor")
    sign_in(client, editor)
    shown = {}
    for page in (es(IndicationPage, "indication:boost"), en(IndicationPage, "indication:boost")):
        html = html_of(client, reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert not html.find(attrs={"data-reading-level-not-measured": True})
        level = html.find(attrs={"data-reading-level": True})
        shown[level["data-reading-language"]] = level.get_text(" ", strip=True)
    assert shown["es"].startswith("Reading level: Fernández-Huerta")
    assert shown["en"].startswith("Reading level: US grade")


def test_spanish_forms_ask_in_spanish_and_are_linked_from_the_program(seeded, client):
    from appointments.models import AppointmentRequestPage

    form = AppointmentRequestPage.objects.get(locale__language_code="es")
    assert form.translation_key == translation_key("appointment-request")
    html = html_of(client, form.url)
    assert html.find("label", string=re.compile("Su nombre completo"))
    program = html_of(client, es(ProgramPage, "program").url)
    assert program.find("a", href=form.url)
    clean_names = {f.clean_name for f in form.form_fields.all()}
    english = AppointmentRequestPage.objects.get(locale__language_code="en")
    assert clean_names == {f.clean_name for f in english.form_fields.all()}


def test_disclaimers_are_in_spanish_on_spanish_pages(seeded, client):
    from programs.hospital_settings import HospitalSettings

    spanish = html_of(client, es(IndicationPage, "indication:boost").url)
    note = spanish.find(class_="care-team-note")
    assert note["lang"] == "es" and note.text.startswith("Esta página da información general")
    assert spanish.find(id="footer-disclaimer").find_next("p")["lang"] == "es"
    english = html_of(client, en(IndicationPage, "indication:boost").url)
    assert english.find(class_="care-team-note")["lang"] == "en"

    # Left empty by an editor: the English shows, marked as English for screen readers.
    HospitalSettings.objects.update(medical_disclaimer_es="")
    spanish = html_of(client, es(IndicationPage, "indication:boost").url)
    assert spanish.find(class_="care-team-note")["lang"] == "en"


def test_a_spanish_form_explains_its_errors_in_spanish_and_sends(seeded, client):
    from appointments.models import AppointmentRequestPage, Submission

    form = AppointmentRequestPage.objects.get(locale__language_code="es")
    response = client.post(form.url, {"full_name": "", "email": "no-es-correo", "consent": ""})
    html = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200 and not Submission.objects.exists()
    summary = html.find(class_="error-summary")
    assert "Revise" in summary.get_text()
    assert "Llene este campo." in html.get_text()
    assert "Escriba un correo electrónico con el formato correcto" in html.get_text()

    response = client.post(
        form.url,
        {
            "full_name": "Ana Pérez",
            "phone": "800-555-0100",
            "email": "",
            "contact_time": "A cualquier hora",
            "reason": "Dolor de espalda por un tumor en la columna.",
            "consent": "on",
        },
    )
    assert response.status_code == 200
    assert "Gracias. Recibimos su solicitud." in response.content.decode()
    assert Submission.objects.get().page_id == form.pk


def test_review_dates_read_naturally_in_spanish(seeded, client):
    import datetime

    spanish = es(IndicationPage, "indication:boost")
    spanish.reviewed_by = ClinicianFactory(name="Rita Ejemplo", credentials="MD")
    spanish.last_reviewed = datetime.date(2026, 3, 4)
    spanish.save_revision().publish()
    line = html_of(client, spanish.url).find(class_="review-dates").get_text(" ", strip=True)
    assert "Última revisión: 4 de marzo de 2026, por Rita Ejemplo, MD." in line
    assert "Próxima revisión: 4 de marzo de 2027." in line
