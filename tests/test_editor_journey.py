"""An editor logs in, changes an indication page's body, publishes, and patients see it."""

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

import pytest

from programs.models import IndicationPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("eddie", password="a-long-test-password")
    user.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    return user


def test_editor_edits_and_publishes_an_indication(client, editor):
    call_command("load_program_content", stdout=None)
    page = IndicationPage.objects.get(slug="radiation-boost")

    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "eddie", "password": "a-long-test-password"},
    )
    assert response.status_code == 302

    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    # The StreamField editor is built by JavaScript, so its data is posted as the editor would.
    changes = nested_form_data(
        {
            "body": streamfield(
                [("paragraph", rich_text("<p>Ask your team about a second course.</p>"))]
            ),
            "how_it_helps": rich_text("<p>A focused extra dose, given safely.</p>"),
            "action-publish": "action-publish",
        }
    )
    for field, value in changes.items():
        form[field] = value  # replace, not append, what the edit view rendered
    response = client.post(edit_url, form)
    assert response.status_code == 302, response.content.decode()[:2000]

    client.logout()
    public = client.get(page.url).content.decode()
    assert "Ask your team about a second course." in public
    assert "A focused extra dose, given safely." in public
