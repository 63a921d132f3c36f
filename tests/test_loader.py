"""The seed loader builds the whole program, every page works, and a second run changes nothing."""

from django.apps import apps
from django.core.management import call_command

from wagtail.models import Page, Site

import pytest

from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs.hospital_settings import HospitalSettings
from programs.models import IndicationPage, ProgramPage
from programs.snippets import Statistic

pytestmark = pytest.mark.django_db


def row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


@pytest.fixture
def loaded():
    call_command("load_program_content", stdout=None)


def test_loader_builds_the_program_tree(loaded):
    program = ProgramPage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page.specific_class.__name__ == "HomePage"
    assert IndicationPage.objects.child_of(program).live().count() == 5
    guide = PatientGuidePage.objects.child_of(program).get()
    assert GuideSectionPage.objects.child_of(guide).live().count() >= 8
    assert Statistic.objects.count() >= 4
    assert HospitalSettings.objects.get().phone


def test_every_page_it_makes_returns_200(loaded, client):
    pages = Page.objects.filter(depth__gt=1).specific()
    assert len(pages) == 18  # 16 content pages and the two forms
    for page in pages:
        assert client.get(page.url).status_code == 200, page.url
    guide = PatientGuidePage.objects.get()
    assert client.get(guide.url + guide.reverse_subpage("whole_guide")).status_code == 200


def test_every_page_it_makes_passes_the_editors_validation(loaded):
    """What the admin checks on save: model fields, and every block's own ``clean``."""
    for page in Page.objects.filter(depth__gt=1).specific():
        page.full_clean()
        if hasattr(page, "body"):  # the form pages have none
            page.body.stream_block.clean(page.body)


def test_second_run_changes_nothing(loaded):
    before = row_counts()
    call_command("load_program_content", stdout=None)
    assert row_counts() == before


def test_editors_changes_survive_a_second_run(loaded):
    program = ProgramPage.objects.get()
    program.title = "Renamed by an editor"
    program.save_revision().publish()
    hospital = HospitalSettings.objects.get()
    hospital.phone = "800-555-0199"
    hospital.save()

    call_command("load_program_content", stdout=None)

    assert ProgramPage.objects.get().title == "Renamed by an editor"
    assert HospitalSettings.objects.get().phone == "800-555-0199"


def test_loader_builds_a_site_from_an_empty_database(transactional_db):
    """After a flush (as live-server tests leave it) there is no root, site or locale."""
    Page.objects.all().delete()
    Site.objects.all().delete()
    call_command("load_program_content", stdout=None)
    assert Site.objects.get().root_page.title
    assert ProgramPage.objects.count() == 1
