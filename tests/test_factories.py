"""Every page type and snippet has a factory, so tests never hand-build content."""

from django.apps import apps

from wagtail.models import get_page_models

import pytest

from tests import factories

OUR_APPS = {"programs", "patient_guide"}


def factory_models() -> set[type]:
    return {
        value._meta.model
        for value in vars(factories).values()
        if isinstance(value, type)
        and hasattr(value, "_meta")
        and getattr(value._meta, "model", None)
    }


@pytest.mark.parametrize(
    "model",
    [m for m in get_page_models() if m._meta.app_label in OUR_APPS]
    + [m for m in apps.get_app_config("programs").get_models() if not m._meta.abstract],
    ids=lambda m: m.__name__,
)
def test_every_model_has_a_factory(model):
    assert model in factory_models()


@pytest.mark.django_db
def test_factories_build_a_whole_program_tree(program_tree):
    assert program_tree.program.get_children().count() == 6
    assert program_tree.guide.get_children().count() == 8
    assert program_tree.sections[0].body[1].value["statistic"].value == "1%"
