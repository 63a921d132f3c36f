"""What a review decision tells the people on either side of it.

Wagtail 8 confirms neither "Approve" nor "Request changes" (from the dashboard it
says nothing; from the editor only "Page ... has been updated"), and after a
rejection the editor finds the reviewer's comment deep in the workflow history,
above three buttons it does not explain. Here:

- the reviewer's confirmation, naming the item and what happens next
  (``confirm_decision``): ``ClinicianApprovalTask.on_action`` sends the dashboard's
  workflow-action view to ``decision_made`` for it, and the edit view's
  ``after_edit_page``/``after_edit_snippet`` hook adds it (``wagtail_hooks``);
- for the editor, the latest "request changes" and its comment, with each button
  they are offered in plain words (``changes_requested``), shown at the top of the
  editor by the Medical review panel (``panels``).
"""

from dataclasses import dataclass

from django.contrib import messages as django_messages
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.dateformat import format as format_date

from wagtail.admin import messages
from wagtail.admin.utils import get_latest_str, get_user_display_name
from wagtail.models import TaskState, WorkflowState

from .dates import next_review_after
from .models import MedicalReviewMixin, signing_clinician

DECIDED = (TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED)


def signer_name(user) -> str:
    """How a decision is signed: the reviewer's clinician profile, else their account's name."""
    clinician = signing_clinician(user)
    return str(clinician) if clinician else get_user_display_name(user)


def is_reviewed_content(obj) -> bool:
    """Content that carries the review dates patients see (clinical pages and statistics)."""
    return isinstance(getattr(obj, "specific_deferred", obj), MedicalReviewMixin)


def decision_message(task_state: TaskState) -> str | None:
    """The reviewer's confirmation of ``task_state``'s decision: the item and what happens next."""
    workflow_state = task_state.workflow_state
    obj = workflow_state.content_object
    if obj is None or task_state.status not in DECIDED:
        return None
    title = get_latest_str(obj)
    if task_state.status == TaskState.STATUS_REJECTED:
        editor = workflow_state.requested_by
        to_whom = get_user_display_name(editor) if editor else "the editor"
        patients = (
            "Patients keep seeing the version approved before."
            if getattr(obj, "live", True)
            else "Patients see none of it until it is approved."
        )
        comment = "with your comment" if task_state.comment.strip() else "(you left no comment)"
        return f"Changes requested: “{title}” goes back to {to_whom} {comment}. {patients}"

    signed = signer_name(task_state.finished_by)
    if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        next_task = workflow_state.current_task_state.task.name
        return f"Approved: “{title}” now goes to “{next_task}”, signed by {signed}."
    revision = obj.get_latest_revision()
    go_live = revision.approved_go_live_at if revision else None
    if go_live and go_live > timezone.now():
        when = format_date(timezone.localtime(go_live), "F j, Y, P")
        message = f"Approved: “{title}” goes live on {when}, signed by {signed}."
    else:
        message = f"Approved: “{title}” is now live, signed by {signed}."
    if is_reviewed_content(obj):
        decided_on = timezone.localdate(task_state.finished_at)
        message += f" Next review due {format_date(next_review_after(decided_on), 'F j, Y')}."
    return message


def confirm_decision(request, task_state: TaskState | None, replace_success=False) -> None:
    """Tell the reviewer what their decision did; with ``replace_success``, in place of the
    success message already queued (the edit view's generic "updated")."""
    message = decision_message(task_state) if task_state else None
    if not message:
        return
    if replace_success:
        # Reading the queue consumes it; what is not a success message is queued again.
        storage = django_messages.get_messages(request)
        for kept in [m for m in storage if m.level != django_messages.SUCCESS]:
            storage.add(kept.level, kept.message, kept.extra_tags)
    messages.success(request, message)


def latest_decision(obj, user) -> TaskState | None:
    """``user``'s decision on ``obj``, if the last finished task on it was theirs."""
    latest = (
        TaskState.objects.for_instance(obj)
        .filter(status__in=DECIDED)
        .select_related("workflow_state", "finished_by")
        .order_by("-finished_at", "-pk")
        .first()
    )
    return latest if latest and latest.finished_by_id == user.pk else None


def decision_made(request, task_state_id: int):
    """Where the dashboard's Approve and Request changes land: the confirmation, then the
    dashboard, where the next task waits."""
    task_state = (
        TaskState.objects.filter(pk=task_state_id, finished_by=request.user, status__in=DECIDED)
        .select_related("workflow_state", "finished_by")
        .first()
    )
    confirm_decision(request, task_state)
    return redirect("wagtailadmin_home")


@dataclass
class Choice:
    button: str
    what_it_does: str


@dataclass
class ChangesRequested:
    """A reviewer's request for changes, still open, and the editor's ways on from it."""

    reviewer: str
    requested_at: object
    comment: str
    choices: list[Choice]


def changes_requested(obj, user) -> ChangesRequested | None:
    """The open "request changes" on ``obj``, with the buttons ``user`` is offered after it.

    Wagtail keeps the reviewer's comment on the rejected task state, which stays the
    workflow's current one until the editor resubmits, restarts or cancels.
    """
    if obj is None or obj.pk is None:
        return None
    workflow_state = obj.current_workflow_state
    if not workflow_state or workflow_state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = workflow_state.current_task_state
    if task_state is None or task_state.status != TaskState.STATUS_REJECTED:
        return None
    choices = [
        Choice(
            f"Resubmit to {task_state.task.name}",
            "Sends your changes back to the medical reviewers for this review. "
            "Use it once you have made the changes asked for.",
        ),
        Choice(
            "Save draft",
            "Keeps your changes and leaves the request open. Nobody is told; "
            "use it while you are still working.",
        ),
    ]
    if workflow_state.user_can_cancel(user):
        choices += [
            Choice(
                "Restart workflow",
                "Also sends your changes to the reviewers, but as a new review: this "
                "request and its comment move to the history. Resubmitting is usually better.",
            ),
            Choice(
                "Cancel workflow",
                "Saves your changes as a draft and takes the item out of review. Nothing "
                "goes to the reviewers and nothing is published until you submit it again.",
            ),
        ]
    return ChangesRequested(
        reviewer=signer_name(task_state.finished_by) if task_state.finished_by else "A reviewer",
        requested_at=task_state.finished_at,
        comment=task_state.comment.strip(),
        choices=choices,
    )
