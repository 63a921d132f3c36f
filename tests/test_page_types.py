"""Wagtail's page assertions for every page type: where it may live, and that it works."""

from django.contrib.auth.models import Group

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from appointments.models import AppointmentRequestPage, ReferralPage
from medical_review.governance import EDITORS
from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs.models import HomePage, IndicationPage, ProgramPage
from tests import factories
from tests.conftest import build_program_tree, sign_in


def list_block(items):
    """ListBlock form data, the counterpart of Wagtail's ``streamfield`` helper."""
    data = {str(i): {"value": item, "deleted": "", "order": str(i)} for i, item in enumerate(items)}
    return {**data, "count": str(len(items))}


BODY = streamfield(
    [
        ("heading", {"text": "How it works", "level": "h2"}),
        ("paragraph", rich_text("<p>Beams meet at the tumor.</p>")),
        (
            "callout",
            {"tone": "urgent", "title": "Call us if", "text": rich_text("<p>Pain gets worse.</p>")},
        ),
        (
            "comparison_table",
            {
                "caption": "Options",
                "option_heading": "Option",
                "columns": list_block(["What it is"]),
                "rows": list_block(
                    [
                        {
                            "label": "Surgery",
                            "cells": list_block(["An operation"]),
                            "highlight": "",
                        },
                        {
                            "label": "Radiosurgery",
                            "cells": list_block(["Beams"]),
                            "highlight": "on",
                        },
                    ]
                ),
            },
        ),
        (
            "faq",
            {
                "heading": "Questions",
                "questions": list_block(
                    [{"question": "Does it hurt?", "answer": rich_text("<p>No.</p>")}]
                ),
            },
        ),
    ]
)


def edit_form_data(page, **fields):
    """The edit form's data for ``page``: its own fields, then its body re-posted as blocks.

    Wagtail builds the StreamField editor in JavaScript, so the body cannot be
    scraped from the edit view's HTML; it is posted the way the editor posts it.
    """
    data = {"title": page.title, "slug": page.slug, "summary": page.summary, "body": BODY}
    return nested_form_data({**data, **fields})


EDIT_FIELDS = {
    ProgramPage: {
        "appointment_text": "Call us.",
        "how_performed": "Beams.",
        "follow_up": "Scans.",
        "body_location": "Spine",
        "indications_heading": "Who",
        "appointment_heading": "How",
    },
    IndicationPage: {
        "who_it_is_for": rich_text("<p>People who had surgery.</p>"),
        "how_it_helps": rich_text("<p>It treats what is left.</p>"),
    },
}


class PageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_program_tree(indications=2, sections=2)

    def setUp(self):
        sign_in(self.client, self.create_superuser("admin"))
        # Wagtail's editing assertions sign in afresh (password only) each time: an editor's
        # role needs no second factor.
        self.editor = self.create_user("editor")
        self.editor.groups.add(Group.objects.get(name=EDITORS))

    def test_home_page_lives_under_the_root_only_and_is_unique(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {ProgramPage})
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))  # max_count = 1

    def test_program_pages_live_under_home_and_more_than_one_can_exist(self):
        self.assertAllowedParentPageTypes(ProgramPage, {HomePage})
        self.assertAllowedSubpageTypes(
            ProgramPage,
            {IndicationPage, PatientGuidePage, AppointmentRequestPage, ReferralPage},
        )
        self.assertCanCreateAt(HomePage, ProgramPage)
        self.assertTrue(ProgramPage.can_create_at(self.tree.home))

    def test_indications_live_under_a_program_and_have_no_children(self):
        self.assertAllowedParentPageTypes(IndicationPage, {ProgramPage})
        self.assertAllowedSubpageTypes(IndicationPage, set())

    def test_one_guide_per_program(self):
        self.assertAllowedParentPageTypes(PatientGuidePage, {ProgramPage})
        self.assertAllowedSubpageTypes(PatientGuidePage, {GuideSectionPage})
        self.assertFalse(PatientGuidePage.can_create_at(self.tree.program))
        other_program = factories.ProgramPageFactory(parent=self.tree.home)
        self.assertTrue(PatientGuidePage.can_create_at(other_program))

    def test_sections_live_under_a_guide_only(self):
        self.assertAllowedParentPageTypes(GuideSectionPage, {PatientGuidePage})
        self.assertAllowedSubpageTypes(GuideSectionPage, set())

    def test_editor_can_create_a_program_with_every_kind_of_block(self):
        data = nested_form_data(
            {
                "title": "Gamma Knife Program",
                "slug": "gamma-knife",
                "summary": "Another program of the centre.",
                "body": BODY,
                "appointment_text": "Call us.",
                "how_performed": "Beams from outside the body.",
                "follow_up": "Scans after a few months.",
                "body_location": "Spine",
                "indications_heading": "Who it can help",
                "appointment_heading": "Appointments",
            }
        )
        self.assertCanCreate(self.tree.home, ProgramPage, data)
        created = ProgramPage.objects.get(slug="gamma-knife")
        self.assertEqual(
            [block.block_type for block in created.body],
            ["heading", "paragraph", "callout", "comparison_table", "faq"],
        )

    def test_editor_can_create_an_indication(self):
        data = nested_form_data(
            {
                "title": "Residual tumor",
                "slug": "residual",
                "summary": "After surgery.",
                "who_it_is_for": rich_text("<p>People who had surgery.</p>"),
                "how_it_helps": rich_text("<p>It treats what is left.</p>"),
                "body": streamfield([]),
            }
        )
        self.assertCanCreate(self.tree.program, IndicationPage, data)

    def test_editor_can_create_a_guide_section(self):
        data = nested_form_data(
            {"title": "After treatment", "slug": "after", "summary": "What next.", "body": BODY}
        )
        self.assertCanCreate(self.tree.guide, GuideSectionPage, data)

    def test_every_page_routes_renders_edits_and_previews(self):
        pages = [
            self.tree.home,
            self.tree.program,
            self.tree.indications[0],
            self.tree.guide,
            self.tree.sections[0],
        ]
        for page in pages:
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
                post_data = edit_form_data(page, **EDIT_FIELDS.get(type(page), {}))
                self.assertPageIsEditable(page, post_data=post_data, user=self.editor)
                self.assertPageIsPreviewable(page, post_data=post_data, user=self.editor)

    def test_whole_guide_route(self):
        self.assertPageIsRoutable(self.tree.guide, "all/")
        self.assertPageIsRenderable(self.tree.guide, "all/")
