"""Clinical governance: who may do what, review records, overdue warnings and reading level."""

import datetime

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from medical_review.dates import add_months
from medical_review.governance import EDITORS, INTAKE, MEDICAL_REVIEWERS, SITE_MANAGERS
from medical_review.readability import GRADE_LIMIT, reading_level
from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs.models import HomePage, IndicationPage, ProgramPage
from programs.snippets import Statistic
from tests.conftest import sign_in
from tests.factories import ClinicianFactory, ReferenceFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 27)


# The permission matrix: (action, Editors, Medical reviewers, Intake, Site managers)
MATRIX = [
    ("access the admin", True, True, True, True),  # Intake: only to read form submissions
    ("edit a clinical page", True, False, False, False),
    ("publish a clinical page", False, False, False, False),
    ("add a page", True, False, False, False),
    # Routine page operations (medical_review.page_operations): site managers run the tree;
    # a reviewer may take a clinical page down at once. None of them publishes.
    ("unpublish a clinical page", False, True, False, True),
    ("move a page", False, False, False, True),
    ("reorder pages", False, False, False, True),
    ("delete a page", False, False, False, True),
    ("unpublish the home page", False, False, False, False),
    ("change a statistic", True, False, False, False),
    ("publish a statistic", False, False, False, False),
    ("view a statistic", False, True, False, False),
    ("change a clinician", True, False, False, True),  # site managers: to link accounts
    ("publish a clinician", False, False, False, False),
    ("change a reference", True, False, False, False),
    ("publish a reference", False, False, False, False),
    ("change a location", True, False, False, True),
    ("publish a location", False, False, False, True),
    ("change hospital settings", False, False, False, True),
    ("promote a search result", True, False, False, False),
    ("approve a medical review task", False, True, False, False),
    ("approve a clinician", False, True, False, False),
    ("approve a reference", False, True, False, False),
    ("manage users", False, False, False, False),
]


def can_approve(obj, user) -> bool:
    """Whether ``user`` may act on ``obj``'s review task (False when it has no workflow)."""
    workflow = obj.get_workflow()
    return bool(workflow and workflow.tasks.get().specific.get_actions(obj, user))


def can(user, action: str) -> bool:
    program = ProgramPage.objects.get()
    perms = program.permissions_for_user(user)
    leaf = IndicationPage.objects.first().permissions_for_user(user)  # no subpages
    snippet_permissions = {
        f"{verb} a {model}": f"programs.{verb}_{model}"
        for verb in ("change", "publish")
        for model in ("statistic", "clinician", "reference", "location")
    }
    if action in snippet_permissions:
        return user.has_perm(snippet_permissions[action])
    return {
        "access the admin": lambda: user.has_perm("wagtailadmin.access_admin"),
        "edit a clinical page": perms.can_edit,
        "publish a clinical page": perms.can_publish,
        "add a page": perms.can_add_subpage,
        "unpublish a clinical page": leaf.can_unpublish,
        "move a page": leaf.can_move,
        "reorder pages": perms.can_reorder_children,
        "delete a page": leaf.can_delete,
        "unpublish the home page": HomePage.objects.get().permissions_for_user(user).can_unpublish,
        "view a statistic": lambda: user.has_perm("programs.view_statistic"),
        "change hospital settings": lambda: user.has_perm("programs.change_hospitalsettings"),
        "promote a search result": lambda: (
            user.has_perm("wagtailsearchpromotions.add_searchpromotion")
            and user.has_perm("wagtailsearchpromotions.change_searchpromotion")
        ),
        "approve a medical review task": lambda: can_approve(program, user),
        "approve a clinician": lambda: can_approve(ClinicianFactory(), user),
        "approve a reference": lambda: can_approve(ReferenceFactory(), user),
        "manage users": lambda: user.has_perm("auth.change_user"),
    }[action]()


@pytest.mark.parametrize(
    "action,editors,reviewers,intake,site_managers", MATRIX, ids=[m[0] for m in MATRIX]
)
def test_each_group_can_do_exactly_its_part(
    seeded, member, action, editors, reviewers, intake, site_managers
):
    assert can(member(EDITORS), action) is editors
    assert can(member(MEDICAL_REVIEWERS), action) is reviewers
    assert can(member(INTAKE), action) is intake
    assert can(member(SITE_MANAGERS), action) is site_managers


def test_governance_set_up_is_idempotent_and_undoes_hand_made_privileges(seeded):
    editors = Group.objects.get(name=EDITORS)
    editors.permissions.add(Permission.objects.get(codename="publish_statistic"))
    call_command("load_program_content", stdout=None)
    assert Group.objects.filter(name=EDITORS).count() == 1
    assert not editors.permissions.filter(codename="publish_statistic").exists()
    assert not Group.objects.filter(name="Moderators").exists()


def test_every_clinical_page_is_under_the_medical_review_workflow(seeded):
    clinical = [ProgramPage, IndicationPage, GuideSectionPage]
    for model in clinical:
        for page in model.objects.all():
            assert page.get_workflow().name == "Medical review", page
    assert HomePage.objects.get().get_workflow() is None
    assert Statistic.objects.first().get_workflow().name == "Medical review"


def test_a_new_program_goes_under_review_when_created(seeded):
    from tests.factories import ProgramPageFactory

    program = ProgramPageFactory(parent=HomePage.objects.get())
    assert program.get_workflow().name == "Medical review"


def test_editor_is_offered_submit_not_publish(client, seeded, member):
    editor = member(EDITORS)
    sign_in(client, editor)
    page = IndicationPage.objects.get(slug="radiation-boost")
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    html = client.get(edit_url).content.decode()
    assert 'name="action-publish"' not in html  # the editor is not offered Publish
    assert 'name="action-submit"' in html


def test_changed_statistic_stays_until_a_reviewer_approves(client, seeded, member):
    statistic = Statistic.objects.get(value="70%")
    editor = member(EDITORS)
    reviewer = member(MEDICAL_REVIEWERS, clinician={"name": "Rita Example", "credentials": "MD"})
    sign_in(client, editor)
    url = reverse("wagtailsnippets_programs_statistic:edit", args=[statistic.pk])
    response = client.post(
        url,
        {
            "value": "65%",
            "measure": statistic.measure,
            "source": statistic.source,
            "source_url": "",
            "as_of": "",
            "action-submit": "action-submit",
        },
    )
    assert response.status_code == 302
    statistic.refresh_from_db()
    assert statistic.value == "70%"  # the live figure is unchanged

    sign_in(client, reviewer)
    state = statistic.current_workflow_task_state
    action = reverse(
        "wagtailsnippets_programs_statistic:workflow_action",
        args=[statistic.pk, "approve", state.pk],
    )
    assert client.post(action).status_code == 302
    statistic.refresh_from_db()
    assert statistic.value == "65%"
    assert statistic.last_reviewed == timezone.localdate()
    assert statistic.reviewed_by.name == "Rita Example"


def test_patients_see_the_review_line_only_once_reviewed(client, seeded):
    page = IndicationPage.objects.get(slug="pain-relief")
    assert "Last reviewed" not in client.get(page.url).content.decode()

    page.reviewed_by = ClinicianFactory(name="Sam Example", credentials="MD, PhD")
    page.last_reviewed = datetime.date(2026, 3, 4)
    page.save_revision().publish()
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    line = " ".join(html.find(class_="review-dates").get_text(" ", strip=True).split())
    assert line == (
        "Last reviewed: March 4, 2026 by Sam Example, MD, PhD. Next review due: March 4, 2027."
    )


def test_overdue_page_stays_published_and_editors_see_the_admin_warning(client, seeded, member):
    page = IndicationPage.objects.get(slug="pain-relief")
    page.last_reviewed = timezone.localdate() - datetime.timedelta(days=400)
    page.save_revision().publish()
    assert page.review_status() == "overdue"

    response = client.get(page.url)
    assert response.status_code == 200
    # Patients get a plain note (includes/review_dates.html), not the editors' word for it.
    visible = BeautifulSoup(response.content, "html.parser").get_text()
    assert "overdue" not in visible.lower()

    sign_in(client, member(EDITORS))
    admin = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Medical review overdue" in admin


def test_editors_see_the_reading_grade_in_the_edit_view(client, seeded, member):
    page = GuideSectionPage.objects.get(slug="how-it-works")
    sign_in(client, member(EDITORS))
    html = BeautifulSoup(
        client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content, "html.parser"
    )
    shown = float(html.find(attrs={"data-reading-level": True})["data-reading-level"])
    assert shown == reading_level(page).score


def test_hard_text_is_flagged_but_still_publishes(seeded):
    page = IndicationPage.objects.get(slug="pain-relief")
    jargon = (
        "Stereotactic radiosurgical intervention constitutes a comprehensively individualised "
        "therapeutic modality necessitating multidisciplinary interdepartmental coordination."
    )
    page.summary = jargon
    page.who_it_is_for = page.how_it_helps = f"<p>{jargon}</p>"
    page.body = []
    page.save_revision().publish()
    page.refresh_from_db()
    assert reading_level(page).score > GRADE_LIMIT
    assert reading_level(page).too_hard
    assert page.live


@pytest.mark.django_db
def test_seed_content_reads_plainly_in_each_language(seeded):
    """English at grade 8 or below, Spanish at Fernández-Huerta 60 or above, every page type."""
    call_command("load_program_content", languages="en,es", stdout=None)
    for kind in (HomePage, ProgramPage, IndicationPage, PatientGuidePage, GuideSectionPage):
        levels = {(p.locale.language_code, p.title): reading_level(p) for p in kind.objects.all()}
        assert {language for language, _ in levels} == {"en", "es"}, kind
        assert all(level and not level.too_hard for level in levels.values()), levels


def test_reading_grade_counts_the_words_patients_read():
    easy = IndicationPage(summary="We treat the pain. You go home the same day.")
    hard = IndicationPage(
        summary="Radiosurgical intervention necessitates multidisciplinary coordination."
    )
    assert reading_level(easy).score < reading_level(hard).score
    assert reading_level(IndicationPage(summary="")) is None


@pytest.mark.parametrize(
    "day,months,expected",
    [
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2024, 2, 29), 12, datetime.date(2025, 2, 28)),
        (TODAY, 12, datetime.date(2027, 11, 27)),
        (datetime.date(2026, 12, 15), 1, datetime.date(2027, 1, 15)),
    ],
)
def test_next_review_is_months_later(day, months, expected):
    assert add_months(day, months) == expected
