"""What patients see outside the reviewed pages: settings, clinicians, references, locations.

Driven through the admin's own views. A change made by an editor stays a draft until a
medical reviewer (clinicians, references) or a site manager (locations) makes it live.
"""

import datetime

from django.core.cache import cache
from django.urls import reverse

from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import querydict_from_html

import pytest
from bs4 import BeautifulSoup

from medical_review.governance import EDITORS, INTAKE, MEDICAL_REVIEWERS, SITE_MANAGERS
from programs.hospital_settings import HospitalSettings
from programs.settings_history import SETTINGS_CHANGED
from programs.snippets import Clinician
from tests.conftest import sign_in
from tests.factories import ClinicianFactory, LocationFactory, ReferenceFactory

pytestmark = pytest.mark.django_db
REVIEWED = datetime.date(2026, 3, 4)


def html_of(client, url) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text_of(client, url, element_id: str) -> str:
    """The words of one part of a public page, or "" when the page does not show it."""
    element = html_of(client, url).find(id=element_id)
    return " ".join(element.get_text(" ", strip=True).split()) if element else ""


def post_snippet_form(client, snippet, action: str | None = None, **changes):
    """Post a snippet's edit form as the admin shows it to the user, pressing ``action``
    (by default the main button: "Save draft")."""
    url = reverse(f"wagtailsnippets_programs_{snippet._meta.model_name}:edit", args=[snippet.pk])
    form = querydict_from_html(client.get(url).content.decode(), form_id="w-editor-form")
    for field, value in {**changes, **({action: action} if action else {})}.items():
        form[field] = value
    response = client.post(url, form)
    assert response.status_code == 302
    return response


def settings_url(site) -> str:
    return reverse("wagtailsettings:edit", args=["programs", "hospitalsettings", site.pk])


def approve(client, snippet):
    state = snippet.current_workflow_task_state
    url = reverse(
        f"wagtailsnippets_programs_{snippet._meta.model_name}:workflow_action",
        args=[snippet.pk, "approve", state.pk],
    )
    assert client.post(url).status_code == 302


def test_location_change_goes_live_only_when_a_site_manager_publishes(client, program_tree, member):
    program = program_tree.program
    location = LocationFactory(name="Building A")
    program.locations.add(location)
    program.save_revision().publish()

    sign_in(client, member(EDITORS))
    post_snippet_form(client, location, "action-publish", name="Building B")
    location.refresh_from_db()
    assert location.name == "Building A"
    assert "Building B" not in text_of(client, program.url, "locations")

    sign_in(client, member(SITE_MANAGERS))
    post_snippet_form(client, location, "action-publish")  # the form shows the editor's draft
    assert "Building B" in text_of(client, program.url, "locations")


def test_clinicians_new_credentials_show_in_the_review_line_only_once_approved(
    client, program_tree, member
):
    page = program_tree.indications[0]
    clinician = ClinicianFactory(name="Sam Example", credentials="MD")
    page.reviewed_by, page.last_reviewed = clinician, REVIEWED
    page.save_revision().publish()

    sign_in(client, member(EDITORS))
    post_snippet_form(client, clinician, "action-submit", credentials="MD, PhD")
    client.logout()
    assert "by Sam Example, MD." in html_of(client, page.url).find(class_="review-dates").text

    sign_in(client, member(MEDICAL_REVIEWERS))
    approve(client, Clinician.objects.get(pk=clinician.pk))
    client.logout()
    assert "by Sam Example, MD, PhD." in html_of(client, page.url).find(class_="review-dates").text


def test_reference_an_editor_adds_is_listed_only_once_approved(client, program_tree, member):
    page = program_tree.indications[0]
    sign_in(client, member(EDITORS))
    response = client.post(
        reverse("wagtailsnippets_programs_reference:add"),
        {"citation": "Example S. Radiosurgery of the spine. 2026.", "url": "", "action-submit": 1},
    )
    assert response.status_code == 302
    reference = page.references.model.objects.get(citation__startswith="Example S.")
    assert not reference.live
    page.references.add(reference)
    page.save_revision().publish()
    client.logout()
    assert html_of(client, page.url).find(class_="sources") is None

    sign_in(client, member(MEDICAL_REVIEWERS))
    approve(client, reference)
    client.logout()
    assert "Example S." in html_of(client, page.url).find(class_="sources").text


def test_never_approved_snippets_stay_off_every_page(client, program_tree):
    """A snippet's row holds its first draft until approved: no page may show it."""
    program = program_tree.program
    draft_clinician = ClinicianFactory(name="Draft Doctor", credentials="MD", live=False)
    program.clinicians.add(draft_clinician, ClinicianFactory(name="Live Doctor"))
    program.locations.add(LocationFactory(name="Draft Building", live=False))
    program.references.add(ReferenceFactory(citation="Draft citation", live=False))
    section = program_tree.sections[0]
    for page in (program, section):
        page.reviewed_by, page.last_reviewed = draft_clinician, REVIEWED
        page.save_revision().publish()

    response = client.get(program.url)
    html = BeautifulSoup(response.content, "html.parser")
    assert "Live Doctor" in html.find(id="care-team").text
    for text in (b"Draft Doctor", b"Draft Building", b"Draft citation"):
        assert text not in response.content  # nor in the JSON-LD's reviewedBy
    assert html.find(class_="review-dates")  # the date shows, without the unapproved name
    whole_guide = client.get(program_tree.guide.url + "all/")
    assert b"Last reviewed: March 4, 2026." in whole_guide.content
    assert b"Draft Doctor" not in whole_guide.content


def test_site_manager_changes_settings_and_history_shows_before_and_after(
    client, program_tree, member
):
    settings = HospitalSettings.for_site(program_tree.site)
    settings.phone = "800-555-0142"
    settings.save()
    manager = member(SITE_MANAGERS)
    sign_in(client, manager)
    url = settings_url(program_tree.site)
    form = querydict_from_html(client.get(url).content.decode(), form_id="w-editor-form")
    form["phone"] = "800-555-0199"
    assert client.post(url, form).status_code == 302

    entry = ModelLogEntry.objects.get(action=SETTINGS_CHANGED)
    assert entry.user == manager
    assert entry.data["changes"] == [
        {"field": "phone", "label": "Phone", "before": "800-555-0142", "after": "800-555-0199"}
    ]
    history = html_of(client, reverse("wagtailadmin_reports:site_history")).text
    assert "Phone: 800-555-0142 → 800-555-0199" in history
    assert "800-555-0199" in html_of(client, program_tree.program.url).text


@pytest.mark.parametrize("group", [EDITORS, MEDICAL_REVIEWERS, INTAKE])
def test_only_site_managers_may_open_or_post_the_settings(client, program_tree, member, group):
    """Wagtail refuses as it does across the admin: back to the dashboard, nothing saved."""
    sign_in(client, member(group))
    url = settings_url(program_tree.site)
    for response in (client.get(url), client.post(url, {"phone": "800-555-0000"})):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    assert HospitalSettings.for_site(program_tree.site).phone != "800-555-0000"


def test_drafts_leave_the_page_cache_alone_and_publishing_purges_it(
    client, program_tree, member, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    program = program_tree.program
    location = LocationFactory(name="Building A")
    program.locations.add(location)
    program.save_revision().publish()
    client.get(program.url)
    assert client.get(program.url)["X-Page-Cache"] == "hit"

    sign_in(client, member(EDITORS))
    with django_capture_on_commit_callbacks(execute=True):
        post_snippet_form(client, location, name="Building B")
    client.logout()
    assert client.get(program.url)["X-Page-Cache"] == "hit"

    sign_in(client, member(SITE_MANAGERS))
    with django_capture_on_commit_callbacks(execute=True):
        post_snippet_form(client, location, "action-publish")
    client.logout()
    response = client.get(program.url)
    assert response["X-Page-Cache"] == "miss"
    assert b"Building B" in response.content
    cache.clear()
