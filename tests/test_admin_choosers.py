"""The admin page chooser shows each role only the pages its work needs (issue 16, finding 8)."""

from django.contrib.auth.models import Group

import pytest
from bs4 import BeautifulSoup

from medical_review.governance import EDITORS, INTAKE, MEDICAL_REVIEWERS
from tests import factories
from tests.conftest import build_program_tree, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    """Live indications, one unpublished, one never published, and one waiting for review."""
    tree = build_program_tree(indications=1, sections=1)
    tree.unpublished = factories.IndicationPageFactory(
        parent=tree.program, title="Withdrawn indication"
    )
    tree.unpublished.unpublish()
    tree.draft = factories.IndicationPageFactory(
        parent=tree.program, title="Secret draft indication"
    )
    tree.draft.unpublish()
    tree.in_review = factories.IndicationPageFactory(
        parent=tree.program, title="Indication in review"
    )
    tree.in_review.unpublish()
    return tree


@pytest.fixture
def login(client, django_user_model):
    def as_member_of(group: str):
        user = django_user_model.objects.create_user(f"user-{group}", password="x")
        user.groups.add(Group.objects.get(name=group))
        sign_in(client, user)
        return user

    return as_member_of


def chooser_titles(client, tree) -> dict[str, set[str]]:
    """Titles offered when browsing the program's children and when searching."""
    found = {}
    for how, url in {
        "browse": f"/admin/choose-page/{tree.program.pk}/",
        "search": "/admin/choose-page/search/?q=indication",
    }.items():
        response = client.get(url)
        assert response.status_code == 200
        # Browsing answers with Wagtail's modal JSON, searching with the HTML alone.
        is_json = response["Content-Type"] == "application/json"
        html = BeautifulSoup(
            response.json()["html"] if is_json else response.content, "html.parser"
        )
        found[how] = {cell.get_text(" ", strip=True) for cell in html.select("td.title")}
    return found


def offered(found: dict[str, set[str]], title: str) -> bool:
    return any(title in cell for cells in found.values() for cell in cells)


def test_intake_is_offered_no_page(client, tree, login):
    login(INTAKE)
    found = chooser_titles(client, tree)
    for title in (
        "Indication 1",
        "Withdrawn indication",
        "Secret draft indication",
        "Indication in review",
    ):
        assert not offered(found, title), title


def test_reviewers_are_offered_live_pages_and_those_they_review(client, tree, login):
    editor = login(EDITORS)
    tree.in_review.save_revision(user=editor)
    tree.in_review.get_workflow().start(tree.in_review, editor)
    login(MEDICAL_REVIEWERS)
    found = chooser_titles(client, tree)
    assert offered(found, "Indication 1") and offered(found, "Indication in review")
    assert not offered(found, "Withdrawn indication") and not offered(
        found, "Secret draft indication"
    )


def test_editors_are_offered_drafts_they_write(client, tree, login):
    login(EDITORS)
    assert offered(chooser_titles(client, tree), "Secret draft indication")
