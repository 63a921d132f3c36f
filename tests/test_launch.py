"""The launch gate: the example site says so, and nothing unreviewed or made-up launches unnoticed.

The seed's settings are obviously examples; while they are, every page shows a banner
and is ``noindex``. The "Ready to launch?" report and ``check --deploy`` list each
finding, and each goes once it is fixed.
"""

import datetime
import os
import subprocess
import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.checks import run_checks
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from appointments.models import AppointmentRequestPage
from launch.examples import example_fields
from medical_review.due import reviewed_models
from medical_review.governance import EDITORS, INTAKE, MEDICAL_REVIEWERS, SITE_MANAGERS
from medical_review.models import ClinicianApprovalTask
from programs.hospital_settings import HospitalSettings
from programs.models import IndicationPage, ProgramPage
from programs.snippets import Statistic
from seed_content.management.commands.create_demo_editor import ACCOUNTS, DEMO_PASSWORD
from tests.conftest import sign_in

pytestmark = pytest.mark.django_db
SEED_LANGUAGES = "en,es"
ROOT = Path(__file__).resolve().parents[1]
KINDS = {f"launch.W00{n}" for n in range(1, 7)}
REAL_SETTINGS = {
    "hospital_name": "Lakeview Teaching Hospital",
    "centre_name": "Lakeview Spine Center",
    "phone": "614-293-2368",
    "urgent_phone": "614-293-8000",
    "contact_email": "spine@lakeview-hospital.org",
    "policy_url": "https://www.lakeview-hospital.org/advertising-policy",
}


@pytest.fixture
def example_site(settings, seeded):
    """What `make run` makes: the seed in both languages, then the demo accounts."""
    settings.DEBUG = True
    call_command("create_demo_editor", stdout=None)
    settings.DEBUG = False


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def set_real_settings() -> None:
    HospitalSettings.objects.update(**REAL_SETTINGS)


def review(obj, on: datetime.date) -> None:
    """What a medical reviewer's approval records (medical_review.workflows)."""
    obj.last_reviewed = on
    obj.next_review_due = None  # recomputed from last_reviewed on save
    obj.save()


def review_pages(language: str) -> None:
    for model in reviewed_models():
        if issubclass(model, Page):
            for page in model.objects.filter(locale__language_code=language):
                review(page, timezone.localdate())


def source_and_approve_statistics() -> None:
    for statistic in Statistic.objects.all():
        statistic.as_of = datetime.date(2024, 4, 1)
        review(statistic, timezone.localdate())


def give_intake_an_email() -> None:
    intake = get_user_model().objects.create_user("intake", "intake@lakeview-hospital.org")
    intake.groups.add(Group.objects.get(name=INTAKE))


def change_demo_passwords() -> None:
    for user in get_user_model().objects.filter(username__in=ACCOUNTS):
        user.set_password("a-new-long-password")
        user.save()


# How each finding is fixed, by its check id.
FIXES = {
    "launch.W001": set_real_settings,
    "launch.W002": lambda: review_pages("en"),
    "launch.W003": source_and_approve_statistics,
    "launch.W004": lambda: review_pages("es"),
    "launch.W005": give_intake_an_email,
    "launch.W006": change_demo_passwords,
}


def make_ready() -> None:
    for fix in FIXES.values():
        fix()


# Example values -------------------------------------------------------------------


def test_seed_settings_are_obviously_examples(example_site):
    hospital = HospitalSettings.objects.get()
    assert hospital.hospital_name == "Example University Hospital"
    assert hospital.centre_name == "Spine Tumor Center"
    assert example_fields(hospital) == [
        "hospital_name",
        "centre_name",
        "phone",
        "urgent_phone",
        "policy_url",
    ]
    assert "555-01" in hospital.phone


def test_footer_appointment_link_is_the_sites_own_form(example_site, client):
    form = AppointmentRequestPage.objects.get(locale__language_code="en")
    assert HospitalSettings.objects.get().appointment_url == form.get_full_url()
    footer = soup(client.get(ProgramPage.objects.get(locale__language_code="en").url)).footer
    link = footer.find("a", string="Request an appointment")
    assert link["href"] == form.url  # a path on this site, whatever host serves it
    assert client.get(link["href"]).status_code == 200
    # A Spanish page's footer links to the Spanish form, as its header does.
    spanish = ProgramPage.objects.get(locale__language_code="es")
    footer = soup(client.get(spanish.url)).footer
    link = footer.find("a", string="Pida una cita")
    assert link["href"] == AppointmentRequestPage.objects.get(locale__language_code="es").url


def test_an_appointment_link_elsewhere_is_left_alone(example_site, client):
    HospitalSettings.objects.update(appointment_url="https://appointments.example.net/spine")
    footer = soup(client.get("/")).footer
    assert footer.find("a", string="Request an appointment")["href"] == (
        "https://appointments.example.net/spine"
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"appointment_url": "https://www.lakeview-hospital.org/appointments"},  # their own
        {**REAL_SETTINGS, "appointment_url": ""},  # their names, and no link wanted
    ],
)
def test_a_second_load_leaves_the_editors_appointment_link(example_site, changes):
    HospitalSettings.objects.update(**changes)
    call_command("load_program_content", languages="en,es", stdout=None)
    assert HospitalSettings.objects.get().appointment_url == changes["appointment_url"]


# Banner and noindex ---------------------------------------------------------------


def public_urls() -> list[str]:
    program = ProgramPage.objects.get(locale__language_code="en")
    return [
        "/",
        program.url,
        IndicationPage.objects.filter(locale__language_code="en").first().url,
        ProgramPage.objects.get(locale__language_code="es").url,
        "/search/?q=pain",
    ]


def robots(page: BeautifulSoup) -> list[str]:
    return [meta["content"] for meta in page.find_all("meta", attrs={"name": "robots"})]


def test_every_page_says_example_site_and_noindex(example_site, client):
    for url in [*public_urls(), AppointmentRequestPage.objects.first().url]:
        page = soup(client.get(url))
        assert page.find(attrs={"data-example-site": True}), url
        assert robots(page) == ["noindex"], url  # once, even where the page says it too


def test_banner_is_in_the_pages_language(example_site, client):
    spanish = ProgramPage.objects.get(locale__language_code="es")
    banner = soup(client.get(spanish.url)).find(attrs={"data-example-site": True})
    assert "Sitio de ejemplo." in banner.get_text()


@pytest.mark.parametrize(
    "field, value",
    [
        ("hospital_name", "Example University Hospital"),
        ("centre_name", "Spine Tumor Center"),
        ("phone", "(800) 555-0199"),
        ("urgent_phone", "800-555-0199"),
        ("appointment_url", "https://example.org/appointments"),
        ("contact_email", "info@example.com"),
        ("policy_url", "https://www.example.org/policy"),
    ],
)
def test_any_one_example_value_brings_the_banner_back(example_site, client, field, value):
    set_real_settings()
    HospitalSettings.objects.update(**{field: value})
    page = soup(client.get("/"))
    assert page.find(attrs={"data-example-site": True})
    assert robots(page) == ["noindex"]


def test_real_settings_no_banner_no_noindex(example_site, client):
    set_real_settings()
    for url in public_urls()[:-1]:  # the search page is always noindex
        page = soup(client.get(url))
        assert not page.find(attrs={"data-example-site": True}), url
        assert robots(page) == [], url
    assert robots(soup(client.get("/search/?q=pain"))) == ["noindex"]


# The report -----------------------------------------------------------------------


def report(client) -> dict[str, list[str]]:
    """check id -> the row texts of that kind, as the report shows them."""
    page = soup(client.get(reverse("launch_ready_to_launch")))
    return {
        section["data-launch-kind"]: [
            " ".join(row.get_text(" ", strip=True).split())
            for row in section.find_all("tr", attrs={"data-launch-finding": True})
        ]
        for section in page.find_all("section", attrs={"data-launch-kind": True})
    }


@pytest.fixture
def admin_client(client, django_user_model):
    sign_in(client, django_user_model.objects.create_superuser("ada", password="x"))
    return client


def test_report_lists_every_kind_with_fix_links(example_site, admin_client):
    rows = report(admin_client)
    assert set(rows) == KINDS
    assert rows["launch.W001"] == [
        "Hospital settings for localhost Still example values: hospital name, centre name, "
        "phone, urgent phone, policy url. Edit the hospital settings"
    ]
    assert len(rows["launch.W002"]) == 15  # every English clinical page
    assert len(rows["launch.W004"]) == 15  # and every Spanish one
    assert sorted(row.split()[0] for row in rows["launch.W006"]) == ["editor", "reviewer"]
    page = soup(admin_client.get(reverse("launch_ready_to_launch")))
    settings_link = page.find("a", string="Edit the hospital settings")["href"]
    assert admin_client.get(settings_link).status_code == 200


def test_fixing_the_settings_clears_their_row(example_site, admin_client):
    set_real_settings()
    assert "launch.W001" not in report(admin_client)


def test_a_clinical_page_leaves_when_reviewed_and_returns_when_overdue(example_site, admin_client):
    program = ProgramPage.objects.get(locale__language_code="en")

    def listed():
        return [r for r in report(admin_client)["launch.W002"] if r.startswith(program.title)]

    assert listed() == [f"{program.title} Never reviewed by a clinician. Edit the page"]
    review(program, timezone.localdate())
    assert listed() == []
    review(program, timezone.localdate() - datetime.timedelta(days=800))
    assert "Review overdue since" in listed()[0]


def test_a_statistic_leaves_once_sourced_dated_and_approved(example_site, admin_client):
    statistic = Statistic.objects.filter(locale__language_code="en").first()

    def row():
        return [r for r in report(admin_client)["launch.W003"] if r.startswith(str(statistic))]

    assert "Missing the date it was true (as of), a medical reviewer's approval." in row()[0]
    statistic.source = ""
    statistic.save()
    assert "Missing a source, the date it was true (as of)," in row()[0]
    statistic.source = "National Cancer Institute, SEER Cancer Stat Facts"
    statistic.as_of = datetime.date(2024, 4, 1)
    statistic.save()
    approval = "Missing a medical reviewer's approval. Edit the statistic"
    assert row() == [f"{statistic} (English) {approval}"]
    review(statistic, timezone.localdate())
    assert row() == []


def test_a_translation_leaves_once_reviewed_and_returns_when_its_original_changes(
    example_site, admin_client
):
    english = ProgramPage.objects.get(locale__language_code="en")
    spanish = ProgramPage.objects.get(locale__language_code="es")

    def row():
        return [r for r in report(admin_client)["launch.W004"] if r.startswith(spanish.title)]

    never = "Never reviewed by a clinician. Edit the translation"
    assert row() == [f"{spanish.title} (Español) {never}"]
    review(spanish, timezone.localdate())
    assert row() == []
    english.save_revision().publish()  # the original changes after the translation's review
    assert "Its original changed after it was last reviewed." in row()[0]


def test_forms_leave_once_an_intake_member_has_an_email(example_site, admin_client, member):
    assert len(report(admin_client)["launch.W005"]) == 4  # two forms in each language
    intake = member(INTAKE, "intake")
    assert len(report(admin_client)["launch.W005"]) == 4  # a member with no email is no one
    intake.email = "intake@lakeview-hospital.org"
    intake.save()
    assert "launch.W005" not in report(admin_client)


def test_a_demo_account_leaves_once_its_password_changes(example_site, admin_client):
    editor = get_user_model().objects.get(username="editor")
    assert editor.check_password(DEMO_PASSWORD)
    editor.set_password("a-new-long-password")
    editor.save()
    assert [row.split()[0] for row in report(admin_client)["launch.W006"]] == ["reviewer"]


def test_a_ready_site_has_an_empty_report(example_site, admin_client):
    make_ready()
    assert report(admin_client) == {}
    page = soup(admin_client.get(reverse("launch_ready_to_launch")))
    assert page.find(attrs={"data-launch-total": "0"})


# Who sees it ----------------------------------------------------------------------


@pytest.mark.parametrize("group", [EDITORS, SITE_MANAGERS])
def test_editors_see_the_report_menu_item_and_panel(example_site, client, member, group):
    sign_in(client, member(group))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("launch_ready_to_launch") in dashboard  # menu item and panel link
    assert 'id="ready-to-launch-section"' in dashboard
    assert set(report(client)) == KINDS


@pytest.mark.parametrize("group", [INTAKE, MEDICAL_REVIEWERS])
def test_intake_and_reviewers_cannot_see_it(example_site, client, member, group):
    sign_in(client, member(group))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("launch_ready_to_launch") not in dashboard
    assert 'id="ready-to-launch-section"' not in dashboard
    response = client.get(reverse("launch_ready_to_launch"))
    assert response.status_code == 302  # Wagtail's admin sends a refused user to the dashboard
    assert response.url == reverse("wagtailadmin_home")


# check --deploy -------------------------------------------------------------------


def launch_warnings() -> list:
    return run_checks(include_deployment_checks=True, tags=["launch"])


def test_each_finding_is_a_deploy_warning_with_a_hint(example_site):
    warnings = launch_warnings()
    assert {warning.id for warning in warnings} == KINDS
    assert all(warning.hint and warning.is_serious() is False for warning in warnings)
    ids = [warning.id for warning in warnings]
    assert (ids.count("launch.W002"), ids.count("launch.W005"), ids.count("launch.W006")) == (
        15,
        4,
        2,
    )
    settings_warning = next(w for w in warnings if w.id == "launch.W001")
    assert "Settings > Hospital settings" in settings_warning.hint


@pytest.mark.parametrize("check_id", FIXES)
def test_each_deploy_warning_goes_once_fixed(example_site, check_id):
    FIXES[check_id]()
    assert {warning.id for warning in launch_warnings()} == KINDS - {check_id}


def test_a_clean_launch_gives_no_warning(example_site):
    make_ready()
    assert launch_warnings() == []


def test_ordinary_checks_do_not_touch_the_database(example_site, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert run_checks(tags=["launch"]) == []


def test_check_deploy_on_a_database_not_migrated_yet(tmp_path):
    """An operator may run check --deploy before migrate: nothing to report, no crash."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environ.update(
        DJANGO_SETTINGS_MODULE="radiosurgery_site.settings.test",
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--tag", "launch"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_demo_reviewer_can_approve_and_signs_as_an_obvious_example(example_site):
    reviewer = get_user_model().objects.get(username="reviewer")
    task = ClinicianApprovalTask.objects.get()
    page = IndicationPage.objects.first()
    assert "approve" in [name for name, *_ in task.get_actions(page, reviewer)]
    assert "not a real clinician" in reviewer.clinician.name
