"""Translated pages older than their original: flagged in the edit view and the Reviews due report.

A translation is out of date when its original (the English page with the same
translation key) was published after it. Only medical review publishes clinical
pages, so that means the original was reviewed and changed after the translation
was last reviewed (``is_out_of_date`` says the same for one page).
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.admin.utils import quote
from django.db.models import F, OuterRef, Subquery
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import get_language_info

from wagtail.models import Page


def autonym(code: str) -> str:
    """A language's name in that language ("Español"): a reader looks for their own."""
    return capfirst(get_language_info(code)["name_local"])


def is_out_of_date(translation_page: Page, source: Page) -> bool:
    """Was the original published (so: approved) after its translation was?

    Under this site's governance a page is published only when a medical reviewer approves
    it (or the seed loader makes it), so each page's ``last_published_at`` is when its
    current version was last reviewed. A translation older than its original may say
    something the original no longer does.
    """
    return bool(
        source.last_published_at
        and translation_page.last_published_at
        and source.last_published_at > translation_page.last_published_at
    )


@dataclass
class StaleTranslation:
    page: Page
    source_id: int
    source_published_at: object

    @property
    def language(self) -> str:
        return autonym(self.page.locale.language_code)

    @property
    def edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[quote(self.page.pk)])

    @property
    def source_edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[quote(self.source_id)])

    @property
    def review_url(self) -> str:
        """The review screen, for those who read pages rather than edit them."""
        return reverse("medical_review_changes", args=[quote(self.page.pk)])

    @property
    def source_review_url(self) -> str:
        return reverse("medical_review_changes", args=[quote(self.source_id)])


def stale_translations() -> list[StaleTranslation]:
    """Every live translated page whose original was published after it, in one query."""
    originals = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
    )
    pages = (
        Page.objects.live()
        .filter(alias_of__isnull=True, last_published_at__isnull=False)
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .annotate(
            source_id=Subquery(originals.values("pk")[:1]),
            source_published_at=Subquery(originals.values("last_published_at")[:1]),
        )
        .filter(source_published_at__gt=F("last_published_at"))
        .select_related("locale")
        .order_by("path")
    )
    return [StaleTranslation(page, page.source_id, page.source_published_at) for page in pages]


def source_of(page: Page) -> Page | None:
    """The original a translated page was made from (one query); None for an original."""
    if page.pk is None:
        return None
    return (
        Page.objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .exclude(pk=page.pk)
        .only("id", "title", "last_published_at")
        .first()
    )
