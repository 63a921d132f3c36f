"""Every new workflow root (each program) goes under medical review as soon as it is created,
and its reviewers may take its pages down at once (governance.GROUP_REVIEWED_PAGE_PERMISSIONS)."""

from django.db.models.signals import post_save

from .governance import assign_workflow, grant_reviewed_page_permissions, workflow_roots


def put_new_root_under_review(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_workflow(instance)
        grant_reviewed_page_permissions(instance)


def connect() -> None:
    for model in workflow_roots():
        post_save.connect(put_new_root_under_review, sender=model, dispatch_uid=f"review-{model}")
