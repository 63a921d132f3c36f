"""Edit-view panels telling editors where an item stands with medical review and plain language,
and, after a reviewer requests changes, their comment and what each button does next."""

from django.urls import reverse

from wagtail.admin.panels import Panel
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from .decisions import changes_requested
from .governance import MEDICAL_REVIEWERS
from .models import ReviewStatus, signing_clinician
from .readability import is_measured, reading_level
from .translations import is_out_of_date, source_of


def changes_since_approval_url(instance) -> str | None:
    """What the item under review would change: only while a review is in progress, and only
    if something was approved before (``medical_review.changes``)."""
    if not (instance.pk and instance.live and instance.workflow_in_progress):
        return None
    if isinstance(instance, Page):
        return reverse("medical_review_changes", args=[instance.pk])
    url_name = instance.snippet_viewset.get_url_name("revisions_compare")
    return reverse(url_name, args=[instance.pk, "live", "latest"])


def cannot_sign_approvals(user) -> bool:
    """A medical reviewer with no live Clinician profile: approvals are not offered to them."""
    return user.groups.filter(name=MEDICAL_REVIEWERS).exists() and not signing_clinician(user)


class UnlinkedReviewerPanel(Component):
    """Dashboard note for a reviewer who cannot approve yet, and what to do about it."""

    name = "unlinked_reviewer"
    template_name = "medical_review/includes/cannot_sign.html"
    order = 50  # first: it explains why the approve buttons are missing


def translation_flag(obj) -> dict:
    """Whether a translated page's original changed since it was reviewed (or made), for the
    edit view's panel and the review screen (snippets are not flagged)."""
    source = source_of(obj) if isinstance(obj, Page) else None
    out_of_date = source is not None and is_out_of_date(source, source.translation_baseline)
    return {
        "translation_source": source,
        "translation_out_of_date": out_of_date,
        "translation_in_review": out_of_date and obj.workflow_in_progress,
    }


class ReviewStatusPanel(Panel):
    """Overdue review and reading-grade warnings; seen only in the admin, never by patients."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "medical_review/review_status_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            status = self.instance.review_status()
            level = reading_level(self.instance) if self.instance.pk else None
            context.update(
                changes_requested=changes_requested(self.instance, self.request.user),
                cannot_sign=cannot_sign_approvals(self.request.user),
                changes_url=changes_since_approval_url(self.instance),
                **translation_flag(self.instance),
                status=status,
                overdue=status == ReviewStatus.OVERDUE,
                reading=level,
                reading_not_measured=bool(self.instance.pk) and not is_measured(self.instance),
                too_hard=level is not None and level.too_hard,
            )
            return context


class ChangesRequestedPanel(Panel):
    """For reviewed content without review dates (references, clinicians): the open request
    for changes and the editor's choices, as the Medical review panel shows them. Shown only
    while changes are requested."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "medical_review/changes_requested_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            user = self.request.user if self.request else None
            self.changes_requested = changes_requested(self.instance, user) if user else None

        def is_shown(self):
            return self.changes_requested is not None and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["changes_requested"] = self.changes_requested
            return context
