"""Issue 17's friction list: each review decision confirmed, the reviewer's comment and the
editor's choices at the top of the editor after a rejection, choosers opening at the
page's program, image alt text from the image's description, and every section of
Reviews due in its exports."""

from django.urls import reverse
from django.utils import timezone

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from medical_review.governance import EDITORS, MEDICAL_REVIEWERS
from patient_guide.models import GuideSectionPage
from programs import blocks
from programs.models import HomePage, IndicationPage, ProgramPage
from programs.snippets import Statistic
from tests.conftest import sign_in
from tests.exports import exported_rows
from tests.factories import ReferenceFactory

pytestmark = pytest.mark.django_db
SEED_LANGUAGES = "en,es"  # two trees: Wagtail's choosers then open at Root
COMMENT = "Please cite the source for the 80% figure."
DECISION_MESSAGES = ("Approved:", "Changes requested:")


@pytest.fixture
def people(seeded, member):
    editor = member(EDITORS)
    editor.first_name, editor.last_name = "Eddie", "Editor"
    editor.save()
    reviewer = member(MEDICAL_REVIEWERS, clinician={"name": "Rita Example", "credentials": "MD"})
    return editor, reviewer


def submitted(obj, editor):
    """``obj`` changed by ``editor`` and submitted to Medical review."""
    if isinstance(obj, Statistic):
        obj.value = "65%"
    else:
        obj.summary = "A clearer summary, for review."
    obj.save_revision(user=editor)
    obj.get_workflow().start(obj, editor)
    return obj


def shown_title(obj) -> str:
    """How the admin names ``obj`` as submitted (a statistic by its figure and measure)."""
    return obj.title if isinstance(obj, Page) else f"65% {obj.measure}"


def english(model, slug=None):
    found = model.objects.filter(locale__language_code="en")
    return found.get(slug=slug) if slug else found.first()


def spanish(model, slug=None):
    found = model.objects.filter(locale__language_code="es")
    return found.get(slug=slug) if slug else found.first()


def action_url(obj, action: str) -> str:
    state = obj.current_workflow_task_state
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:workflow_action", args=[obj.pk, action, state.pk])
    name = obj.snippet_viewset.get_url_name("workflow_action")
    return reverse(name, args=[obj.pk, action, state.pk])


def edit_url(obj) -> str:
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    return reverse(obj.snippet_viewset.get_url_name("edit"), args=[obj.pk])


def shown_messages(response) -> list[str]:
    html = BeautifulSoup(response.content, "html.parser")
    return [li.get_text(" ", strip=True) for li in html.select(".messages li")]


def html_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


# 1. Each decision is confirmed, naming the item and what happens next ---------------------


@pytest.mark.parametrize("kind", ["page", "statistic"])
def test_approving_from_the_dashboard_says_it_is_live_and_who_signed(client, people, kind):
    editor, reviewer = people
    obj = submitted(
        english(IndicationPage, "radiation-boost") if kind == "page" else english(Statistic),
        editor,
    )
    sign_in(client, reviewer)
    # As the dashboard's Approve button posts it, with the dashboard to come back to.
    response = client.post(action_url(obj, "approve"), {"next": "/admin/"}, follow=True)
    assert response.request["PATH_INFO"] == reverse("wagtailadmin_home")
    (message,) = [m for m in shown_messages(response) if m.startswith(DECISION_MESSAGES)]
    assert message.startswith(
        f"Approved: “{shown_title(obj)}” is now live, signed by Rita Example, MD. Next review due "
    )
    obj.refresh_from_db()
    assert obj.live and obj.last_reviewed == timezone.localdate()


@pytest.mark.parametrize("kind", ["page", "statistic"])
def test_requesting_changes_says_it_goes_back_to_the_editor(client, people, kind):
    editor, reviewer = people
    obj = submitted(
        english(IndicationPage, "radiation-boost") if kind == "page" else english(Statistic),
        editor,
    )
    sign_in(client, reviewer)
    response = client.post(action_url(obj, "reject"), {"comment": COMMENT}, follow=True)
    (message,) = [m for m in shown_messages(response) if m.startswith(DECISION_MESSAGES)]
    assert message == (
        f"Changes requested: “{shown_title(obj)}” goes back to Eddie Editor with your comment. "
        "Patients keep seeing the version approved before."
    )


def test_deciding_in_the_editor_confirms_the_decision_instead_of_updated(client, people):
    """From the editor's own Approve button, Wagtail said only "Statistic ... updated" (and,
    saving the reviewer's unchanged copy as an edit, started the review again).

    Reviewers decide on the review screen; a superuser who also reviews (linked to a
    clinician) may decide in the editor. A statistic's form is plain fields, so it posts
    back unchanged as a browser would.
    """
    editor, reviewer = people
    reviewer.is_superuser = True
    reviewer.save()
    statistic = submitted(english(Statistic), editor)
    sign_in(client, reviewer)
    url = edit_url(statistic)
    form = querydict_from_html(client.get(url).content.decode(), form_id="w-editor-form")
    form["action-workflow-action"] = "true"
    form["workflow-action-name"] = "approve"
    response = client.post(url, form, follow=True)
    assert response.request["PATH_INFO"] == reverse("wagtailadmin_home")
    shown = shown_messages(response)
    assert [m for m in shown if m.startswith(f"Approved: “{shown_title(statistic)}” is now live")]
    assert not [m for m in shown if "updated" in m]
    statistic.refresh_from_db()
    assert statistic.value == "65%" and statistic.last_reviewed == timezone.localdate()


def test_a_decision_is_confirmed_only_to_the_reviewer_who_made_it(client, people, member):
    editor, reviewer = people
    page = submitted(english(IndicationPage, "radiation-boost"), editor)
    state = page.current_workflow_task_state
    sign_in(client, reviewer)
    client.post(action_url(page, "reject"), {"comment": COMMENT})
    sign_in(client, member(MEDICAL_REVIEWERS, username="another-reviewer"))
    url = reverse("medical_review_decision_made", args=[state.pk])
    response = client.get(url, follow=True)
    assert not [m for m in shown_messages(response) if m.startswith(DECISION_MESSAGES)]


# 2. After a rejection: the comment at the top of the editor, and what each button does -------


def rejected(client, obj, editor, reviewer):
    submitted(obj, editor)
    sign_in(client, reviewer)
    assert client.post(action_url(obj, "reject"), {"comment": COMMENT}).status_code == 302
    sign_in(client, editor)
    return obj


@pytest.mark.parametrize("kind", ["page", "statistic"])
def test_after_changes_are_requested_the_editor_sees_the_comment_first_and_the_choices(
    client, people, kind
):
    editor, reviewer = people
    obj = english(IndicationPage, "radiation-boost") if kind == "page" else english(Statistic)
    sign_in(client, editor)
    before = html_of(client.get(edit_url(obj)))
    assert not before.select("[data-changes-requested], [data-after-changes-requested]")

    rejected(client, obj, editor, reviewer)
    html = html_of(client.get(edit_url(obj)))
    # At the top of the editor: the first help block in the form.
    first = html.select_one("form [class*=help-block]")
    assert first.has_attr("data-changes-requested")
    assert "Changes requested by Rita Example, MD on " in first.get_text(" ", strip=True)
    assert first.select_one("[data-reviewer-comment]").get_text(strip=True) == COMMENT

    help_panel = html.select_one("[data-after-changes-requested]")
    explained = [dt.get_text(strip=True) for dt in help_panel.select("dt")]
    assert explained == [
        "Resubmit to Clinician approval",
        "Save draft",
        "Restart workflow",
        "Cancel workflow",
    ]
    assert all(dd.get_text(strip=True) for dd in help_panel.select("dd"))
    # The buttons explained are the buttons the editor is offered.
    footer = html.select_one("footer, .footer").get_text(" ", strip=True)
    for button in explained:
        assert button in footer, button


def test_the_comment_and_choices_go_once_the_editor_resubmits(client, people):
    editor, reviewer = people
    page = rejected(client, english(IndicationPage, "radiation-boost"), editor, reviewer)
    page.current_workflow_state.resume(editor)
    html = html_of(client.get(edit_url(page)))
    assert not html.select("[data-changes-requested], [data-after-changes-requested]")


def test_an_editor_who_did_not_submit_is_not_told_of_buttons_they_lack(client, people, member):
    editor, reviewer = people
    page = rejected(client, english(IndicationPage, "radiation-boost"), editor, reviewer)
    sign_in(client, member(EDITORS, username="another-editor"))
    html = html_of(client.get(edit_url(page)))
    explained = [dt.get_text(strip=True) for dt in html.select("[data-after-changes-requested] dt")]
    assert explained == ["Resubmit to Clinician approval", "Save draft"]
    assert html.select_one("[data-reviewer-comment]").get_text(strip=True) == COMMENT


def test_a_reference_shows_the_request_for_changes_too(client, people):
    editor, reviewer = people
    reference = ReferenceFactory(citation="A registry report, 2025.")
    reference.citation = "A registry report, 2026."
    reference.save_revision(user=editor)
    reference.get_workflow().start(reference, editor)
    sign_in(client, editor)
    assert not html_of(client.get(edit_url(reference))).select("[data-changes-requested]")
    sign_in(client, reviewer)
    client.post(action_url(reference, "reject"), {"comment": COMMENT})
    sign_in(client, editor)
    html = html_of(client.get(edit_url(reference)))
    assert html.select_one("[data-reviewer-comment]").get_text(strip=True) == COMMENT
    assert html.select("[data-after-changes-requested] dt")


# 3. Choosers open at the page's own program ---------------------------------------------------


def chooser_opens_at(client, page_type: str | None, editing: str | None) -> int:
    """The page an empty chooser opens at, opened from the editor at ``editing``."""
    params = {"page_type": page_type} if page_type else {}
    headers = {"HTTP_REFERER": f"http://testserver{editing}"} if editing else {}
    response = client.get("/admin/choose-page/", params, **headers)
    assert response.status_code == 200
    return response.json()["parent_page_id"]


@pytest.mark.parametrize(
    ("page_type", "opened_from", "opens_at"),
    [
        # The indication link, in an English indication: the English program.
        ("programs.indicationpage", "en indication", "en program"),
        # ... in a Spanish guide section: the Spanish program, with the Spanish indications.
        ("programs.indicationpage", "es section", "es program"),
        # A link in rich text (any page), in the program itself.
        (None, "en program", "en program"),
        # A new page being added to the program.
        (None, "adding to en program", "en program"),
        # The home page is in no program: its own tree's home.
        (None, "es home", "es home"),
    ],
)
def test_choosers_open_at_the_edited_pages_program(
    client, people, page_type, opened_from, opens_at
):
    editor, _ = people
    sign_in(client, editor)
    pages = {
        "en indication": english(IndicationPage, "radiation-boost"),
        "es section": spanish(GuideSectionPage),
        "en program": english(ProgramPage),
        "es program": spanish(ProgramPage),
        "es home": spanish(HomePage),
    }
    if opened_from.startswith("adding to "):
        parent = pages[opened_from.removeprefix("adding to ")]
        editing = reverse("wagtailadmin_pages:add", args=["programs", "indicationpage", parent.pk])
    else:
        editing = edit_url(pages[opened_from])
    assert chooser_opens_at(client, page_type, editing) == pages[opens_at].pk


def test_choosers_opened_elsewhere_open_where_wagtail_opens_them(client, people):
    editor, _ = people
    sign_in(client, editor)
    root = Page.get_first_root_node().pk
    assert chooser_opens_at(client, "programs.indicationpage", None) == root
    assert chooser_opens_at(client, None, reverse("wagtailadmin_home")) == root
    # Browsing on from there is Wagtail's own.
    program = english(ProgramPage)
    response = client.get(f"/admin/choose-page/{program.pk}/", {"page_type": "wagtailcore.page"})
    assert response.json()["parent_page_id"] == program.pk


# 4. Image alt text defaults from the image's description ---------------------------------------


def image_block_value(image, alt_text=""):
    return {"image": image.pk, "decorative": False, "alt_text": alt_text, "caption": ""}


def save_body_with_image(client, page, image, alt_text=""):
    """Save the page in the editor with an image block in its body (the rest unchanged)."""
    url = edit_url(page)
    form = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    for field, value in nested_form_data(
        {"body": streamfield([("image", image_block_value(image, alt_text))])}
    ).items():
        form[field] = value
    return client.post(url, form)


def test_empty_alt_text_takes_the_images_description_when_saved(client, people):
    editor, _ = people
    image = wagtail_factories.ImageFactory(description="A patient lying still on the couch.")
    page = english(IndicationPage, "radiation-boost")
    sign_in(client, editor)
    assert save_body_with_image(client, page, image).status_code == 302
    page.refresh_from_db()
    saved = page.get_latest_revision_as_object().body[0].value
    assert saved["alt_text"] == "A patient lying still on the couch."
    # What the editor typed wins.
    save_body_with_image(client, page, image, alt_text="The treatment couch.")
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().body[0].value["alt_text"] == (
        "The treatment couch."
    )


def test_alt_text_is_still_required_for_an_image_with_no_description(client, people):
    editor, _ = people
    image = wagtail_factories.ImageFactory(description="")
    page = english(IndicationPage, "radiation-boost")
    sign_in(client, editor)
    response = save_body_with_image(client, page, image)
    assert response.status_code == 200  # the form again, not saved
    assert "This image has no description in the image library to use instead." in (
        response.content.decode()
    )


def test_image_block_falls_back_to_the_description_and_refuses_one_too_long(seeded):
    block = blocks.ImageBlock()
    described = wagtail_factories.ImageFactory(description="The linear accelerator.")
    # Content saved without the editor (e.g. loaded) is shown with the description too.
    html = BeautifulSoup(block.render(block.to_python(image_block_value(described))), "html.parser")
    assert html.find("img")["alt"] == "The linear accelerator."
    long = wagtail_factories.ImageFactory(description="x" * 251)
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(image_block_value(long)))
    assert "longer than 250 characters" in str(error.value.block_errors["alt_text"])


# 5. Reviews due exports have every section, with the translations out of date ------------------


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_reviews_due_exports_list_the_translations_out_of_date(
    client, people, settings, export_format
):
    settings.WAGTAILADMIN_BASE_URL = "https://cms.hospital.example"
    settings.TIME_ZONE = "America/Chicago"
    editor, _ = people
    source = english(IndicationPage, "pain-relief")
    translation = IndicationPage.objects.get(
        translation_key=source.translation_key, locale__language_code="es"
    )
    Page.objects.filter(pk=source.pk).update(last_published_at=timezone.now())
    sign_in(client, editor)
    response = client.get("/admin/reports/reviews-due/", {"export": export_format})
    heading, *rows = exported_rows(response, export_format)
    assert heading[-4:] == [
        "Language",
        "Translation last published (America/Chicago)",
        "English original published (America/Chicago)",
        "English original edit link",
    ]
    stale = [dict(zip(heading, row, strict=True)) for row in rows]
    stale = [row for row in stale if row["Status"] == "Translation out of date"]
    assert len(stale) == 1
    (row,) = stale
    assert row["Title"] == translation.title
    assert row["Type"] == "Indication page"
    assert row["Language"] == "Español"
    assert row["Edit link"] == f"https://cms.hospital.example/admin/pages/{translation.pk}/edit/"
    assert row["English original edit link"].endswith(f"/admin/pages/{source.pk}/edit/")
    # The items due are still there, above, with the translation columns empty.
    due = [r for r in rows if r[2] != "Translation out of date"]
    assert due and all(cell in ("", None) for r in due for cell in r[-4:])
    assert rows[-1][2] == "Translation out of date"


def test_the_export_lists_the_translations_the_screen_lists(client, people):
    editor, _ = people
    source = english(IndicationPage, "pain-relief")
    Page.objects.filter(pk=source.pk).update(last_published_at=timezone.now())
    sign_in(client, editor)
    screen = html_of(client.get("/admin/reports/reviews-due/"))
    on_screen = [
        tr.select_one("td a").get_text(strip=True)
        for tr in screen.select("#stale-translations tr[data-translation-out-of-date]")
    ]
    response = client.get("/admin/reports/reviews-due/", {"export": "csv"})
    exported = [
        row[0] for row in exported_rows(response, "csv") if row[2] == "Translation out of date"
    ]
    assert on_screen == exported and on_screen
