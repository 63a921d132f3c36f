"""Every field an editor fills in says what it is for."""

from django.apps import apps

import pytest

OUR_APPS = ["programs", "patient_guide"]


def editor_fields():
    for label in OUR_APPS:
        for model in apps.get_app_config(label).get_models():
            for field in model._meta.get_fields():
                own = getattr(field, "model", None) is model
                internal = field.name in {"locale", "translation_key", "site"}
                editable = getattr(field, "editable", False) and not field.auto_created
                if own and editable and not internal:
                    yield pytest.param(field, id=f"{model.__name__}.{field.name}")


@pytest.mark.parametrize("field", editor_fields())
def test_field_has_help_text(field):
    assert str(field.help_text).strip()
