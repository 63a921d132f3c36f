"""The "Reviews due" admin report, its dashboard panel, and who may see them."""

import functools

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.views import defaults

from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from audit.spreadsheets import FormulaSafeExportMixin

from .changes import review_url
from .due import add_reading_levels, due_items, sort_items
from .governance import EDITORS, MEDICAL_REVIEWERS
from .models import DUE_SOON_DAYS, ReviewStatus
from .permissions import page_policy
from .translations import stale_translations

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

    Titles are typed by editors: the export cannot run them as formulas.
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
    }

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

    def get_filename(self):
        return f"reviews-due-{self.today.isoformat()}"

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        statuses = [item.status for item in self.items]
        context.update(
            overdue_count=statuses.count(ReviewStatus.OVERDUE),
            never_count=statuses.count(ReviewStatus.NEVER),
            due_soon_count=statuses.count(ReviewStatus.DUE_SOON),
            due_soon_days=DUE_SOON_DAYS,
            stale_translations=stale_translations(),
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
