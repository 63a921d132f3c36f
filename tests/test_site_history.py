"""Site history names only the people whose entries the viewer may read (issue 16, finding 8)."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from medical_review.governance import EDITORS, INTAKE
from tests.conftest import build_program_tree, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def edited_by_edna(django_user_model):
    tree = build_program_tree(indications=1, sections=1)
    edna = django_user_model.objects.create_user(
        "edna", password="x", first_name="Edna", last_name="Editor"
    )
    edna.groups.add(Group.objects.get(name=EDITORS))
    tree.indications[0].save_revision(user=edna, log_action=True)
    return edna


def test_intake_is_not_shown_staff_names(client, member, edited_by_edna):
    sign_in(client, member(INTAKE))
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    assert "Edna" not in response.content.decode()


def test_editors_still_filter_by_whoever_edited_what_they_can_see(client, member, edited_by_edna):
    sign_in(client, member(EDITORS))
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    assert "Edna Editor" in response.content.decode()
