"""Translation without false claims (issue 17): a copy or a translation claims no review it has
not had, a translation made from an older English is flagged whether it is live, a draft or
waiting for review, and a translation's statistics and links follow it into Spanish.

The browser side (the editor's Translate action, the stamp-free draft, the flag) is
tests/browser/test_translation_review.py.
"""

import json

from django.urls import reverse

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from launch import findings as launch_findings
from medical_review.governance import EDITORS, MEDICAL_REVIEWERS
from medical_review.models import stamp_review
from medical_review.translations import stale_translations, translation_baseline
from programs.models import IndicationPage, ProgramPage
from programs.snippets import Statistic
from seed_content.management.commands.load_program_content import translation_key
from tests.conftest import sign_in
from tests.factories import ReferenceFactory, StatisticFactory

pytestmark = pytest.mark.django_db
SEED_LANGUAGES = "en,es"

REPORT_URL = "/admin/reports/reviews-due/"


def es(model, key):
    return model.objects.get(translation_key=translation_key(key), locale__language_code="es")


def en(model, key):
    return model.objects.get(translation_key=translation_key(key), locale__language_code="en")


def html_of(client, url) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def review_record(obj) -> tuple:
    return obj.reviewed_by_id, obj.last_reviewed, obj.next_review_due


@pytest.fixture
def people(member):
    """An editor and a medical reviewer linked to a Clinician (so approvals are signed)."""
    return member(EDITORS, "tr-editor"), member(MEDICAL_REVIEWERS, "tr-reviewer")


def submit(page, editor, change=None):
    """Save ``page``'s latest version (after ``change``) as a draft and submit it for review."""
    page = type(page).objects.get(pk=page.pk).get_latest_revision_as_object()
    if change:
        change(page)
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return type(page).objects.get(pk=page.pk)


def approve_task(client, page, reviewer):
    """The reviewer approves the page's review task, as from their dashboard (publishes)."""
    state = type(page).objects.get(pk=page.pk).current_workflow_task_state
    sign_in(client, reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
    assert client.post(url).status_code == 302
    return type(page).objects.get(pk=page.pk)


def approve(client, page, editor, reviewer, change=None):
    """Submit ``page`` (after ``change``) and have the reviewer approve it."""
    return approve_task(client, submit(page, editor, change), reviewer)


def translate(client, editor, page):
    """Wagtail's Translate action (simple_translation) into Spanish, as the editor."""
    sign_in(client, editor)
    url = reverse("simple_translation:submit_page_translation", args=[page.pk])
    response = client.post(url, {"locales": [Locale.objects.get(language_code="es").pk]})
    assert response.status_code == 302
    copy = type(page).objects.get(translation_key=page.translation_key, locale__language_code="es")
    assert response["Location"] == edit_url(copy)  # the editor lands in the new draft
    return copy


@pytest.fixture
def english(seeded, people):
    """A new English indication, approved (stamped) by the reviewer, that chooses a statistic
    with a Spanish translation and one without, links to an indication that has one, and
    cites a reference that has one."""
    _, reviewer = people
    boost = en(IndicationPage, "indication:boost")
    only_english = StatisticFactory(value="12%", locale=Locale.objects.get(language_code="en"))
    reference = ReferenceFactory(locale=Locale.objects.get(language_code="en"))
    spanish_reference = reference.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish_reference.save()
    link = f'<a linktype="page" id="{boost.pk}">boost</a>'
    page = IndicationPage(
        title="Sacral tumours",
        slug="sacral-tumours",
        summary="When a tumour grows in the bottom of the spine.",
        who_it_is_for=f"<p>People with a sacral tumour. See {link}.</p>",
        how_it_helps="<p>It eases pain.</p>",
        body=[
            {
                "type": "key_fact",
                "value": {
                    "statistic": en(Statistic, "statistic:pain_relief").pk,
                    "display": "number",
                    "context": "",
                },
            },
            {
                "type": "key_fact",
                "value": {"statistic": only_english.pk, "display": "number", "context": ""},
            },
            {"type": "indication_link", "value": {"page": boost.pk, "text": ""}},
            {"type": "paragraph", "value": f"<p>Also read {link}.</p>"},
        ],
    )
    en(ProgramPage, "program").add_child(instance=page)
    page.references.set([reference])
    page.save()
    revision = page.save_revision()
    stamp_review(revision, reviewer)
    revision.publish()
    page = IndicationPage.objects.get(pk=page.pk)
    assert page.reviewed_by_id and page.last_reviewed
    page.only_english = only_english
    page.spanish_reference = spanish_reference
    return page


# Review fields are never copied ----------------------------------------------------------


def panel(client, page) -> BeautifulSoup:
    return html_of(client, edit_url(page)).find(attrs={"data-review-status": True})


def test_translate_makes_an_unreviewed_draft_and_its_editor_and_preview_say_so(
    client, people, english
):
    editor, _ = people
    copy = translate(client, editor, english)
    assert review_record(copy) == (None, None, None)
    assert not copy.live and copy.last_published_at is None
    assert review_record(copy.get_latest_revision_as_object()) == (None, None, None)

    shown = panel(client, copy)
    assert shown["data-review-status"] == "never"
    assert "Not yet medically reviewed" in shown.text
    assert "Medically reviewed" not in shown.text.replace("Not yet medically reviewed", "")

    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[copy.pk]))
    assert preview.status_code == 200
    text = BeautifulSoup(preview.content, "html.parser").get_text(" ", strip=True)
    assert "Revisado" not in text and "Last reviewed" not in text
    assert review_record(IndicationPage.objects.get(pk=english.pk)) == review_record(english)


def test_copy_makes_an_unreviewed_draft_and_its_copied_revisions_carry_no_stamp(
    client, people, english
):
    editor, _ = people
    sign_in(client, editor)
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[english.pk]),
        {
            "new_title": "Sacral tumours (copy)",
            "new_slug": "sacral-tumours-copy",
            "new_parent_page": english.get_parent().pk,
        },
    )
    assert response.status_code == 302
    copy = IndicationPage.objects.get(slug="sacral-tumours-copy")
    assert review_record(copy) == (None, None, None)
    assert not copy.live
    for revision in copy.revisions.all():  # Copy keeps the page's history, less the stamps
        assert [revision.content.get(f) for f in ("reviewed_by", "last_reviewed")] == [None] * 2
    assert panel(client, copy)["data-review-status"] == "never"


def reviewed_statistic(reviewer):
    statistic = StatisticFactory(value="45%", locale=Locale.objects.get(language_code="en"))
    revision = statistic.save_revision()
    stamp_review(revision, reviewer)
    revision.publish()
    statistic = Statistic.objects.get(pk=statistic.pk)
    assert statistic.live and statistic.reviewed_by_id
    return statistic


def test_translate_makes_an_unreviewed_unpublished_statistic(client, seeded, people):
    """Wagtail's snippet copy keeps ``live`` and the original's ``live_revision``: a Spanish
    figure nobody has reviewed would be live, as if approved."""
    editor, reviewer = people
    english = reviewed_statistic(reviewer)
    sign_in(client, editor)
    url = reverse(
        "simple_translation:submit_snippet_translation", args=["programs", "statistic", english.pk]
    )
    response = client.post(url, {"locales": [Locale.objects.get(language_code="es").pk]})
    assert response.status_code == 302
    spanish = Statistic.objects.get(
        translation_key=english.translation_key, locale__language_code="es"
    )
    assert review_record(spanish) == (None, None, None)
    assert (spanish.live, spanish.live_revision_id, spanish.last_published_at) == (
        False,
        None,
        None,
    )
    assert spanish.has_unpublished_changes and not spanish.locked
    edit = html_of(client, response["Location"])
    assert edit.find(attrs={"data-review-status": True})["data-review-status"] == "never"
    english.refresh_from_db()
    assert english.live and english.reviewed_by_id


def test_copy_of_a_statistic_starts_unreviewed_and_never_touches_the_original(
    client, seeded, people
):
    editor, reviewer = people
    english = reviewed_statistic(reviewer)
    sign_in(client, editor)
    copy_url = reverse(english.snippet_viewset.get_url_name("copy"), args=[english.pk])
    form = html_of(client, copy_url)
    shown = form.find(attrs={"data-review-status": True})
    assert shown["data-review-status"] == "never"  # the form is not the original's
    assert form.find("input", attrs={"name": "value"})["value"] == "45%"

    data = {
        "value": "46%",
        "measure": english.measure,
        "source": english.source,
        "source_url": english.source_url,
        "as_of": english.as_of.isoformat(),
    }
    action = form.find("form", action=lambda url: url and "/add/" in url)["action"]
    assert client.post(action, data).status_code == 302  # the admin's form: "add"
    made = Statistic.objects.get(value="46%")
    assert review_record(made) == (None, None, None) and not made.live

    # A form posted to the copy address itself makes a new draft too, never an edit of the
    # live, reviewed row (which would change the figure on every page without review).
    assert client.post(copy_url, {**data, "value": "47%"}).status_code == 302
    made = Statistic.objects.get(value="47%")
    assert made.pk != english.pk and not made.live and made.translation_key
    assert made.translation_key != english.translation_key
    english.refresh_from_db()
    assert (english.value, english.live) == ("45%", True) and english.reviewed_by_id


def test_copy_of_a_clinician_does_not_take_their_admin_account(client, seeded, people):
    """The account a Clinician signs approvals with is theirs alone (one to one)."""
    editor, reviewer = people
    clinician = reviewer.clinician
    sign_in(client, editor)
    url = reverse(clinician.snippet_viewset.get_url_name("copy"), args=[clinician.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"name": "Another Doctor", "credentials": "MD", "role": ""})
    assert response.status_code == 302
    copy = type(clinician).objects.get(name="Another Doctor")
    assert copy.user_id is None and not copy.live
    clinician.refresh_from_db()
    assert clinician.user_id == reviewer.pk and clinician.live


# Choices follow the translation into Spanish ------------------------------------------------


def chosen(page):
    """What the page's content points at, as the editor opens it (its latest revision)."""
    page = page.get_latest_revision_as_object()
    body = list(page.body.raw_data)
    return {
        "statistics": [b["value"]["statistic"] for b in body if b["type"] == "key_fact"],
        "cards": [b["value"]["page"] for b in body if b["type"] == "indication_link"],
        "text": "".join(b["value"] for b in body if b["type"] == "paragraph"),
        "who_it_is_for": page.who_it_is_for,
        "references": [r.pk for r in page.references.all()],
    }


def test_a_translation_chooses_the_spanish_statistics_pages_and_sources_where_they_exist(
    client, people, english
):
    editor, _ = people
    copy = translate(client, editor, english)
    spanish_boost = es(IndicationPage, "indication:boost")
    link = f'<a linktype="page" id="{spanish_boost.pk}">boost</a>'
    expected = {
        "statistics": [es(Statistic, "statistic:pain_relief").pk, english.only_english.pk],
        "cards": [spanish_boost.pk],
        "text": f"<p>Also read {link}.</p>",
        "who_it_is_for": f"<p>People with a sacral tumour. See {link}.</p>",
        "references": [english.spanish_reference.pk],
    }
    assert chosen(copy) == expected  # what the editor opens
    copy = IndicationPage.objects.get(pk=copy.pk)
    assert copy.references.get().pk == english.spanish_reference.pk  # and the row
    assert [b.value["statistic"].pk for b in copy.body if b.block_type == "key_fact"] == (
        expected["statistics"]
    )
    assert len(copy.revisions.all()) == 1  # no extra revision in its history
    # The English original still chooses its English content.
    assert chosen(english)["cards"] == [en(IndicationPage, "indication:boost").pk]


def test_translating_with_subpages_links_the_new_pages_to_each_other(
    client, seeded, people, django_capture_on_commit_callbacks
):
    """The parent is copied before its children: once the copy is saved, links between the
    pages of the subtree point at their new translations too."""
    editor, _ = people
    home = en(ProgramPage, "program").get_parent()
    program = ProgramPage(
        title="Brain radiosurgery",
        slug="brain",
        summary="About the brain.",
        how_performed="With focused radiation.",
        follow_up="A scan after three months.",
        appointment_text="Ask your doctor.",
    )
    home.add_child(instance=program)
    first, second = (
        program.add_child(
            instance=IndicationPage(
                title=f"{name} use",
                slug=name.lower(),
                summary="A use.",
                who_it_is_for="<p>x</p>",
                how_it_helps="<p>y</p>",
            )
        )
        for name in ("First", "Second")
    )
    # The first page (copied before the second) links to the second; the program to both.
    first.who_it_is_for = f'<p>See <a linktype="page" id="{second.pk}">the second</a>.</p>'
    first.body = [{"type": "indication_link", "value": {"page": second.pk, "text": ""}}]
    program.body = [{"type": "indication_link", "value": {"page": first.pk, "text": ""}}]
    for page in (program, first, second):
        page.save_revision().publish()

    sign_in(client, editor)
    url = reverse("simple_translation:submit_page_translation", args=[program.pk])
    spanish = Locale.objects.get(language_code="es")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [spanish.pk], "include_subtree": "on"})
    assert response.status_code == 302

    def translated(page):
        return type(page).objects.get(translation_key=page.translation_key, locale=spanish)

    first_es, second_es = translated(first), translated(second)
    assert chosen(first_es)["cards"] == [second_es.pk]
    assert f'id="{second_es.pk}"' in chosen(first_es)["who_it_is_for"]
    program_es = translated(program).get_latest_revision_as_object()
    assert [b["value"]["page"] for b in program_es.body.raw_data] == [first_es.pk]


def test_choosers_open_in_the_language_of_the_page_being_edited(client, seeded, people):
    """Wagtail's choosers ask for the edited content's locale (ACTIVE_CONTENT_LOCALE); our
    script adds it to the rich text link's page chooser, which does not."""
    editor, _ = people
    sign_in(client, editor)
    for language in ("es", "en"):
        html = html_of(
            client,
            edit_url(
                IndicationPage.objects.get(
                    translation_key=translation_key("indication:boost"),
                    locale__language_code=language,
                )
            ),
        )
        config = json.loads(html.find("script", id="wagtail-config").string)
        assert config["ACTIVE_CONTENT_LOCALE"] == language
        assert html.find("script", src=lambda src: src and "admin-chooser-locale" in src)

    # At the root, the page chooser lists the asked language's tree; the snippet chooser
    # lists that language's statistics.
    response = client.get(
        "/admin/choose-page/", {"page_type": "programs.indicationpage", "locale": "es"}
    )
    rows = BeautifulSoup(response.json()["html"], "html.parser").select("td.title")
    listed = [row.get_text(" ", strip=True) for row in rows]
    homes = {
        home.locale.language_code: home.title
        for home in en(ProgramPage, "program").get_parent().get_translations(inclusive=True)
    }
    # The Spanish home only, labelled with its locale, under the root it is listed in.
    assert [title for title in listed if not title.startswith("Root")] == [f"{homes['es']} Spanish"]
    response = client.get("/admin/snippets/choose/programs/statistic/", {"locale": "es"})
    listed = {
        cell.get_text(" ", strip=True)
        for cell in BeautifulSoup(response.json()["html"], "html.parser").select("td.title")
    }
    spanish = {str(s) for s in Statistic.objects.filter(locale__language_code="es")}
    assert listed and listed <= spanish


# Out of date, whether live, a draft or waiting for review -------------------------------


def flag(client, page):
    return html_of(client, edit_url(page)).find(attrs={"data-translation-out-of-date": True})


def report_row(client, page):
    report = html_of(client, REPORT_URL)
    for row in report.select("#stale-translations tr[data-translation-out-of-date]"):
        if row.find("a", string=page.title):
            return row
    return None


def change_summary(text):
    def change(page):
        page.summary = text

    return change


def test_a_new_translation_of_the_current_english_is_not_out_of_date(client, people, english):
    editor, _ = people
    copy = translate(client, editor, english)
    assert translation_baseline(copy) >= english.last_published_at
    assert copy.pk not in [item.page.pk for item in stale_translations()]
    assert not flag(client, copy)


def test_a_draft_made_from_the_old_english_is_flagged_once_the_english_is_approved(
    client, people, english
):
    editor, reviewer = people
    copy = translate(client, editor, english)
    english = approve(client, english, editor, reviewer, change_summary("Changed in English."))

    [stale] = [item for item in stale_translations() if item.page.pk == copy.pk]
    assert (stale.state, stale.ever_approved) == ("Draft", False)
    sign_in(client, editor)
    shown = flag(client, copy)
    assert shown and "after this translation was made" in shown.text
    assert not shown.find(attrs={"data-translation-in-review": True})
    row = report_row(client, copy)
    assert row["data-translation-state"] == "Draft" and "never reviewed" in row.text
    # Patients see no draft: the launch report lists live translations only.
    assert copy.pk not in [finding.obj.pk for finding in launch_findings.translations()]

    # Saving the draft again is no proof it was brought in line: still flagged.
    copy.get_latest_revision_as_object().save_revision(user=editor)
    assert flag(client, copy)


def test_a_draft_submitted_after_the_english_changed_is_flagged_for_its_reviewer_until_approved(
    client, people, english
):
    """The acceptance test's case: the Spanish draft was made from the old English and
    submitted after the English changed."""
    editor, reviewer = people
    copy = translate(client, editor, english)
    approve(client, english, editor, reviewer, change_summary("Changed in English."))
    copy = submit(copy, editor, change_summary("Resumen en español."))
    assert copy.workflow_in_progress

    [stale] = [item for item in stale_translations() if item.page.pk == copy.pk]
    assert stale.state == "In review"
    sign_in(client, reviewer)  # the reviewer opens the task's review screen
    screen = html_of(client, reverse("medical_review_changes", args=[copy.pk]))
    shown = screen.find(attrs={"data-translation-out-of-date": True})
    assert shown and shown.find(attrs={"data-translation-in-review": True})
    task = copy.current_workflow_task_state.task
    preview = client.get(reverse("wagtailadmin_pages:workflow_preview", args=[copy.pk, task.pk]))
    note = BeautifulSoup(preview.content, "html.parser").find(
        attrs={"data-translation-out-of-date": True}
    )
    assert note  # the patients' note, in the preview a reviewer may approve from
    sign_in(client, editor)
    assert report_row(client, copy)["data-translation-state"] == "In review"

    approve_task(client, copy, reviewer)  # checked against the English: clears
    assert copy.pk not in [item.page.pk for item in stale_translations()]
    sign_in(client, editor)
    assert not flag(client, copy)


def test_a_live_translation_with_a_draft_in_review_stays_flagged(client, people):
    editor, reviewer = people
    spanish = es(IndicationPage, "indication:salvage")
    approve(
        client,
        en(IndicationPage, "indication:salvage"),
        editor,
        reviewer,
        change_summary("Changed."),
    )
    spanish = submit(spanish, editor, change_summary("Un borrador."))
    [stale] = [item for item in stale_translations() if item.page.pk == spanish.pk]
    assert (stale.state, stale.ever_approved) == ("In review", True)
    sign_in(client, editor)
    shown = flag(client, spanish)
    assert "after this translation was last reviewed" in shown.text
    assert report_row(client, spanish)["data-translation-state"] == "In review"
