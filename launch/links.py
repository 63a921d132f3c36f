"""Links between pages: which pages link to one about to go, and which live pages link to
a page that is gone or unpublished.

A page links to another through a link card (``indication_link``), a page link in rich
text, or any other page chooser in its body or fields. Patients never see a broken link
card: its template leaves out a card whose page is not live (and a deleted page's card
has no page at all), so without these lists a link would vanish and nobody be told.

- Before a page is deleted or unpublished, Wagtail's reference index names the pages
  that link to it (``pages_linking_to``): the confirmation lists them.
- Afterwards the index cannot help: Wagtail 8 removes every reference *to* a deleted
  page along with it. So ``broken_links`` reads what each live page shows, its stored
  stream data (where a chooser keeps the id of a deleted page) and rich text, and looks
  each linked page up; a deleted page's title comes from the log entry Wagtail wrote
  when it was deleted. No model of our own records anything.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import models

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageLogEntry, ReferenceIndex
from wagtail.rich_text import extract_references_from_rich_text


def pages_linking_to(targets: Iterable[Page]) -> list[Page]:
    """Pages (live or draft) that link to any of ``targets``, other than the targets
    themselves, in tree order."""
    target_ids = {page.pk for page in targets}
    if not target_ids:
        return []
    page_type = ReferenceIndex._get_base_content_type(Page)
    sources = ReferenceIndex.objects.filter(
        to_content_type=page_type,
        to_object_id__in=[str(pk) for pk in target_ids],
        base_content_type=page_type,
    ).values_list("object_id", flat=True)
    return list(
        Page.objects.filter(pk__in=[int(pk) for pk in sources])
        .exclude(pk__in=target_ids)
        .order_by("path")
    )


def _page_ids_in_rich_text(html) -> Iterator[int]:
    for model, object_id, *_ in extract_references_from_rich_text(str(html or "")):
        if issubclass(model, Page) and str(object_id).isdigit():
            yield int(object_id)


def _page_ids_in_block(block, raw) -> Iterator[int]:
    """Page ids in one block's stored (raw) value: a chooser keeps the id even once its
    page is deleted, where the loaded value would be None."""
    if raw in (None, "", [], {}):
        return
    if isinstance(block, blocks.PageChooserBlock):
        if str(raw).isdigit():
            yield int(raw)
    elif isinstance(block, blocks.RichTextBlock):
        yield from _page_ids_in_rich_text(raw)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from _page_ids_in_block(child, raw.get(name))
    elif isinstance(block, blocks.StreamBlock):
        for item in raw:
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                yield from _page_ids_in_block(child, item.get("value"))
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            value = item["value"] if block._item_is_in_block_format(item) else item
            yield from _page_ids_in_block(block.child_block, value)


def linked_page_ids(page: Page) -> set[int]:
    """Every page this (specific) page links to, from its stored fields."""
    found = set()
    for field in page._meta.concrete_fields:
        if field.model is Page:
            continue  # Wagtail's own fields (alias_of, ...) are not links patients follow
        if isinstance(field, StreamField):
            raw = list(field.value_from_object(page).raw_data)
            found.update(_page_ids_in_block(field.stream_block, raw))
        elif isinstance(field, RichTextField):
            found.update(_page_ids_in_rich_text(field.value_from_object(page)))
        elif (
            isinstance(field, models.ForeignKey)
            and issubclass(field.related_model, Page)
            and (pk := field.value_from_object(page)) is not None
        ):
            found.add(pk)
    found.discard(page.pk)
    return found


@dataclass(frozen=True)
class BrokenLink:
    page: Page  # the live page that links
    target_id: int
    target_title: str  # "" when nothing says what a deleted page was called
    deleted: bool


def broken_links() -> list[BrokenLink]:
    """Each link from a live page to a page that is unpublished or deleted, in tree order.

    Queries: one per page type (the live pages), one for the linked pages, one for the
    deletion log entries of any that are gone.
    """
    linking = [(page, linked_page_ids(page)) for page in Page.objects.live().specific()]
    linked = {pk for _, ids in linking for pk in ids}
    if not linked:
        return []
    existing = {
        pk: (title, live)
        for pk, title, live in Page.objects.filter(pk__in=linked).values_list("pk", "title", "live")
    }
    gone = linked - existing.keys()
    deleted_titles = dict(
        PageLogEntry.objects.filter(page_id__in=gone, action="wagtail.delete")
        .order_by("timestamp")
        .values_list("page_id", "label")
    )
    found = []
    for page, ids in sorted(linking, key=lambda pair: pair[0].path):
        for pk in sorted(ids):
            if pk in gone:
                found.append(BrokenLink(page, pk, deleted_titles.get(pk, ""), deleted=True))
            elif not existing[pk][1]:
                found.append(BrokenLink(page, pk, existing[pk][0], deleted=False))
    return found
