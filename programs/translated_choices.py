"""A translated page's choices follow it into its language.

"Translate" (``wagtail.contrib.simple_translation``, through ``copy_for_translation``)
copies a page word for word, so the Spanish draft would show English statistics in its
key facts and send its cards and links to English pages. As the copy is made
(``copy_for_translation_done``), each choice its content makes of translatable content is
pointed at that content's translation in the copy's language, where one exists (live or
draft: an indication card shows only once its page is live, a statistic shows "not yet
verified" until approved):

- chooser blocks in StreamFields, at any depth (a statistic in a key fact, a page in an
  indication link: any ``ChooserBlock`` whose model is translatable);
- page links in rich text, in fields and blocks (``<a linktype="page" id="...">``);
- many-to-many choices of translatable snippets (sources, care team, locations).

A choice with no translation stays as it was, for the editor to see and choose again
(the choosers open in the page's language). Images and documents are not translatable.

The copy's latest revision, which the editor opens, gets the same values (no new
revision). Translating a page with its subpages copies the parent first: once the whole
copy is saved (``transaction.on_commit``), before anyone can have edited it, each copy
is pointed again, so links between pages of the subtree find their new translations too.
"""

import copy
import re
from collections import defaultdict
from functools import partial

from django.db import transaction

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs
from wagtail.signals import copy_for_translation_done

PAGE_LINK_ID = re.compile(r'(?<=\s)id="(\d+)"')


def _walk(block, raw, on_choice, on_rich_text):
    """``raw`` (a block's stored value) with each chooser value and rich text passed through
    ``on_choice(model, pk)`` and ``on_rich_text(html)``."""
    if isinstance(block, blocks.StreamBlock):
        for item in raw or []:
            child = block.child_blocks.get(item.get("type"))
            if child is not None and "value" in item:
                item["value"] = _walk(child, item["value"], on_choice, on_rich_text)
    elif isinstance(block, blocks.StructBlock):
        if isinstance(raw, dict):
            for name, child in block.child_blocks.items():
                if name in raw:
                    raw[name] = _walk(child, raw[name], on_choice, on_rich_text)
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(raw or []):
            if isinstance(item, dict) and item.get("type") == "item" and "id" in item:
                item["value"] = _walk(block.child_block, item.get("value"), on_choice, on_rich_text)
            else:
                raw[index] = _walk(block.child_block, item, on_choice, on_rich_text)
    elif isinstance(block, blocks.ChooserBlock):
        model = block.target_model
        if raw and issubclass(model, TranslatableMixin):
            return on_choice(model, raw)
    elif isinstance(block, blocks.RichTextBlock):
        return on_rich_text(raw) if raw else raw
    return raw


def _page_links(html: str, on_page) -> str:
    """``html`` (rich text as stored) with each page link's id passed through ``on_page(pk)``."""

    def link(match):
        tag = match.group(0)
        if extract_attrs(match.group(1)).get("linktype") != "page":
            return tag
        return PAGE_LINK_ID.sub(lambda m: f'id="{on_page(int(m.group(1)))}"', tag, count=1)

    return FIND_A_TAG.sub(link, html)


class Choices:
    """Every translatable choice one object's content makes, and where each should point."""

    def __init__(self, obj):
        self.obj = obj
        self.wanted = defaultdict(set)  # translation model -> chosen pks
        self.moved: dict = {}  # (translation model, pk) -> pk of its translation
        self._visit(record=True)

    def _choose(self, model, pk, record):
        base = model.get_translation_model()
        if record:
            self.wanted[base].add(pk)
            return pk
        return self.moved.get((base, pk), pk)

    def _visit(self, record: bool) -> list[str]:
        """Read (``record``) or rewrite the object's choices; the names of fields rewritten."""
        obj, changed = self.obj, []

        def choice(model, pk):
            return self._choose(model, pk, record)

        def rich_text(html):
            return _page_links(html, partial(choice, Page))

        for field in obj._meta.concrete_fields:
            value = getattr(obj, field.name)
            if isinstance(field, StreamField) and value is not None:
                raw = copy.deepcopy(list(value.raw_data))
                new = _walk(field.stream_block, copy.deepcopy(raw), choice, rich_text)
                if not record and new != raw:
                    setattr(obj, field.name, new)
                    changed.append(field.name)
            elif isinstance(field, RichTextField) and value:
                new = rich_text(value)
                if not record and new != value:
                    setattr(obj, field.name, new)
                    changed.append(field.name)
        if obj.pk is not None:
            for field in obj._meta.get_fields():
                if isinstance(field, ParentalManyToManyField) and issubclass(
                    field.related_model, TranslatableMixin
                ):
                    chosen = list(getattr(obj, field.name).values_list("pk", flat=True))
                    new = [choice(field.related_model, pk) for pk in chosen]
                    if not record and new != chosen:
                        getattr(obj, field.name).set(
                            field.related_model._default_manager.filter(pk__in=new)
                        )
                        changed.append(field.name)
        return changed

    def point_to(self, locale) -> list[str]:
        """Point each choice at its translation in ``locale`` where there is one (a query
        or two per kind of content chosen); the names of the fields changed."""
        for model, pks in self.wanted.items():
            manager = model._default_manager
            keys = dict(manager.filter(pk__in=pks).values_list("pk", "translation_key"))
            translated = dict(
                manager.filter(translation_key__in=set(keys.values()), locale=locale).values_list(
                    "translation_key", "pk"
                )
            )
            for pk, key in keys.items():
                if key in translated:
                    self.moved[(model, pk)] = translated[key]
        return self._visit(record=False) if self.moved else []


def point_choices_at_translations(obj) -> list[str]:
    """Point ``obj``'s choices at their translations in its own locale, and save them if it
    is saved: the row, and the latest revision's copy of the same fields."""
    changed = Choices(obj).point_to(obj.locale)
    if changed and obj.pk is not None:
        if isinstance(obj, Page):
            obj.save(update_fields=changed, clean=False)  # as copied: nothing to validate anew
        else:
            obj.save(update_fields=changed)
        revision = getattr(obj, "latest_revision", None)
        if revision is not None:
            fresh = obj.serializable_data()
            revision.content.update({name: fresh[name] for name in changed})
            revision.save(update_fields=["content"])
    return changed


def _point_again(model, pk) -> None:
    obj = model._default_manager.filter(pk=pk).first()
    if obj is not None:
        with transaction.atomic():
            point_choices_at_translations(obj)


def translated_copy_made(sender, source_obj, target_obj, **kwargs):
    if not isinstance(target_obj, TranslatableMixin) or getattr(target_obj, "alias_of_id", None):
        return  # an alias shows its original as it is
    point_choices_at_translations(target_obj)
    if target_obj.pk is not None:
        transaction.on_commit(partial(_point_again, type(target_obj), target_obj.pk))


def connect() -> None:
    copy_for_translation_done.connect(translated_copy_made, dispatch_uid="programs-choices")
