"""Translated pages older than their original: flagged in the edit view and the Reviews due report.

A translation is out of date when its original (the English page with the same
translation key) was published after the translation last matched it. When did it
last match?

- A translation that has been approved: when it was last approved. Only medical
  review publishes clinical pages, so ``last_published_at`` is when a reviewer last
  checked this translation (against the English live at the time).
- A translation never approved (a new draft, or one waiting for review): when it was
  made, i.e. its first revision. "Translate" copies the English live at that moment,
  so an English version published later is one the translation has never seen.

Saving or submitting a draft does not count: that the Spanish was edited after the
English changed does not say it was brought in line with it (an editor may have fixed
a typo). A Spanish draft made from the old English and submitted after the English
changed is therefore still flagged, in the editor (for the editor and for the reviewer
who opens the task) and in the report, until a reviewer approves it. Approval is the
act that says "checked against the English", and it clears the flag.

The patients' note on a live page needs no query of its own: a live page's baseline
is its ``last_published_at``. Only a preview of a page never approved looks up when
it was made.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.admin.utils import quote
from django.db.models import CharField, Exists, F, OuterRef, Subquery
from django.db.models.functions import Cast, Coalesce
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import get_language_info

from wagtail.models import Page, Revision, WorkflowState


def autonym(code: str) -> str:
    """A language's name in that language ("Español"): a reader looks for their own."""
    return capfirst(get_language_info(code)["name_local"])


def _of_this_page(queryset):
    """Rows about the page in the outer query (revisions, workflow states: keyed by text ids)."""
    return queryset.filter(
        content_type=OuterRef("content_type"),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )


def baseline_expression():
    """When the page in the query last matched its original: its last approval, or, never
    approved, when it was made (its first revision)."""
    made = _of_this_page(Revision.objects).order_by("created_at", "pk").values("created_at")[:1]
    return Coalesce(F("last_published_at"), Subquery(made))


def in_review_expression():
    """Whether the page in the query is waiting for a reviewer (a workflow in progress)."""
    in_progress = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    return Exists(_of_this_page(in_progress))


def translation_baseline(page: Page):
    """When ``page`` last matched its original (see the module docstring), in one query."""
    if page.pk is None:
        return None
    return (
        Page.objects.filter(pk=page.pk)
        .annotate(baseline=baseline_expression())
        .values_list("baseline", flat=True)
        .first()
    )


def is_out_of_date(source: Page, baseline) -> bool:
    """Was the original published after ``baseline``, when its translation last matched it?

    For a live translation the baseline is its ``last_published_at`` (no query); for any
    other, ``translation_baseline(page)``, or the ``translation_baseline`` that
    ``source_of`` annotates.
    """
    return bool(source.last_published_at and baseline and source.last_published_at > baseline)


@dataclass
class StaleTranslation:
    page: Page
    source_id: int
    source_published_at: object
    baseline: object  # when the translation was last approved, or made if never
    in_review: bool

    @property
    def language(self) -> str:
        return autonym(self.page.locale.language_code)

    @property
    def ever_approved(self) -> bool:
        return self.page.last_published_at is not None

    @property
    def state(self) -> str:
        """Where the translation stands: what the report's status tag says."""
        if self.in_review:
            return "In review"
        return "Live" if self.page.live else "Draft"

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
    """Every translated page whose original was published after the translation last matched
    it, live, draft or waiting for review alike, in one query."""
    originals = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
    )
    pages = (
        Page.objects.filter(alias_of__isnull=True)
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .annotate(
            source_id=Subquery(originals.values("pk")[:1]),
            source_published_at=Subquery(originals.values("last_published_at")[:1]),
            baseline=baseline_expression(),
            in_review=in_review_expression(),
        )
        .filter(source_published_at__gt=F("baseline"))
        .select_related("locale")
        .order_by("path")
    )
    return [
        StaleTranslation(
            page, page.source_id, page.source_published_at, page.baseline, page.in_review
        )
        for page in pages
    ]


def source_of(page: Page) -> Page | None:
    """The original a translated page was made from, None for an original, in one query.

    It comes annotated with the translation's ``translation_baseline`` for ``is_out_of_date``
    and its ``translation_approved_at`` (its ``last_published_at``), both read from the
    database rather than from the draft being edited.
    """
    if page.pk is None:
        return None
    this = Page.objects.filter(pk=page.pk).annotate(baseline=baseline_expression())
    return (
        Page.objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .exclude(pk=page.pk)
        .annotate(
            translation_baseline=Subquery(this.values("baseline")[:1]),
            translation_approved_at=Subquery(this.values("last_published_at")[:1]),
        )
        .only("id", "title", "last_published_at")
        .first()
    )
