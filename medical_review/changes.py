"""What a review would change: Wagtail's page comparison, opened to the task's reviewers.

Wagtail lets only people who may edit pages somewhere compare revisions. Medical
reviewers only view pages, and may open a page's editor only while a review task
of theirs is in progress, which Wagtail's per-page check (``can_edit``) already
knows. So this view drops the blanket gate and keeps the per-page check.
"""

from wagtail.admin.views.pages.revisions import RevisionsCompareView


class ChangesUnderReviewView(RevisionsCompareView):
    """The live (last approved) version against the latest one, for whoever may review it."""

    def dispatch(self, request, *args, **kwargs):
        # Skip RevisionsCompareView's "any page permission" decorator, not its get_object().
        return super(RevisionsCompareView, self).dispatch(request, *args, **kwargs)
