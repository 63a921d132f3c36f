"""What search engines and link previews read: sitemap, robots, canonical, Open Graph, JSON-LD."""

import datetime
import json

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree

from patient_guide.models import PatientGuidePage
from programs.hospital_settings import HospitalSettings
from programs.models import IndicationPage, ProgramPage
from tests.factories import ClinicianFactory

pytestmark = pytest.mark.django_db


def html_of(client, url) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def graph(html) -> dict[str, dict]:
    """The page's JSON-LD @graph, keyed by @type (the first type when there are several)."""
    scripts = html.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    document = json.loads(scripts[0].string)
    assert document["@context"] == "https://schema.org"
    return {
        (item["@type"][0] if isinstance(item["@type"], list) else item["@type"]): item
        for item in document["@graph"]
    }


def test_sitemap_lists_every_live_page(client, seeded):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {loc.text for loc in root.findall("s:url/s:loc", namespace)}
    expected = {p.get_full_url() for p in Page.objects.live().filter(depth__gt=1)}
    assert locations == expected


def test_robots_keeps_crawlers_out_of_admin_and_search(client, seeded):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text and "Disallow: /search/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_canonical_and_social_tags(client, seeded):
    page = IndicationPage.objects.get(slug="pain-relief")
    html = html_of(client, page.url)
    canonical = html.find("link", rel="canonical")["href"]
    assert canonical == page.get_full_url()
    assert html.find("meta", property="og:url")["content"] == canonical
    assert html.find("meta", property="og:title")["content"] == page.title
    assert html.find("meta", attrs={"name": "description"})["content"] == page.summary
    assert html.find("meta", property="og:site_name")["content"] == (
        HospitalSettings.objects.get().hospital_name
    )
    assert html.find("meta", attrs={"name": "twitter:card"})["content"] == "summary"


def test_meta_description_prefers_the_promote_field(client, seeded):
    page = IndicationPage.objects.get(slug="pain-relief")
    page.search_description = "Written for search results."
    page.save_revision().publish()
    html = html_of(client, page.url)
    assert html.find("meta", attrs={"name": "description"})["content"] == (
        "Written for search results."
    )


def test_whole_guide_is_its_own_canonical_page(client, seeded):
    guide = PatientGuidePage.objects.get()
    html = html_of(client, guide.url + "all/")
    assert html.find("link", rel="canonical")["href"] == guide.get_full_url() + "all/"


def test_every_page_is_a_medical_web_page_for_patients_from_the_hospital(client, seeded):
    hospital = HospitalSettings.objects.get()
    for page in Page.objects.live().filter(depth__gt=1).specific():
        items = graph(html_of(client, page.url))
        web_page = items["MedicalWebPage"]
        assert web_page["url"] == page.get_full_url()
        assert web_page["medicalAudience"]["audienceType"] == "Patient"
        assert web_page["inLanguage"] == "en"
        assert items["Hospital"]["name"] == hospital.hospital_name
        assert items["Hospital"]["telephone"] == hospital.phone
        assert "MedicalOrganization" in items["Hospital"]["@type"]
        if page.depth > 2:
            crumbs = items["BreadcrumbList"]["itemListElement"]
            assert [c["position"] for c in crumbs] == list(range(1, len(crumbs) + 1))
            assert crumbs[-1]["item"] == page.get_full_url()


def test_program_is_a_non_invasive_procedure_on_the_spine(client, seeded):
    program = ProgramPage.objects.get()
    procedure = graph(html_of(client, program.url))["MedicalWebPage"]["about"]
    assert procedure["@type"] == "MedicalProcedure"
    assert procedure["procedureType"] == "https://schema.org/NoninvasiveProcedure"
    assert procedure["bodyLocation"] == "Spine"
    assert procedure["howPerformed"] == program.how_performed
    assert procedure["followup"] == program.follow_up


def test_each_indication_is_a_medical_condition_treated_by_the_program(client, seeded):
    for indication in IndicationPage.objects.all():
        condition = graph(html_of(client, indication.url))["MedicalWebPage"]["about"]
        assert condition["@type"] == "MedicalCondition"
        assert condition["name"] == indication.condition_name
        assert condition["possibleTreatment"]["name"] == ProgramPage.objects.get().title


def test_review_fields_appear_once_a_clinician_has_reviewed(client, seeded):
    page = IndicationPage.objects.get(slug="radiation-boost")
    assert "lastReviewed" not in graph(html_of(client, page.url))["MedicalWebPage"]
    page.last_reviewed = datetime.date(2026, 10, 1)
    page.reviewed_by = ClinicianFactory(name="Ada Example", credentials="MD")
    page.save_revision().publish()
    web_page = graph(html_of(client, page.url))["MedicalWebPage"]
    assert web_page["lastReviewed"] == "2026-10-01"
    assert web_page["reviewedBy"] == {
        "@type": "Person",
        "name": "Ada Example",
        "honorificSuffix": "MD",
    }


def test_json_ld_cannot_be_broken_out_of_by_page_text(client, seeded):
    page = IndicationPage.objects.get(slug="pain-relief")
    page.summary = "</script><script>alert(1)</script>"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "</script><script>alert(1)" not in html
    items = graph(BeautifulSoup(html, "html.parser"))
    assert items["MedicalWebPage"]["description"] == "</script><script>alert(1)</script>"


def test_editors_redirects_keep_old_addresses_working(client, seeded):
    page = IndicationPage.objects.get(slug="pain-relief")
    Redirect.objects.create(old_path="/pain", redirect_page=page)
    response = client.get("/pain")
    assert response.status_code == 301
    assert response["Location"].endswith(page.url)


def test_favicon_is_found(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("images/favicon.svg")
