"""The page in the other languages: the language switcher, hreflang alternates, stale translations.

One query per page view fetches every live translation of the page and of its
home page (for a language the page is not translated into, the switcher goes to
that language's home page). The English original is among them, so telling
patients that a Spanish page is older than its English original costs no query (a
live page last matched its original when it was last approved). A preview of a page
never approved asks when it was made, so a reviewer who approves from the preview
sees the note too.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation

from wagtail.models import Page

from medical_review.translations import autonym, is_out_of_date, translation_baseline


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    is_translation: bool  # the same page; False when it is that language's home page


def source_language() -> str:
    return settings.LANGUAGE_CODE


def language_context(page: Page, home: Page, request) -> dict:
    """Context for base.html: ``language_links``, ``alternates`` and ``translation_source``."""
    current = translation.get_language() or source_language()
    rows = (
        Page.objects.filter(translation_key__in={page.translation_key, home.translation_key})
        .live()
        .select_related("locale")
        .only(
            "id",
            "url_path",
            "translation_key",
            "locale__language_code",
            "last_published_at",
            "depth",
            "path",
            "title",
            "slug",
        )
    )
    same, homes = {}, {}
    for row in rows:
        code = row.locale.language_code
        if row.translation_key == page.translation_key:
            same[code] = row
        if row.translation_key == home.translation_key:
            homes[code] = row
    links, alternates = [], []
    for code, _name in settings.LANGUAGES:
        target = same.get(code)
        if target is not None:
            alternates.append((code, target.get_full_url(request)))
        if code == current:
            continue
        fallback = target or homes.get(code)
        if fallback is not None:
            url = fallback.get_url(request)
            links.append(LanguageLink(code, autonym(code), url, bool(target)))
    source = same.get(source_language()) if current != source_language() else None
    out_of_date = False
    if source is not None and source.last_published_at:
        baseline = page.last_published_at or translation_baseline(page)
        out_of_date = is_out_of_date(source, baseline)
    return {
        "translation_out_of_date": out_of_date,
        "language_links": links,
        # hreflang only makes sense when the page exists in more than one language.
        "alternates": alternates if len(alternates) > 1 else [],
        "x_default_url": dict(alternates).get(source_language()),
        "translation_source": source,
        "translation_source_url": source.get_url(request) if source is not None else None,
    }


def links_for_view(request) -> list[LanguageLink]:
    """For views that are not pages (search, errors): the same view, or the language's home."""
    from django.urls import Resolver404, resolve, translate_url

    current = translation.get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if code == current:
            continue
        url = "/" if code == source_language() else f"/{code}/"
        try:
            if request is not None and resolve(request.path_info).url_name == "search":
                url = translate_url(request.get_full_path(), code)
        except Resolver404:
            pass
        links.append(LanguageLink(code, autonym(code), url, False))
    return links
