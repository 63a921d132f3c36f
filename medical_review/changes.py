"""The review screen: what a change would do for patients, and the decision on it.

Medical reviewers read pages and clinical snippets and change neither: they review in
Wagtail's revision comparison (text and blocks) of the live, last approved version
against the latest, with the open task's actions (Approve, Approve with comment,
Request changes) above it. Wagtail opens its comparison only to people who may edit;
these views open it to everyone who may read the item (``medical_review.permissions``
for pages, the model's "view" permission for snippets), with Wagtail's own comparison
and workflow-action views doing the rest. Every link a reviewer is given (the
dashboard task, Reviews due, a snippet listing, the reminder email) comes here.
"""

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property

from wagtail.admin.views.pages.revisions import RevisionsCompareView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Page
from wagtail.snippets.views.snippets import EditView as SnippetEditView
from wagtail.snippets.views.snippets import HistoryView as SnippetHistoryView
from wagtail.snippets.views.snippets import RevisionsCompareView as SnippetRevisionsCompareView
from wagtail.snippets.views.snippets import SnippetViewSet

from .copies import UnreviewedCopyView
from .panels import cannot_sign_approvals, translation_flag
from .permissions import page_policy

# Any of these on a snippet model lets someone read its items in the admin.
READ_SNIPPETS = {"view", "add", "change", "delete", "publish"}


def review_url(obj) -> str | None:
    """The review screen of a page or reviewed snippet (None for anything else)."""
    if isinstance(obj, Page):
        return reverse("medical_review_changes", args=[quote(obj.pk)])
    viewset = getattr(obj, "snippet_viewset", None)
    if isinstance(viewset, ReviewedSnippetViewSet):
        return reverse(viewset.get_url_name("inspect"), args=[quote(obj.pk)])
    return None


def open_task_actions(obj, user) -> tuple:
    """The open task on ``obj`` and what ``user`` may do on it: (task state, actions)."""
    task_state = obj.current_workflow_task_state if obj.workflow_in_progress else None
    if task_state is None:
        return None, []
    return task_state, task_state.task.specific.get_actions(obj, user)


class ReviewMixin:
    """The review's decision and context, above Wagtail's comparison of two versions."""

    template_name = "medical_review/review.html"
    page_title = "Review changes"
    header_icon = "doc-empty-inverse"

    @cached_property
    def task_state_and_actions(self):
        return open_task_actions(self.object, self.request.user)

    def get_edit_url(self):
        return super().get_edit_url() if self.user_may_edit() else None

    def _get_revision_and_heading(self, revision_id):
        if revision_id == "latest" and not self.object.revisions.exists():
            return self.object, "Latest"  # never saved as a revision: the row is all there is
        return super()._get_revision_and_heading(revision_id)

    def get_history_url(self):
        return super().get_history_url() if self.user_may_read_history() else None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        task_state, actions = self.task_state_and_actions
        obj = self.object
        context.update(
            task_state=task_state,
            submitted_by=task_state.workflow_state.requested_by if task_state else None,
            actions=actions,
            workflow_action_url_name=self.workflow_action_url_name,
            preview_url=self.get_task_preview_url(task_state),
            history_url=self.get_history_url(),
            live_url=obj.get_url(self.request) if isinstance(obj, Page) and obj.live else None,
            not_live=not getattr(obj, "live", True),
            compares_live_with_latest=self.revision_id_a == "live"
            and self.revision_id_b == "latest",
            cannot_sign=bool(actions) and cannot_sign_approvals(self.request.user),
            **translation_flag(obj),
        )
        return context

    def get_task_preview_url(self, task_state):
        is_previewable = getattr(self.object, "is_previewable", None)
        if task_state is None or not (is_previewable and is_previewable()):
            return None
        return reverse(
            self.workflow_preview_url_name, args=[quote(self.object.pk), task_state.task_id]
        )


class ChangesUnderReviewView(ReviewMixin, RevisionsCompareView):
    """A page's review screen: any two versions, by default the live one against the latest."""

    workflow_action_url_name = "wagtailadmin_pages:workflow_action"
    workflow_preview_url_name = "wagtailadmin_pages:workflow_preview"

    def setup(self, request, pk, revision_id_a="live", revision_id_b="latest", *args, **kwargs):
        super().setup(request, pk, revision_id_a, revision_id_b, *args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        # Readers are let in by get_object(); skip only the "any page permission" decorator.
        return super(RevisionsCompareView, self).dispatch(request, *args, **kwargs)

    @cached_property
    def permissions(self):
        return self.object.permissions_for_user(self.request.user)

    def get_object(self, queryset=None):
        page = Page.objects.filter(pk=self.pk).first()
        if page is None:
            return super().get_object(queryset)  # Wagtail's 404
        page = page.specific
        user = self.request.user
        if not (page_policy().user_can_read(user, page) or open_task_actions(page, user)[1]):
            raise PermissionDenied
        return page

    def user_may_edit(self) -> bool:
        return self.permissions.can_edit()

    def user_may_read_history(self) -> bool:
        # Wagtail's page history is for those who edit or publish.
        return self.permissions.can_edit() or self.permissions.can_publish()


class SnippetReviewView(ReviewMixin, SnippetRevisionsCompareView):
    """A reviewed snippet's review screen (its "Inspect" view, and its revision comparison)."""

    def setup(self, request, pk, revision_id_a="live", revision_id_b="latest", *args, **kwargs):
        super().setup(request, pk, revision_id_a, revision_id_b, *args, **kwargs)

    @property
    def workflow_action_url_name(self):
        return self.object.snippet_viewset.get_url_name("workflow_action")

    @property
    def workflow_preview_url_name(self):
        return self.object.snippet_viewset.get_url_name("workflow_preview")

    def user_has_permission(self, permission):
        """Wagtail asks for "change"; reading the model, or reviewing this item, is enough."""
        if self.permission_policy.user_has_any_permission(self.request.user, READ_SNIPPETS):
            return True
        return bool(self.task_state_and_actions[1])

    def user_may_edit(self) -> bool:
        return self.permission_policy.user_has_permission(self.request.user, "change")

    def user_may_read_history(self) -> bool:
        return True


class ReadableSnippetHistoryView(SnippetHistoryView):
    """A reviewed snippet's history, for everyone who may read it (Wagtail: only who edits).

    A reader's header and breadcrumb link to the review screen where an editor's go to
    the editor; the rows' "Edit" and "Review this version" (a revert, in the editor) are
    left out for them, their comparisons kept.
    """

    any_permission_required = sorted(READ_SNIPPETS)

    @cached_property
    def user_may_edit(self) -> bool:
        return self.user_has_permission("change")

    def get_edit_url(self, instance):
        if self.user_may_edit:
            return super().get_edit_url(instance)
        return reverse(
            self.model.snippet_viewset.get_url_name("inspect"), args=[quote(instance.pk)]
        )

    @cached_property
    def header_buttons(self):
        if self.user_may_edit:
            return super().header_buttons
        return [
            HeaderButton(
                "Review changes", url=self.get_edit_url(self.object), icon_name="doc-empty-inverse"
            )
        ]

    @cached_property
    def columns(self):
        columns = super().columns
        if not self.user_may_edit:
            for column in columns:
                if hasattr(column, "url_names"):
                    column.url_names = {**column.url_names, "edit": None, "revisions_revert": None}
        return columns


class DecideWithoutCopyingEditView(SnippetEditView):
    """A reviewer's Approve or Request changes in the snippet's editor saves nothing unchanged.

    Wagtail's snippet editor saves a revision before every action, also a decision: the
    reviewer's unchanged copy then counts as an edit after approval
    (``WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT``), so Approve started the review again
    and published nothing. The page editor saves one only when something changed; so does this.
    """

    def save_instance(self):
        if self.action == "workflow-action" and not self.form.has_changed():
            self.new_revision = None
            return self.object
        return super().save_instance()


class ReviewedSnippetViewSet(SnippetViewSet):
    """Snippets under medical review (statistics, references, clinicians): each item's
    "Inspect" view is its review screen, whoever may read them sees their history, and a
    copy starts unreviewed (``medical_review.copies``)."""

    edit_view_class = DecideWithoutCopyingEditView
    copy_view_class = UnreviewedCopyView
    inspect_view_enabled = True
    revisions_compare_view_class = SnippetReviewView
    history_view_class = ReadableSnippetHistoryView

    @property
    def inspect_view(self):
        return self.revisions_compare_view
