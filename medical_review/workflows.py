"""What happens when a workflow is approved (Wagtail's WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail imports this module while its own models load, so it imports ours lazily.
"""


def publish_and_record_review(workflow_state, user=None) -> None:
    """Publish the approved revision, stamping clinical content with its reviewer and dates.

    The approval is the authority to publish: reviewers need no publish permission
    of their own, so they cannot publish anything outside the workflow.
    """
    from .models import MedicalReviewMixin, stamp_review

    revision = workflow_state.content_object.get_latest_revision()
    if issubclass(revision.content_type.model_class(), MedicalReviewMixin):
        stamp_review(revision, user)
    revision.publish(user=user, skip_permission_checks=True)
