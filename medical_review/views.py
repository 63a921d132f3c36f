"""The "Reviews due" admin report, its dashboard panel, and who may see them."""

import datetime
import functools
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.views import defaults

from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import multigetattr
from wagtail.models import Page

from audit.spreadsheets import FormulaSafeExportMixin

from .changes import review_url
from .due import add_reading_levels, due_items, sort_items
from .governance import EDITORS, MEDICAL_REVIEWERS
from .models import DUE_SOON_DAYS, ReviewStatus
from .permissions import page_policy
from .translations import StaleTranslation, stale_translations

REPORT_GROUPS = (EDITORS, MEDICAL_REVIEWERS)


def can_see_reviews(user) -> bool:
    """Superusers, editors and medical reviewers: the people who keep clinical content current."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    # Asked by the menu, the dashboard and the view in one request: one query, kept on the user.
    if not hasattr(user, "_can_see_medical_reviews"):
        user._can_see_medical_reviews = user.groups.filter(name__in=REPORT_GROUPS).exists()
    return user._can_see_medical_reviews


@dataclass
class StaleTranslationRow:
    """A "Translations out of date" entry as a row of the report's export."""

    stale: StaleTranslation
    status_label = "Translation out of date"
    next_review_due = last_reviewed = reading_score = None
    reviewer_label = reading_formula = ""

    @property
    def title(self) -> str:
        return self.stale.page.title

    @property
    def type_label(self) -> str:
        return capfirst(self.stale.page.specific_class._meta.verbose_name)

    @property
    def language(self) -> str:
        return self.stale.language

    @property
    def translation_published(self):
        return self.stale.page.last_published_at

    @property
    def original_published(self):
        return self.stale.source_published_at

    @property
    def admin_url(self) -> str:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + self.stale.edit_url

    @property
    def original_admin_url(self) -> str:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + self.stale.source_edit_url


def link_items_for(user, items) -> None:
    """Point each item's link where ``user`` works on it: the editor for those who may edit
    it, else its review screen (reviewers read and decide; they edit nothing)."""
    edits_pages = page_policy().user_has_permission(user, "change")
    for item in items:
        if item.is_page:
            may_edit = edits_pages
        else:
            opts = item.obj._meta
            may_edit = user.has_perm(f"{opts.app_label}.change_{opts.model_name}")
        item.link_url = item.edit_url if may_edit or not item.review_url else item.review_url


class ReviewsDueView(FormulaSafeExportMixin, ReportView):
    """Every clinical page and statistic overdue, due within 30 days or never reviewed.

    Titles are typed by editors: the export cannot run them as formulas. The export has
    every section the screen shows: the items due, then the translations out of date
    (their own columns, empty on the rows above), times in the site's zone, named.
    """

    template_name = "medical_review/reviews_due.html"
    page_title = "Reviews due"
    header_icon = "calendar-alt"
    index_url_name = "medical_review_reviews_due"
    default_ordering = "status"
    paginate_by = 50
    # Only the headers are drawn from these (sort links); the template draws the cells.
    columns = [
        Column("title", label="Title", sort_key="title"),
        Column("type", label="Type", sort_key="type"),
        Column("status", label="Status", sort_key="status"),
        Column("next_review_due", label="Next review due", sort_key="next_review_due"),
        Column("last_reviewed", label="Last reviewed", sort_key="last_reviewed"),
        Column("reviewer", label="Reviewer", sort_key="reviewer"),
        Column("grade", label="Reading level", sort_key="grade"),
    ]
    list_export = [
        "title",
        "type_label",
        "status_label",
        "next_review_due",
        "last_reviewed",
        "reviewer_label",
        "reading_score",
        "reading_formula",
        "admin_url",
        "language",
        "translation_published",
        "original_published",
        "original_admin_url",
    ]
    export_headings = {
        "title": "Title",
        "type_label": "Type",
        "status_label": "Status",
        "next_review_due": "Next review due",
        "last_reviewed": "Last reviewed",
        "reviewer_label": "Reviewer",
        "reading_score": "Reading level",
        "reading_formula": "Reading formula",
        "admin_url": "Edit link",
        "language": "Language",
        "translation_published": "Translation last published",
        "original_published": "English original published",
        "original_admin_url": "English original edit link",
    }
    # Only the translations out of date fill these.
    TRANSLATION_COLUMNS = list_export[-4:]
    TIMES = ("translation_published", "original_published")

    def dispatch(self, request, *args, **kwargs):
        if not can_see_reviews(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def today(self):
        return timezone.localdate()

    @cached_property
    def items(self):
        return due_items(self.today)

    def get_queryset(self):
        if self.ordering.removeprefix("-") == "grade":
            add_reading_levels(self.items)  # every level is needed to sort by it
        return sort_items(self.items, self.ordering)

    def decorate_paginated_queryset(self, object_list):
        add_reading_levels(list(object_list))  # only the rows shown (all of them in an export)
        link_items_for(self.request.user, object_list)
        return object_list

    @cached_property
    def stale_translations(self):
        return stale_translations()

    def get_filename(self):
        return f"reviews-due-{self.today.isoformat()}"

    def to_row_dict(self, item):
        if isinstance(item, StaleTranslationRow):
            return super().to_row_dict(item)
        return {
            field: "" if field in self.TRANSLATION_COLUMNS else multigetattr(item, field)
            for field in self.list_export
        }

    def get_heading(self, queryset, field):
        heading = super().get_heading(queryset, field)
        if field in self.TIMES:  # the zone is named, so nobody reads the time as UTC
            return f"{heading} ({timezone.get_current_timezone_name()})"
        return heading

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime):  # the site's time, as the screen shows it
            value = timezone.localtime(value).replace(tzinfo=None, microsecond=0)
        return super().preprocess_field_value(field, value, export_format)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        rows = [*queryset, *(StaleTranslationRow(s) for s in self.stale_translations)]
        return super().as_spreadsheet(rows, spreadsheet_format)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        statuses = [item.status for item in self.items]
        context.update(
            overdue_count=statuses.count(ReviewStatus.OVERDUE),
            never_count=statuses.count(ReviewStatus.NEVER),
            due_soon_count=statuses.count(ReviewStatus.DUE_SOON),
            due_soon_days=DUE_SOON_DAYS,
            stale_translations=self.stale_translations,
            edits_pages=page_policy().user_has_permission(self.request.user, "change"),
        )
        return context


class ReviewsDuePanel(Component):
    """Dashboard panel: how much is overdue, never reviewed or due soon, and the most urgent."""

    name = "reviews_due"
    template_name = "medical_review/reviews_due_panel.html"
    order = 230  # after "Awaiting your review" (220), before recent edits (250)
    shown = 5

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        items = due_items()
        statuses = [item.status for item in items]
        link_items_for(parent_context["request"].user, items[: self.shown])
        context.update(
            total=len(items),
            overdue_count=statuses.count(ReviewStatus.OVERDUE),
            never_count=statuses.count(ReviewStatus.NEVER),
            due_soon_count=statuses.count(ReviewStatus.DUE_SOON),
            due_soon_days=DUE_SOON_DAYS,
            most_urgent=items[: self.shown],
            report_url=reverse("medical_review_reviews_due"),
        )
        return context


class AwaitingReviewPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "Awaiting your review" dashboard panel, whose links open the review screen.

    Wagtail links each task to the editor and to revision comparisons, which open only to
    people who may edit; a medical reviewer may not, and reviews on the review screen.
    """

    template_name = "medical_review/awaiting_review.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        for state in context["states"]:
            obj, revision = state["obj"], state["revision"]
            state["review_url"] = review_url(obj)
            if state["previous_revision_id"]:
                state["compare_previous_url"] = self.compare_url(
                    obj, state["previous_revision_id"], revision.pk
                )
        return context

    @staticmethod
    def compare_url(obj, revision_a, revision_b) -> str | None:
        if isinstance(obj, Page):
            return reverse("medical_review_compare", args=[obj.pk, revision_a, revision_b])
        url_name = obj.snippet_viewset.get_url_name("revisions_compare")
        return reverse(url_name, args=[obj.pk, revision_a, revision_b])


def forbidden_as_403(view):
    """Answer a refused user with 403 Forbidden.

    Wagtail's admin URL wrapper would turn ``PermissionDenied`` into a redirect to the
    dashboard; a report about clinical governance says plainly that access is refused.
    """

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied as exc:
            return defaults.permission_denied(request, exc)

    return wrapped


reviews_due = forbidden_as_403(ReviewsDueView.as_view())
