"""Every field an editor fills in, on our own models and mixins, says what it is for."""

from django.apps import apps

import pytest

OUR_APPS = ("programs", "patient_guide", "medical_review", "appointments")


def declared_by_us(model) -> set[str]:
    """Names of fields declared in this project's classes, not those Wagtail's mixins bring."""
    ours, wagtails = set(), set()
    for cls in model.__mro__:
        meta = getattr(cls, "_meta", None)
        if meta:
            names = {f.name for f in [*meta.local_fields, *meta.local_many_to_many]}
            (ours if cls.__module__.split(".")[0] in OUR_APPS else wagtails).update(names)
    return ours - wagtails


def editor_fields():
    for label in OUR_APPS:
        for model in apps.get_app_config(label).get_models():
            ours = declared_by_us(model) - {"locale", "translation_key", "site"}
            for field in model._meta.get_fields():
                editable = getattr(field, "editable", False) and not field.auto_created
                if field.name in ours and editable:
                    yield pytest.param(field, id=f"{model.__name__}.{field.name}")


@pytest.mark.parametrize("field", list(editor_fields()))
def test_field_has_help_text(field):
    assert str(field.help_text).strip()
