"""Where "Request an appointment" leads: the site's own form, in the page's language, of the
program the page belongs to; and the appointment section on home and at a guide section's end."""

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from appointments.models import AppointmentRequestPage
from patient_guide.models import GuideSectionPage
from programs.models import HomePage, IndicationPage, ProgramPage
from tests.factories import IndicationPageFactory, ProgramPageFactory

pytestmark = pytest.mark.django_db
SEED_LANGUAGES = "en,es"


def html_of(client, url: str, status: int = 200) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


def header_link(html: BeautifulSoup) -> str:
    return html.find("header", class_="site-header").find("a", class_="header-appointment")["href"]


def form_url(language: str) -> str:
    return AppointmentRequestPage.objects.get(locale__language_code=language).url


def test_every_page_links_to_the_form_in_its_own_language(seeded, client):
    for language, prefix in (("en", ""), ("es", "/es")):
        pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1)
        urls = [page.url for page in pages] + [f"{prefix}/search/?q=pain"]
        for url in urls:
            assert header_link(html_of(client, url)) == form_url(language), url
        assert header_link(html_of(client, f"{prefix}/no-such-page/", 404)) == form_url(language)


def test_the_form_page_marks_its_own_header_link_as_current(seeded, client):
    html = html_of(client, form_url("es"))
    assert html.find("a", class_="header-appointment")["aria-current"] == "page"


@pytest.mark.parametrize("model", [HomePage, GuideSectionPage])
def test_home_and_guide_sections_end_with_an_appointment_section(seeded, client, model):
    for language in ("en", "es"):
        page = model.objects.filter(locale__language_code=language).first()
        section = html_of(client, page.url).find("section", id="appointment")
        assert section.find("a", href=form_url(language)), (model, language)
        assert section.find("a", href=lambda href: href and href.startswith("tel:"))


def test_a_second_programs_pages_link_to_that_programs_form(seeded, client):
    home = HomePage.objects.get(locale__language_code="en")
    first_form = AppointmentRequestPage.objects.get(locale__language_code="en")
    second = ProgramPageFactory(parent=home, title="Brain Radiosurgery Program", slug="brain")
    second_form = first_form.copy(to=second, update_attrs={"slug": "request"})
    indication = IndicationPageFactory(parent=second, slug="tumors")
    assert header_link(html_of(client, second.url)) == second_form.url
    assert header_link(html_of(client, indication.url)) == second_form.url
    first_indication = IndicationPage.objects.filter(locale__language_code="en").first()
    assert header_link(html_of(client, first_indication.url)) == first_form.url
    assert header_link(html_of(client, home.url)) == first_form.url  # the first, in tree order
    assert ProgramPage.objects.filter(locale__language_code="en").count() == 2
