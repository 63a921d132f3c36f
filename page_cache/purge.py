"""Which cached pages a change makes stale, and purging them everywhere they are cached.

A page's own content shows on the page itself, in its parent's listing, in its
siblings' "other" lists and guide contents (siblings of its own type), in its
descendants' breadcrumbs and on pages that link to it. Each of those pages says
where it is cached: Wagtail's ``get_cached_paths`` (a guide's ``all/`` view too),
and ``get_other_cached_urls`` for views of other pages that show it in full (a
section in its guide's ``all/``). A page in the main menu, the hospital settings, or a
snippet other than a statistic show on every page, so those purge the whole site.
"""

from urllib.parse import urlsplit

from django.core.cache import cache
from django.db import transaction

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page, ReferenceIndex

from .middleware import cache_key


def cached_urls(page: Page) -> list[str]:
    """Every URL ``page`` is cached at, as Wagtail's frontend cache purge reads them."""
    url = page.get_full_url()
    if not url:
        return []
    return [url + path.lstrip("/") for path in page.specific_deferred.get_cached_paths()]


def page_urls(pages) -> set[str]:
    """The cached URLs of ``pages``, and the other pages' views that show them in full."""
    urls = set()
    for page in filter(None, pages):
        urls.update(cached_urls(page))
        urls.update(getattr(page.specific_deferred, "get_other_cached_urls", list)())
    return urls


def referencing_pages(obj) -> list[Page]:
    """Pages whose content points at ``obj`` (a chosen statistic, a linked page...)."""
    references = ReferenceIndex.get_references_to(obj).filter(
        base_content_type=ReferenceIndex._get_base_content_type(Page)
    )
    # The index keeps object ids as text (it indexes every kind of model).
    page_ids = [int(pk) for pk in references.values_list("object_id", flat=True)]
    return list(Page.objects.filter(pk__in=page_ids))


def is_in_main_menu(page: Page) -> bool:
    return page.show_in_menus and page.depth == 3


def affected_by_page(page: Page) -> set[str]:
    if is_in_main_menu(page):
        return whole_site()
    pages = [
        page,
        page.get_parent(),
        *page.get_siblings(inclusive=False).exact_type(page.specific_class),
        *page.get_descendants(),
        *referencing_pages(page),
        # Its translations link to it and say when they are older than it (programs.i18n).
        *page.get_translations(),
    ]
    return page_urls(pages)


def affected_by_snippet(snippet) -> set[str]:
    if snippet._meta.model_name == "statistic":
        return page_urls(referencing_pages(snippet))
    return whole_site()


def whole_site() -> set[str]:
    return page_urls(Page.objects.filter(depth__gt=1).live())


def purge(urls: set[str]) -> None:
    """Once the change is committed, drop ``urls`` from Django's cache and the frontend cache."""

    def run():
        cache.delete_many([cache_key(urlsplit(url).path) for url in urls])
        purge_urls_from_cache(sorted(urls))

    transaction.on_commit(run)
