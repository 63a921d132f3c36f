"""The seed loader builds the whole program, every page works, and a second run changes nothing.

Its copy fits its structure: a language that lacks a word, or has one the structure
does not use, stops the load with the key named and nothing saved.
"""

import copy
import types

from django.apps import apps
from django.core.management import CommandError, call_command

from wagtail.models import Page, Site

import pytest

from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs.hospital_settings import HospitalSettings
from programs.models import IndicationPage, ProgramPage
from programs.snippets import Statistic
from seed_content import assemble, copy_en, copy_es, structure

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


def a_copy_of(module) -> types.ModuleType:
    """A language's copy to break, under the same name (the errors name the module)."""
    broken = types.ModuleType(module.__name__)
    for name in ("SETTINGS", "SOURCES", "STATISTICS", "SHARED", "PAGES"):
        setattr(broken, name, copy.deepcopy(getattr(module, name)))
    return broken


@pytest.mark.parametrize("module", [copy_en, copy_es], ids=["en", "es"])
def test_every_languages_copy_fits_the_structure(module):
    language = module.__name__.rpartition("_")[2]
    content = assemble.content(language)
    assert [page.key for page in content.pages] == [page.key for page in structure.PAGES]
    assert set(content.statistics) == set(structure.STATISTICS)


def test_a_missing_word_is_named():
    broken = a_copy_of(copy_es)
    del broken.PAGES["guide-section:advantages"]["body"]["few-visits"]
    with pytest.raises(assemble.SeedCopyError) as error:
        assemble.content("es", copy=broken)
    assert str(error.value) == (
        "copy_es: PAGES['guide-section:advantages']['body'] lacks 'few-visits', "
        "which the body of 'guide-section:advantages' needs"
    )


@pytest.mark.parametrize(
    ("where", "message"),
    [
        (lambda c: c.STATISTICS["sessions"], "copy_es: STATISTICS['sessions'] has 'note'"),
        (lambda c: c.PAGES["program"]["body"], "copy_es: PAGES['program']['body'] has 'note'"),
        (lambda c: c.SHARED["urgent-symptoms"], "copy_es: SHARED['urgent-symptoms'] has 'note'"),
    ],
)
def test_a_word_the_structure_does_not_use_is_named(where, message):
    broken = a_copy_of(copy_es)
    where(broken)["note"] = "Palabras de más."
    with pytest.raises(assemble.SeedCopyError, match="does not use") as error:
        assemble.content("es", copy=broken)
    assert str(error.value).startswith(message)


def test_a_missing_table_row_and_a_form_field_are_named():
    broken = a_copy_of(copy_es)
    del broken.PAGES["program"]["body"]["compared-table"]["rows"]["surgery"]
    with pytest.raises(assemble.SeedCopyError, match=r"\['rows'\] lacks 'surgery'"):
        assemble.content("es", copy=broken)
    broken = a_copy_of(copy_es)
    del broken.PAGES["referral"]["form_fields"]["patient_date_of_birth"]["help_text"]
    with pytest.raises(assemble.SeedCopyError, match="lacks 'help_text'.*'patient_date_of_birth'"):
        assemble.content("es", copy=broken)


def test_the_english_forms_take_their_wording_from_the_default_fields():
    """English form fields are the models' defaults: words for them in copy_en are unused."""
    broken = a_copy_of(copy_en)
    broken.PAGES["referral"]["form_fields"] = {"full_name": {"label": "Your name"}}
    with pytest.raises(assemble.SeedCopyError, match=r"PAGES\['referral'\] has 'form_fields'"):
        assemble.content("en", copy=broken)


def test_figures_are_icon_arrays_in_english_and_numbers_in_spanish():
    """The one structural difference between the languages, on purpose (structure.ICON_ARRAY)."""
    facts = {
        language: [
            value
            for block_type, value in assemble.content(language).page("program")["body"]
            if block_type == "key_fact"
        ]
        for language in ("en", "es")
    }
    assert facts["en"][0]["display"] == "icon_array"
    assert all("display" not in value for value in facts["es"])
    assert [v["statistic"] for v in facts["en"]] == [v["statistic"] for v in facts["es"]]


def test_the_command_stops_before_saving_when_a_copy_does_not_fit(monkeypatch):
    pages = copy.deepcopy(copy_es.PAGES)
    del pages["indication:boost"]["how_it_helps"]
    monkeypatch.setattr(copy_es, "PAGES", pages)
    before = row_counts()
    with pytest.raises(CommandError, match="PAGES\\['indication:boost'\\] lacks 'how_it_helps'"):
        call_command("load_program_content", languages="en,es", stdout=None)
    assert row_counts() == before
    with pytest.raises(CommandError, match="There is no seed_content/copy_fr.py"):
        call_command("load_program_content", languages="en,fr", stdout=None)
