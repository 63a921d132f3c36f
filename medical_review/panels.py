"""An edit-view panel telling editors where a page stands with medical review and plain language."""

from wagtail.admin.panels import Panel

from programs.i18n import is_out_of_date

from .models import ReviewStatus
from .readability import GRADE_LIMIT, reading_grade
from .translations import source_of


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
