"""What is due for medical review, shared by the admin report, the dashboard and the reminders.

An item is due when its review is overdue, falls due within a window (30 days by
default) or has never been done. Every model with the review fields is covered:
each concrete clinical page type and each other model (such as ``Statistic``) is
queried once, filtered in the database, so the number of queries depends on the
number of models, never on the number of items.
"""

import copy
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.admin.utils import quote
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.text import capfirst

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Page, Revision, get_page_models

from .changes import review_url
from .models import DUE_SOON_DAYS, MedicalReviewMixin, ReviewStatus
from .readability import ReadingLevel, reading_level

# Never reviewed is the most urgent: nobody has ever checked it.
URGENCY = {
    ReviewStatus.NEVER: 0,
    ReviewStatus.OVERDUE: 1,
    ReviewStatus.DUE_SOON: 2,
    ReviewStatus.CURRENT: 3,
}
NOT_COMPUTED = object()


def reviewed_models() -> list[type]:
    """Concrete models carrying the review fields: clinical page types first, then the rest."""
    pages = [m for m in get_page_models() if issubclass(m, MedicalReviewMixin)]
    others = [
        m
        for m in apps.get_models()
        if issubclass(m, MedicalReviewMixin) and not issubclass(m, Page) and not m._meta.proxy
    ]
    return [m for m in pages if not m._meta.proxy] + others


def review_status(obj, today: datetime.date, days: int = DUE_SOON_DAYS) -> ReviewStatus:
    """The model's own status, with "due soon" widened or narrowed to ``days``."""
    status = obj.review_status(today)
    if status in (ReviewStatus.DUE_SOON, ReviewStatus.CURRENT):
        due_soon = obj.next_review_due <= today + datetime.timedelta(days=days)
        status = ReviewStatus.DUE_SOON if due_soon else ReviewStatus.CURRENT
    return status


@dataclass(eq=False)
class DueItem:
    """One page or statistic awaiting review, with what every listing of it shows."""

    obj: object
    status: ReviewStatus
    today: datetime.date
    days: int
    edit_url: str
    review_url: str = ""  # the review screen, for those who read and decide rather than edit
    link_url: str = ""  # where a listing links, for the person looking (set by the admin views)
    _reading: object = field(default=NOT_COMPUTED, repr=False)

    @property
    def is_page(self) -> bool:
        return isinstance(self.obj, Page)

    @property
    def key(self) -> tuple[str, int]:
        """Identifies the item across models (a page's subclass rows share its pk)."""
        return ("page" if self.is_page else self.obj._meta.label, self.obj.pk)

    @property
    def title(self) -> str:
        return self.obj.title if self.is_page else str(self.obj)

    @property
    def type_label(self) -> str:
        return capfirst(self.obj._meta.verbose_name)

    @property
    def live(self) -> bool:
        return getattr(self.obj, "live", True)

    @property
    def next_review_due(self) -> datetime.date | None:
        return self.obj.next_review_due

    @property
    def last_reviewed(self) -> datetime.date | None:
        return self.obj.last_reviewed

    @property
    def reviewer(self):
        """The clinician who last reviewed it, or None."""
        return self.obj.reviewed_by if self.obj.reviewed_by_id else None

    @property
    def reviewer_label(self) -> str:
        return str(self.reviewer) if self.reviewer else "—"

    @property
    def reviewer_user(self):
        """The reviewer's account, if it can receive email (active, with an address)."""
        user = self.reviewer.user if self.reviewer and self.reviewer.user_id else None
        return user if user and user.is_active and user.email else None

    @property
    def status_label(self) -> str:
        if self.status == ReviewStatus.DUE_SOON:
            return f"Due within {self.days} days"
        return str(self.status.label)

    @property
    def days_left(self) -> int | None:
        """Days until the review is due: negative when overdue, None when never reviewed."""
        return (self.next_review_due - self.today).days if self.next_review_due else None

    @property
    def due_description(self) -> str:
        """When it is due, in words: "5 days overdue", "due today", "due in 10 days"."""
        days = self.days_left
        if days is None:
            return "never reviewed"
        if days < 0:
            return f"{-days} day{'s' if days != -1 else ''} overdue"
        if days == 0:
            return "due today"
        return f"due in {days} day{'s' if days != 1 else ''}"

    @property
    def due_date_text(self) -> str:
        return format_date(self.next_review_due, "F j, Y") if self.next_review_due else "—"

    @property
    def admin_url(self) -> str:
        """The edit link for exports, absolute from ``WAGTAILADMIN_BASE_URL``."""
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + self.edit_url

    @property
    def admin_review_url(self) -> str:
        """The review screen's link for reviewers' emails, absolute (else the edit link)."""
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + (self.review_url or self.edit_url)

    @property
    def reading(self) -> ReadingLevel | None:
        """Reading level on the page's language's formula (pages only), of the version the edit
        view grades (``latest_versions``); computed on demand, best after ``add_reading_levels``."""
        if self._reading is NOT_COMPUTED:
            page = latest_versions([self.obj]).get(self.obj.pk, self.obj) if self.is_page else None
            self._reading = reading_level(page) if page is not None else None
        return self._reading

    @property
    def reading_score(self) -> float | None:
        return self.reading.score if self.reading else None

    @property
    def reading_formula(self) -> str:
        """For exports: which formula the score is on, as two languages share the column."""
        return self.reading.formula if self.reading else ""


def due_items(today: datetime.date | None = None, days: int = DUE_SOON_DAYS) -> list[DueItem]:
    """Everything overdue, due within ``days`` or never reviewed, most urgent first.

    One query per reviewed model (the reviewer and their account come with it), live
    or draft alike. Page aliases are left out: they mirror their source page, which is
    listed and is where the content is edited and reviewed.
    """
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=days)
    finder = AdminURLFinder()
    found: dict[tuple[str, int], DueItem] = {}
    for model in reviewed_models():
        objects = model._default_manager.filter(
            Q(next_review_due__isnull=True) | Q(next_review_due__lte=horizon)
        ).select_related("reviewed_by__user")
        if issubclass(model, Page):
            # The locale says which reading formula applies.
            objects = objects.filter(alias_of__isnull=True).select_related("locale")
        for obj in objects:
            if isinstance(obj, Page):
                edit_url = reverse("wagtailadmin_pages:edit", args=[quote(obj.pk)])
            else:
                edit_url = finder.get_edit_url(obj) or ""
            item = DueItem(
                obj, review_status(obj, today, days), today, days, edit_url, review_url(obj) or ""
            )
            existing = found.get(item.key)
            # A page type inheriting another's table: keep the most specific instance.
            if existing is None or isinstance(obj, type(existing.obj)):
                found[item.key] = item
    return sort_items(list(found.values()), "status")


def _urgency(item: DueItem) -> tuple:
    return (URGENCY[item.status], item.next_review_due or datetime.date.min, item.title.casefold())


# Sort values by ordering name; None values sort last whichever the direction.
SORT_VALUES = {
    "status": _urgency,
    # Never reviewed counts as due (and reviewed) longest ago.
    "next_review_due": lambda item: item.next_review_due or datetime.date.min,
    "last_reviewed": lambda item: item.last_reviewed or datetime.date.min,
    "title": lambda item: item.title.casefold(),
    "type": lambda item: item.type_label.casefold(),
    "reviewer": lambda item: item.reviewer_label.casefold() if item.reviewer else None,
    "grade": lambda item: item.reading.sort_key if item.reading else None,
}


def sort_items(items: list[DueItem], ordering: str) -> list[DueItem]:
    """Items in ``ordering`` ("title", "-grade", ...); unknown orderings sort by urgency."""
    descending = ordering.startswith("-")
    value = SORT_VALUES.get(ordering.removeprefix("-"))
    if value is None:
        value, descending = _urgency, False
    present = [item for item in items if value(item) is not None]
    missing = [item for item in items if value(item) is None]
    present.sort(key=lambda item: (value(item), _urgency(item)), reverse=descending)
    missing.sort(key=_urgency)
    return present + missing


def latest_versions(pages: list) -> dict:
    """Each page that has a draft newer than its database row, as that draft: what its edit
    view shows and grades. One query for them all; the others are left out.

    A page's row holds its live version (or, never published, the version it was made
    with: a translation's copied English), while editors and reviewers read and grade the
    latest revision. Only the fields stored on the page itself are taken from the draft,
    which is all a reading level reads; relations stay as they are (no query).
    """
    drafts = {
        page.latest_revision_id: page
        for page in pages
        if page.has_unpublished_changes and page.latest_revision_id
    }
    if not drafts:
        return {}
    found = {}
    for revision_id, content in Revision.objects.filter(pk__in=drafts).values_list("pk", "content"):
        page = drafts[revision_id]
        draft = copy.copy(page)
        for stored in page._meta.concrete_fields:
            if stored.name in content and not (stored.is_relation or stored.primary_key):
                setattr(draft, stored.attname, stored.to_python(content[stored.name]))
        found[page.pk] = draft
    return found


def add_reading_levels(items: list[DueItem]) -> None:
    """Compute the reading level of every page among ``items`` in a fixed number of queries.

    Each page is graded as its edit view grades it: its latest version, a draft if it has
    one (``latest_versions``, one query). Grading reads each page's StreamField blocks,
    and the snippets and pages that key facts and links choose would otherwise be fetched
    page by page. Every page's blocks are converted together instead, one query per block
    type, and each page is given its converted stream (in memory only: nothing is saved).
    """
    to_grade = [item for item in items if item.is_page and item._reading is NOT_COMPUTED]
    drafts = latest_versions([item.obj for item in to_grade])
    graded = {item: drafts.get(item.obj.pk, item.obj) for item in to_grade}
    streams = defaultdict(list)
    for page in graded.values():
        for stream_field in page._meta.concrete_fields:
            if isinstance(stream_field, StreamField):
                block = stream_field.stream_block
                signature = (type(block), tuple(block.child_blocks))
                streams[signature].append((page, stream_field))
    for entries in streams.values():
        raw = [list(getattr(page, f.name).raw_data) for page, f in entries]
        combined = StreamValue(
            entries[0][1].stream_block, [block for blocks in raw for block in blocks], is_lazy=True
        )
        children = iter(combined)
        for (page, stream_field), blocks in zip(entries, raw, strict=True):
            converted = [next(children) for _ in blocks]
            setattr(
                page,
                stream_field.name,
                StreamValue(
                    stream_field.stream_block,
                    [(child.block_type, child.value, child.id) for child in converted],
                ),
            )
    for item, page in graded.items():
        item._reading = reading_level(page)
