"""Everything the project defines has a factory, and every factory builds something valid.

What needs a factory is read from the live registries, never from a list kept here:
Wagtail's page and snippet models, each project app's models (a form page brings its
form field model), the blocks reachable from the project's StreamFields and the blocks
defined in any project ``blocks`` module. A new app, page type, snippet or block fails
here until ``tests/factories.py`` has a factory for it.
"""

import importlib.util
import inspect
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.html import strip_tags

from wagtail import blocks as wagtail_blocks
from wagtail.contrib.forms.models import FormMixin
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models

import factory
import pytest
from bs4 import BeautifulSoup

from tests import factories
from tests.conftest import build_program_tree

# --- What the project defines, from the registries -----------------------------------------


def project_apps() -> list:
    """Installed apps whose package sits at the top of this repository (not Wagtail's, etc.)."""
    base = Path(settings.BASE_DIR).resolve()
    return [c for c in apps.get_app_configs() if Path(c.path).resolve().parent == base]


PROJECT_APPS = {config.label for config in project_apps()}
PROJECT_PACKAGES = {config.name.split(".")[0] for config in project_apps()}


def is_ours(cls: type) -> bool:
    return cls.__module__.split(".")[0] in PROJECT_PACKAGES


def models_needing_a_factory() -> list[tuple[str, type]]:
    """(kind, model) for every page, snippet, form page, form field and other model, once each."""
    pages = [m for m in get_page_models() if m._meta.app_label in PROJECT_APPS]
    forms = [m for m in pages if issubclass(m, FormMixin)]
    found = {}
    for kind, kind_models in [
        ("form page", forms),
        ("form field", [m._meta.get_field("form_fields").related_model for m in forms]),
        ("page", pages),
        ("snippet", [m for m in get_snippet_models() if m._meta.app_label in PROJECT_APPS]),
        ("model", [m for config in project_apps() for m in config.get_models()]),
    ]:
        for model in kind_models:
            found.setdefault(model, kind)
    return [(kind, model) for model, kind in found.items()]


def walk(block: wagtail_blocks.Block):
    """``block`` and every block inside it, at any depth."""
    yield block
    for child in getattr(block, "child_blocks", {}).values():
        yield from walk(child)
    if isinstance(block, wagtail_blocks.ListBlock):
        yield from walk(block.child_block)


def stream_blocks() -> list[wagtail_blocks.StreamBlock]:
    """The stream block of each StreamField on the project's models."""
    return [
        field.stream_block
        for config in project_apps()
        for model in config.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
    ]


def blocks_modules_classes() -> set[type]:
    """Block classes defined in a project app's ``blocks`` module, used or not."""
    found = set()
    for config in project_apps():
        if importlib.util.find_spec(f"{config.name}.blocks") is None:
            continue
        module = importlib.import_module(f"{config.name}.blocks")
        found |= {
            value
            for value in vars(module).values()
            if inspect.isclass(value)
            and issubclass(value, wagtail_blocks.Block)
            and value.__module__ == module.__name__
        }
    return found


def project_block_classes() -> list[type]:
    reachable = {type(b) for stream in stream_blocks() for b in walk(stream) if is_ours(type(b))}
    return sorted(reachable | blocks_modules_classes(), key=lambda cls: cls.__name__)


# --- The factories ---------------------------------------------------------------------------


def all_factories() -> list[type]:
    """The concrete factories defined in tests/factories.py."""
    return [
        value
        for value in vars(factories).values()
        if inspect.isclass(value)
        and issubclass(value, factory.base.BaseFactory)
        and value.__module__ == factories.__name__
        and not value._meta.abstract
    ]


def factory_for(cls: type) -> type | None:
    return next((f for f in all_factories() if f._meta.model is cls), None)


def is_project_block(cls) -> bool:
    return inspect.isclass(cls) and issubclass(cls, wagtail_blocks.Block) and is_ours(cls)


# --- Every model and block has a factory ---------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "model"),
    models_needing_a_factory(),
    ids=lambda item: item if isinstance(item, str) else item._meta.label,
)
def test_every_model_has_a_factory(kind, model):
    assert factory_for(model), f"tests/factories.py has no factory for the {kind} {model}."


@pytest.mark.parametrize("block_class", project_block_classes(), ids=lambda cls: cls.__name__)
def test_every_block_has_a_factory(block_class):
    assert factory_for(block_class), f"tests/factories.py has no factory for {block_class}."


def test_the_registries_are_read():
    """The enumeration finds what we know is there, so an empty list cannot pass for success."""
    needing = {model.__name__ for _, model in models_needing_a_factory()}
    assert {"ReferralPage", "ReferralFormField", "GuideSectionPage", "Statistic"} <= needing
    blocks = {cls.__name__ for cls in project_block_classes()}
    assert {"BodyBlock", "TimelineStepBlock", "ComparisonRowBlock", "ParagraphBlock"} <= blocks


@pytest.mark.parametrize(
    "block_class",
    [cls for cls in project_block_classes() if issubclass(cls, wagtail_blocks.StreamBlock)],
    ids=lambda cls: cls.__name__,
)
def test_stream_block_factories_offer_every_child(block_class):
    """``body__0="timeline"`` works for every child: each is declared with its own factory."""
    declarations = factory_for(block_class)._meta.base_declarations
    for name, child in block_class().child_blocks.items():
        declared = declarations.get(name)
        assert isinstance(declared, factory.SubFactory), f"{block_class.__name__}: no {name!r}"
        assert declared.get_factory()._meta.model is type(child), name


# --- Every factory builds something valid --------------------------------------------------


def every_child(stream_block_class) -> dict:
    """Factory arguments for a stream with one default block of each child type."""
    return {str(i): name for i, name in enumerate(stream_block_class().child_blocks)}


@pytest.mark.django_db
@pytest.mark.parametrize("factory_class", all_factories(), ids=lambda f: f.__name__)
def test_each_factory_builds_something_valid(factory_class):
    target = factory_class._meta.model
    if inspect.isclass(target) and issubclass(target, models.Model):
        obj = factory_class()
        obj.full_clean()
        assert obj.pk is not None
        if isinstance(obj, Page):
            parent = obj.get_parent().specific
            assert type(obj).can_exist_under(parent), f"{type(obj)} may not live under {parent}"
    elif is_project_block(target):
        block = target()
        if issubclass(target, wagtail_blocks.StreamBlock):
            value = factory_class(**every_child(target))
            assert [child.block_type for child in value] == list(block.child_blocks)
        else:
            value = factory_class()
        block.clean(value)
        assert block.render(value).strip()
    else:  # a chooser's factory: it returns the saved object the block chooses
        chosen = factory_class()
        assert isinstance(chosen, models.Model) and chosen.pk is not None
        chosen.full_clean()


# What each body block shows a patient, read from the value its factory built.
SHOWN_TEXT = {
    "paragraph": lambda value: strip_tags(value.source),
    "heading": lambda value: value["text"],
    "key_fact": lambda value: value["statistic"].measure,
    "callout": lambda value: value["title"],
    "image": lambda value: value["caption"],
    "comparison_table": lambda value: value["rows"][0]["cells"][0],
    "faq": lambda value: value["questions"][1]["question"],
    "indication_link": lambda value: value["page"].summary,
    "illustration": lambda value: value["caption"],
    "timeline": lambda value: value["steps"][2]["description"],
}


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(factories.BodyBlockFactory._meta.model().child_blocks))
def test_each_body_block_renders_on_a_page(name, client):
    tree = build_program_tree(indications=1, sections=0)
    # The linked page must be in the site for its card to have a URL, as an editor's would.
    chosen = {f"body__0__{name}__page": tree.indications[0]} if name == "indication_link" else {}
    page = factories.IndicationPageFactory(parent=tree.program, body__0=name, **chosen)
    response = client.get(page.url)
    assert response.status_code == 200
    shown = words(BeautifulSoup(response.content, "html.parser").get_text(" "))
    assert words(SHOWN_TEXT[name](page.body[0].value)) in shown


@pytest.mark.django_db
def test_factories_build_a_whole_program_tree(program_tree):
    assert program_tree.program.get_children().count() == 6
    assert program_tree.guide.get_children().count() == 8
    assert program_tree.sections[0].body[1].value["statistic"].value == "1%"
