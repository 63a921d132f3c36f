"""The "Reviews due" admin report, its menu item and its dashboard panel.

Every page and statistic the program tree creates is first marked as reviewed
and current, so each test sees exactly the items it sets up as due.
"""

import csv
import datetime
import io

from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.menu import reports_menu
from wagtail.models import Page

import openpyxl
import pytest
from bs4 import BeautifulSoup

from medical_review.due import add_reading_levels, due_items
from medical_review.governance import EDITORS, INTAKE, MEDICAL_REVIEWERS
from medical_review.readability import page_text, reading_level
from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs.models import IndicationPage, ProgramPage
from programs.snippets import Statistic
from tests import factories
from tests.conftest import build_program_tree, sign_in
from tests.exports import exported_rows

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/reviews-due/"
REVIEWED_MODELS = [ProgramPage, IndicationPage, PatientGuidePage, GuideSectionPage, Statistic]
EASY = "We treat the spine. It does not hurt. You go home the same day."
HARD = (
    "Stereotactic radiosurgery administers extraordinarily concentrated ionising radiation, "
    "circumventing surrounding neurological architecture, consequently necessitating "
    "meticulous multidisciplinary immobilisation and verification procedures."
)
# Queries for the report as a reviewer, however many items it lists: see
# test_report_runs_in_a_fixed_number_of_queries.
REPORT_QUERIES = (
    # 17, +1 translations out of date, +1 launch menu groups, +2 two-step (app? required?),
    # +1 the viewer's page permissions (each row links to the editor or the review screen)
    22
)


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


def set_review(obj, due_in=None, reviewed_ago=None, reviewer=None):
    """Write the review fields straight to the row (no revision, no save() defaults)."""
    type(obj).objects.filter(pk=obj.pk).update(
        next_review_due=None if due_in is None else days(due_in),
        last_reviewed=None if reviewed_ago is None else days(-reviewed_ago),
        reviewed_by=reviewer,
    )


def mark_everything_current():
    for model in REVIEWED_MODELS:
        model.objects.update(next_review_due=days(200), last_reviewed=days(-165))


def indication(program, title, text, **kwargs):
    return factories.IndicationPageFactory(
        parent=program,
        title=title,
        summary=text,
        who_it_is_for=f"<p>{text}</p>",
        how_it_helps=f"<p>{text}</p>",
        **kwargs,
    )


@pytest.fixture
def due(db):
    """Three items due (soon, overdue and a draft, never reviewed) and one that is current."""
    tree = build_program_tree(indications=1, sections=1)
    zoe = factories.ClinicianFactory(name="Zoe Zimmer", credentials="MD")
    alice = factories.ClinicianFactory(name="Alice Adams", credentials="MD, PhD")
    soon = indication(tree.program, "Bone metastases", EASY)
    overdue = indication(tree.program, "Chordoma", HARD)
    overdue.unpublish()
    current = indication(tree.program, "Arteriovenous malformations", EASY)
    mark_everything_current()
    never = factories.StatisticFactory(value="85%", measure="of patients keep walking")
    set_review(soon, due_in=10, reviewed_ago=355, reviewer=zoe)
    set_review(overdue, due_in=-5, reviewed_ago=370, reviewer=alice)
    set_review(current, due_in=200, reviewed_ago=165, reviewer=zoe)
    return {"soon": soon, "overdue": overdue, "never": never, "current": current}


@pytest.fixture
def member(django_user_model):
    """A user in the given group (or none), with admin access granted directly if asked."""

    def make(group=None, admin_access=False, username=None):
        user = django_user_model.objects.create_user(username or f"user-{group}", password="x")
        if group:
            user.groups.add(Group.objects.get(name=group))
        if admin_access:
            user.user_permissions.add(
                Permission.objects.get(
                    content_type__app_label="wagtailadmin", codename="access_admin"
                )
            )
        return user

    return make


@pytest.fixture
def reviewer_client(client, member):
    sign_in(client, member(MEDICAL_REVIEWERS))
    return client


def rows(response) -> list[dict]:
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    result = []
    for tr in html.select("table.listing tbody tr"):
        cells = tr.find_all("td", recursive=False)
        link = cells[0].find("a")
        result.append(
            {
                "title": link.get_text(strip=True),
                "href": link["href"],
                "draft": "Draft" in cells[0].get_text(),
                "type": cells[1].get_text(strip=True),
                "status": cells[2].get_text(strip=True),
                "due": cells[3].get_text(" ", strip=True),
                "last": cells[4].get_text(strip=True),
                "reviewer": cells[5].get_text(strip=True),
                "grade": cells[6].get_text(" ", strip=True),
            }
        )
    return result


def titles(response) -> list[str]:
    return [row["title"] for row in rows(response)]


def test_report_lists_exactly_what_is_overdue_due_soon_or_never_reviewed(reviewer_client, due):
    found = {row["title"]: row for row in rows(reviewer_client.get(REPORT_URL))}
    assert set(found) == {"Bone metastases", "Chordoma", "85% of patients keep walking"}

    soon = found["Bone metastases"]
    # A reviewer may not open the editor: each row opens the item's review screen.
    assert soon["href"] == reverse("medical_review_changes", args=[due["soon"].pk])
    assert soon["type"] == "Indication page"
    assert soon["status"] == "Due within 30 days"
    assert soon["due"] == f"{days(10):%B} {days(10).day}, {days(10).year} Due in 10 days"
    assert soon["reviewer"] == "Zoe Zimmer, MD"
    assert not soon["draft"]

    overdue = found["Chordoma"]
    assert overdue["status"] == "Overdue"
    assert overdue["due"].endswith("5 days overdue")
    assert overdue["reviewer"] == "Alice Adams, MD, PhD"
    assert overdue["draft"]  # drafts are listed too

    never = found["85% of patients keep walking"]
    assert never["href"] == reverse(
        "wagtailsnippets_programs_statistic:inspect", args=[due["never"].pk]
    )
    assert never["type"] == "Statistic"
    assert never["status"] == "Never reviewed"
    assert never["due"] == never["last"] == never["reviewer"] == never["grade"] == "—"


def test_editors_rows_open_the_editor_and_every_reviewers_row_opens(client, member, due):
    """Editors go straight to the editor; a reviewer's every link opens, statistics included."""
    sign_in(client, member(EDITORS))
    links = {row["title"]: row["href"] for row in rows(client.get(REPORT_URL))}
    assert links["Bone metastases"] == reverse("wagtailadmin_pages:edit", args=[due["soon"].pk])
    assert links["85% of patients keep walking"] == reverse(
        "wagtailsnippets_programs_statistic:edit", args=[due["never"].pk]
    )
    client.logout()

    sign_in(client, member(MEDICAL_REVIEWERS))
    report = client.get(REPORT_URL)
    html = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    panel = [a["href"] for a in html.select("#reviews-due-content table a")]
    links = [row["href"] for row in rows(report)] + panel
    assert len(links) == 6
    for link in links:
        assert client.get(link).status_code == 200, link


def test_aliases_are_not_listed_twice(reviewer_client, due):
    """An alias mirrors its source page, which is where the content is reviewed and edited."""
    source = IndicationPage.objects.get(pk=due["overdue"].pk)
    alias = source.create_alias(update_slug="chordoma-alias")
    assert IndicationPage.objects.get(pk=alias.pk).next_review_due == days(-5)
    assert titles(reviewer_client.get(REPORT_URL)).count("Chordoma") == 1


def test_summary_counts_each_status(reviewer_client, due):
    html = BeautifulSoup(reviewer_client.get(REPORT_URL).content, "html.parser")
    summary = html.find(class_="reviews-due-summary").get_text(" ", strip=True)
    assert "1 overdue, 1 never reviewed and 1 due within 30 days" in summary


def test_reading_grade_is_shown_with_a_warning_above_grade_8(reviewer_client, due):
    found = {row["title"]: row for row in rows(reviewer_client.get(REPORT_URL))}
    easy = reading_level(IndicationPage.objects.get(pk=due["soon"].pk)).score
    hard = reading_level(IndicationPage.objects.get(pk=due["overdue"].pk)).score
    assert easy < 8 < hard
    assert found["Bone metastases"]["grade"] == f"US grade {easy:.1f}"
    assert (
        found["Chordoma"]["grade"] == f"US grade {hard:.1f} Harder than the aim: grade 8 or below"
    )


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("status", ["85%", "Chordoma", "Bone"]),
        ("-status", ["Bone", "Chordoma", "85%"]),
        ("title", ["85%", "Bone", "Chordoma"]),
        ("-title", ["Chordoma", "Bone", "85%"]),
        ("type", ["Chordoma", "Bone", "85%"]),
        ("-type", ["85%", "Bone", "Chordoma"]),
        ("next_review_due", ["85%", "Chordoma", "Bone"]),
        ("-next_review_due", ["Bone", "Chordoma", "85%"]),
        ("last_reviewed", ["85%", "Chordoma", "Bone"]),
        ("-last_reviewed", ["Bone", "Chordoma", "85%"]),
        # Items with no reviewer or no grade come last whichever the direction.
        ("reviewer", ["Chordoma", "Bone", "85%"]),
        ("-reviewer", ["Bone", "Chordoma", "85%"]),
        ("grade", ["Bone", "Chordoma", "85%"]),
        ("-grade", ["Chordoma", "Bone", "85%"]),
    ],
)
def test_every_column_sorts(reviewer_client, due, ordering, expected):
    listed = titles(reviewer_client.get(REPORT_URL, {"ordering": ordering}))
    assert [title.split()[0] for title in listed] == expected


def test_default_order_is_never_reviewed_then_overdue_then_by_due_date(reviewer_client, due):
    later = indication(due["soon"].get_parent(), "Ependymoma", EASY)
    set_review(later, due_in=20, reviewed_ago=345)
    assert titles(reviewer_client.get(REPORT_URL)) == [
        "85% of patients keep walking",
        "Chordoma",
        "Bone metastases",
        "Ependymoma",
    ]


@pytest.mark.parametrize("ordering", ["bogus", "-", "--title", "title;drop", "", "grade,title"])
def test_unknown_ordering_falls_back_to_the_default(reviewer_client, due, ordering):
    assert titles(reviewer_client.get(REPORT_URL, {"ordering": ordering})) == [
        "85% of patients keep walking",
        "Chordoma",
        "Bone metastases",
    ]


def test_column_headers_link_to_their_sort_order(reviewer_client, due):
    html = BeautifulSoup(reviewer_client.get(REPORT_URL).content, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in html.select("table.listing thead th a")}
    assert links["Reading level"] == f"{REPORT_URL}?ordering=grade"
    assert links["Next review due"] == f"{REPORT_URL}?ordering=next_review_due"
    assert links["Status"] == f"{REPORT_URL}?ordering=-status"  # the default, so next is descending


def test_nothing_due_says_so(reviewer_client, due):
    mark_everything_current()
    response = reviewer_client.get(REPORT_URL)
    assert rows(response) == []
    assert b"Nothing is due" in response.content


def test_csv_export_has_every_item_with_absolute_links(reviewer_client, due, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://cms.hospital.example"
    response = reviewer_client.get(REPORT_URL, {"export": "csv"})
    assert response.status_code == 200
    table = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row["Title"] for row in table] == [
        "85% of patients keep walking",
        "Chordoma",
        "Bone metastases",
    ]
    assert table[1]["Edit link"] == (
        f"https://cms.hospital.example/admin/pages/{due['overdue'].pk}/edit/"
    )
    assert table[1]["Status"] == "Overdue"
    assert float(table[1]["Reading level"]) > 8
    assert table[1]["Reading formula"] == "US grade"
    assert table[0]["Reading level"] == table[0]["Reading formula"] == ""


def test_xlsx_export_has_every_item(reviewer_client, due):
    response = reviewer_client.get(REPORT_URL, {"export": "xlsx"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.values)
    assert values[0][:3] == ("Title", "Type", "Status")
    assert [row[0] for row in values[1:]] == [
        "85% of patients keep walking",
        "Chordoma",
        "Bone metastases",
    ]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_exports_cannot_run_a_title_as_a_formula(reviewer_client, due, export_format):
    due["overdue"].title = '=HYPERLINK("http://x","y")'
    due["overdue"].save(update_fields=["title"])
    response = reviewer_client.get(REPORT_URL, {"export": export_format})
    titles = [row[0] for row in exported_rows(response, export_format)[1:]]
    assert titles == [
        "85% of patients keep walking",
        '\'=HYPERLINK("http://x","y")',
        "Bone metastases",
    ]


@pytest.mark.parametrize(
    ("group", "status"),
    [(EDITORS, 200), (MEDICAL_REVIEWERS, 200), (INTAKE, 403), (None, 403)],
)
def test_only_editors_reviewers_and_superusers_may_see_the_report(
    client, member, due, group, status
):
    sign_in(client, member(group, admin_access=group in (INTAKE, None)))
    response = client.get(REPORT_URL)
    assert response.status_code == status
    assert (b"Chordoma" in response.content) is (status == 200)


def test_superuser_sees_the_report(admin_client, due):
    assert "Chordoma" in titles(admin_client.get(REPORT_URL))


def test_anonymous_users_are_sent_to_log_in(client, due):
    response = client.get(REPORT_URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_report_url_is_named():
    assert reverse("medical_review_reviews_due") == REPORT_URL


@pytest.mark.parametrize(
    ("group", "shown"),
    [(EDITORS, True), (MEDICAL_REVIEWERS, True), (INTAKE, False), (None, False)],
)
def test_reports_menu_has_reviews_due_for_those_who_may_see_it(member, group, shown):
    request = RequestFactory().get("/admin/")
    request.user = member(group, admin_access=True)
    items = {item.name: item for item in reports_menu.menu_items_for_request(request)}
    assert ("reviews-due" in items) is shown
    if shown:
        assert items["reviews-due"].label == "Reviews due"
        assert items["reviews-due"].url == REPORT_URL


def test_dashboard_panel_counts_and_lists_the_most_urgent(reviewer_client, due):
    html = BeautifulSoup(reviewer_client.get(reverse("wagtailadmin_home")).content, "html.parser")
    panel = html.find(id="reviews-due-section")
    counts = {tag["data-count"]: tag.get_text(strip=True) for tag in panel.select("[data-count]")}
    assert counts == {"overdue": "1", "never": "1", "due_soon": "1"}
    listed = [a.get_text(strip=True) for a in panel.select("td.title a")]
    assert listed == ["85% of patients keep walking", "Chordoma", "Bone metastases"]
    assert panel.find("a", href=REPORT_URL).get_text(strip=True) == (
        "See all 3 items in the Reviews due report"
    )


def test_dashboard_panel_lists_only_the_five_most_urgent(reviewer_client, due):
    for n in range(1, 5):
        set_review(indication(due["soon"].get_parent(), f"Later {n}", EASY), due_in=20 + n)
    html = BeautifulSoup(reviewer_client.get(reverse("wagtailadmin_home")).content, "html.parser")
    panel = html.find(id="reviews-due-section")
    assert len(panel.select("td.title a")) == 5
    assert "Later 4" not in panel.get_text()
    assert "See all 7 items" in panel.get_text()


def test_dashboard_panel_is_not_shown_to_others(client, member, due):
    sign_in(client, member(INTAKE, admin_access=True))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert b"reviews-due-section" not in response.content
    assert REPORT_URL.encode() not in response.content


def test_grades_computed_together_match_each_page_graded_alone(db):
    """Converting every page's blocks in one batch gives each page its own text back."""
    tree = build_program_tree(indications=2, sections=3)  # sections hold key facts and links
    items = [item for item in due_items() if item.is_page]
    assert {section.pk for section in tree.sections} <= {item.obj.pk for item in items}
    add_reading_levels(items)
    for item in items:
        alone = Page.objects.get(pk=item.obj.pk).specific
        assert page_text(item.obj) == page_text(alone), item.title
        assert item.reading == reading_level(alone) is not None


@pytest.mark.parametrize("count", [3, 12])
def test_report_runs_in_a_fixed_number_of_queries(
    reviewer_client, django_assert_num_queries, count
):
    """Pages with key facts (a snippet) and links (a page) cost no query per row."""
    tree = build_program_tree(indications=1, sections=12)
    mark_everything_current()
    for section in tree.sections[:count]:
        set_review(section, due_in=-1, reviewed_ago=366)
    assert reviewer_client.get(REPORT_URL).status_code == 200  # warm per-process caches
    with django_assert_num_queries(REPORT_QUERIES):
        response = reviewer_client.get(REPORT_URL)
    assert len(rows(response)) == count


@pytest.mark.parametrize("count", [3, 12])
def test_pages_with_drafts_are_graded_on_their_drafts_in_one_more_query(
    reviewer_client, django_assert_num_queries, count
):
    """As the edit view grades them: the latest revisions of every row come in one query."""
    tree = build_program_tree(indications=1, sections=12)
    mark_everything_current()
    for section in tree.sections[:count]:
        set_review(section, due_in=-1, reviewed_ago=366)
        draft = GuideSectionPage.objects.get(pk=section.pk)
        draft.summary = HARD
        draft.save_revision()
    assert reviewer_client.get(REPORT_URL).status_code == 200  # warm per-process caches
    with django_assert_num_queries(REPORT_QUERIES + 1):
        response = reviewer_client.get(REPORT_URL)
    assert len(rows(response)) == count
    graded = [row["grade"] for row in rows(response)]
    assert all("Harder than the aim" in grade for grade in graded), graded
