"""An edit-view panel telling editors where a page stands with medical review and plain language."""

from django.urls import reverse

from wagtail.admin.panels import Panel
from wagtail.models import Page

from programs.i18n import is_out_of_date

from .models import ReviewStatus
from .readability import GRADE_LIMIT, reading_grade
from .translations import source_of


def changes_since_approval_url(instance) -> str | None:
    """What the page under review would change: only while a review is in progress, and
    only if something was approved before (``medical_review.changes``)."""
    if isinstance(instance, Page) and instance.live and instance.workflow_in_progress:
        return reverse("medical_review_changes", args=[instance.pk])
    return None


class ReviewStatusPanel(Panel):
    """Overdue review and reading-grade warnings; seen only in the admin, never by patients."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "medical_review/review_status_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            status = self.instance.review_status()
            source = source_of(self.instance) if hasattr(self.instance, "translation_key") else None
            # Flesch-Kincaid is an English formula: a translation's grade would mislead.
            grade = reading_grade(self.instance) if self.instance.pk and source is None else None
            context.update(
                changes_url=changes_since_approval_url(self.instance),
                translation_source=source,
                is_translation=source is not None,
                translation_out_of_date=source is not None
                and is_out_of_date(self.instance, source),
                status=status,
                overdue=status == ReviewStatus.OVERDUE,
                grade=grade,
                grade_limit=GRADE_LIMIT,
                too_hard=grade is not None and grade > GRADE_LIMIT,
            )
            return context
