"""Admin hooks: a page-history entry that marks content awaiting a clinician's review."""

from wagtail import hooks

NEEDS_MEDICAL_REVIEW = "programs.needs_medical_review"


@hooks.register("register_log_actions")
def register_medical_review_action(actions):
    actions.register_action(
        NEEDS_MEDICAL_REVIEW,
        "Needs medical review",
        "Marked as needing review by a clinician before it can be relied on",
    )
