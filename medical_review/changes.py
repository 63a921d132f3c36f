"""What a review would change: Wagtail's revision comparison, opened to the task's reviewers.

Wagtail lets only people who may edit compare revisions. Medical reviewers only
view content, and may open an item's editor only while a review task of theirs is
in progress. These views let them compare exactly then, with Wagtail's own checks.
"""

from wagtail.admin.views.pages.revisions import RevisionsCompareView
from wagtail.snippets.views.snippets import RevisionsCompareView as SnippetRevisionsCompareView
from wagtail.snippets.views.snippets import SnippetViewSet

from .copies import UnreviewedCopyView


class ChangesUnderReviewView(RevisionsCompareView):
    """A page's live (last approved) version against the latest one, for whoever may review it.

    Wagtail's per-page check (``can_edit``) already lets a task's reviewers in.
    """

    def dispatch(self, request, *args, **kwargs):
        # Skip RevisionsCompareView's "any page permission" decorator, not its get_object().
        return super(RevisionsCompareView, self).dispatch(request, *args, **kwargs)


class SnippetChangesUnderReviewView(SnippetRevisionsCompareView):
    """Wagtail's snippet comparison, also open to the reviewers of the snippet's current task."""

    def user_has_permission(self, permission):
        task = self.object.current_workflow_task
        if task and task.user_can_access_editor(self.object, self.request.user):
            return True
        return super().user_has_permission(permission)


class ReviewedSnippetViewSet(SnippetViewSet):
    """Snippets under medical review (statistics, references, clinicians): their reviewers may
    compare, and a copy starts unreviewed (``medical_review.copies``)."""

    revisions_compare_view_class = SnippetChangesUnderReviewView
    copy_view_class = UnreviewedCopyView
