"""What patients see on each page type, checked in the HTML the seed content renders to."""

import json

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from appointments.models import AppointmentRequestPage, ReferralPage
from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs.blocks import BodyBlock
from programs.hospital_settings import HospitalSettings
from programs.models import HomePage, IndicationPage, ProgramPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(seeded):
    return HospitalSettings.objects.get()


def soup(client, url) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def all_urls():
    guide = PatientGuidePage.objects.get()
    pages = [
        HomePage.objects.get(),
        ProgramPage.objects.get(),
        IndicationPage.objects.first(),
        guide,
        GuideSectionPage.objects.first(),
    ]
    return [page.url for page in pages] + [guide.url + "all/"]


def test_every_page_has_the_shared_frame(client, site):
    for url in all_urls():
        html = soup(client, url)
        assert html.html["lang"] == "en"
        assert len(html.find_all("h1")) == 1, url
        skip = html.find("a", class_="skip-link")
        assert skip["href"] == "#main" and html.find("main", id="main")
        assert html.find("header") and html.find("footer") and html.find("nav")
        header = html.find("header", class_="site-header").get_text()
        assert site.hospital_name in header and site.centre_name in header
        footer = html.find("footer")
        assert site.disclaimer in footer.get_text()
        assert footer.find("a", href=site.policy_url)
        assert footer.find("a", href=site.phone_href)


def test_names_and_numbers_come_from_settings_not_templates(client, site):
    site.hospital_name = "Lakeside Teaching Hospital"
    site.phone = "(800) 555-0177"
    site.save()
    html = soup(client, ProgramPage.objects.get().url)
    assert "Lakeside Teaching Hospital" in html.find("header").get_text()
    assert html.find("a", href="tel:8005550177")


def test_program_page_tells_the_whole_story(client, site):
    program = ProgramPage.objects.get()
    html = soup(client, program.url)
    assert html.find("h1").get_text() == program.title
    figures = html.find_all("figure", class_="key-fact")
    assert len(figures) >= 4
    assert all("Source:" in figure.get_text() for figure in figures)
    table = html.find("table", class_="comparison__table")
    options = [th.get_text() for th in table.select("tbody th")]
    assert len(options) == 5 and any("adiosurgery" in o for o in options)
    indication_links = {a["href"] for a in html.select("#indications a")}
    assert indication_links == {page.url for page in IndicationPage.objects.all()}
    appointment = html.find(id="appointment")
    assert appointment.find("a", href=site.phone_href)
    # The program's own request form replaces the settings link; clinicians get the referral form.
    assert appointment.find("a", href=AppointmentRequestPage.objects.get().url)
    assert appointment.find("a", href=ReferralPage.objects.get().url)
    assert html.find("a", href=PatientGuidePage.objects.get().url)
    assert html.find("p", class_="care-team-note")


def test_clinicians_and_locations_appear_only_once_editors_add_them(client, site):
    program = ProgramPage.objects.get()
    assert soup(client, program.url).find(id="care-team") is None
    from tests.factories import ClinicianFactory, LocationFactory

    program.clinicians.add(ClinicianFactory(name="Dr Ada Example", credentials="MD"))
    program.locations.add(LocationFactory(name="Radiation Oncology, Building B"))
    program.save_revision().publish()
    html = soup(client, program.url)
    assert "Dr Ada Example, MD" in html.find(id="care-team").get_text()
    assert "Building B" in html.find(id="locations").get_text()


def test_indications_link_to_each_other_and_to_their_program(client, site):
    indication = IndicationPage.objects.first()
    html = soup(client, indication.url)
    related = {a["href"] for a in html.select(".related a")}
    others = {p.url for p in IndicationPage.objects.exclude(pk=indication.pk)}
    assert others | {ProgramPage.objects.get().url} == related


def test_guide_lists_its_sections_in_tree_order(client, site):
    guide = PatientGuidePage.objects.get()
    html = soup(client, guide.url)
    listed = [a.get_text() for a in html.select(".guide-contents a")]
    assert listed == [s.title for s in GuideSectionPage.objects.child_of(guide).order_by("path")]
    assert html.find("a", href=guide.url + "all/")


def test_sections_link_to_previous_and_next(client, site):
    sections = list(GuideSectionPage.objects.order_by("path"))
    first, second, last = soup(client, sections[0].url), soup(client, sections[1].url), None
    assert first.find("a", rel="prev") is None
    assert first.find("a", rel="next")["href"] == sections[1].url
    assert second.find("a", rel="prev")["href"] == sections[0].url
    assert "Section 2 of 8" in second.find(class_="page-intro__eyebrow").get_text()
    assert (
        second.select_one('.guide-contents a[aria-current="page"]').get_text() == sections[1].title
    )
    last = soup(client, sections[-1].url)
    assert last.find("a", rel="next") is None


def test_whole_guide_shows_every_section_with_nested_headings(client, site):
    guide = PatientGuidePage.objects.get()
    html = soup(client, guide.url + "all/")
    section_titles = [h.get_text() for h in html.select(".whole-guide__section > h2")]
    titles = [s.title for s in GuideSectionPage.objects.order_by("path")]
    assert section_titles == [f"{n}. {t}" for n, t in enumerate(titles, start=1)]
    # A section's own section headings sit one level below its title.
    assert not html.select(".whole-guide__section h2.body-heading")
    assert html.select(".whole-guide__section h3.body-heading")
    ids = [tag["id"] for tag in html.select("[id]")]
    assert len(ids) == len(set(ids))


def test_unknown_page_is_a_404(client, site):
    assert client.get("/no-such-page/").status_code == 404
    assert client.get(PatientGuidePage.objects.get().url + "no-such-route/").status_code == 404


def test_every_block_has_a_working_preview(admin_client):
    for name, block in BodyBlock().child_blocks.items():
        assert block.is_previewable, name
        url = reverse("wagtailadmin_block_preview") + f"?id={block.definition_prefix}"
        response = admin_client.get(url)
        assert response.status_code == 200, name
        assert b"css/site.css" in response.content, name


def test_not_found_page_is_branded_and_helpful(client, site):
    response = client.get("/no-such-page/")
    html = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 404
    assert site.hospital_name in html.find("header").get_text()
    assert html.find("a", href=site.phone_href)
    assert len(html.find_all("h1")) == 1


def test_editors_accessibility_checker_runs_the_wcag_rule_set(admin_client, site):
    from programs.accessibility import WCAG_AA_TAGS

    html = BeautifulSoup(admin_client.get(ProgramPage.objects.get().url).content, "html.parser")
    config = json.loads(html.find(id="checker-axe-configuration").string)
    assert config["options"]["runOnly"] == WCAG_AA_TAGS


def test_server_error_page_is_branded_and_offers_search_and_phone(client, site, settings):
    from django.test import RequestFactory

    from radiosurgery_site.views import server_error

    response = server_error(RequestFactory().get("/"))
    html = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 500
    assert html.find("form", role="search")["action"] == "/search/"
    assert html.find("a", href=site.phone_href)
    assert site.hospital_name in html.find("header").get_text()
