"""Groups, their permissions and the "Medical review" workflow, made idempotently.

Run after every migrate (and every test flush) through ``post_migrate``, and by
the seed loader once the page tree exists. Each group gets exactly the
permissions listed here, so a permission added by hand is removed again:
least privilege is enforced, not just set up once.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
    get_page_models,
)
from wagtail.snippets.models import get_snippet_models

from .page_operations import ensure_page_operation_permissions

EDITORS = "Editors"
MEDICAL_REVIEWERS = "Medical reviewers"
INTAKE = "Intake"
SITE_MANAGERS = "Site managers"
WORKFLOW_NAME = "Medical review"

# Model permissions, as "app_label.codename".
GROUP_PERMISSIONS = {
    EDITORS: [
        "wagtailadmin.access_admin",
        "programs.add_statistic",
        "programs.change_statistic",
        "programs.add_reference",
        "programs.change_reference",
        "programs.add_clinician",
        "programs.change_clinician",
        "programs.add_location",
        "programs.change_location",
        # wagtail.contrib.simple_translation: copy a page or snippet into Spanish to rewrite.
        "simple_translation.submit_translation",
        # Promoted search results (Settings > Promoted search results): recommend a page
        # first for an exact search. They link to pages, which are reviewed themselves.
        "wagtailsearchpromotions.add_searchpromotion",
        "wagtailsearchpromotions.change_searchpromotion",
    ],
    MEDICAL_REVIEWERS: [
        "wagtailadmin.access_admin",
        "programs.view_statistic",
        "programs.view_reference",
        "programs.view_clinician",
    ],
    # Read and export appointment requests and referrals; nothing else (appointments app).
    INTAKE: ["wagtailadmin.access_admin", "appointments.view_submission"],
    # What every page shows outside the reviewed content: the hospital's name, phone,
    # links and disclaimers, and where patients go. Each settings change is logged
    # with its before and after values (programs.wagtail_hooks).
    SITE_MANAGERS: [
        "wagtailadmin.access_admin",
        "programs.change_hospitalsettings",
        "programs.add_location",
        "programs.change_location",
        "programs.publish_location",
        "programs.lock_location",
        # Link a reviewer's account to their Clinician profile (the change is then reviewed).
        "programs.change_clinician",
        "programs.link_clinician_account",
    ],
}
# Page permissions on the whole tree: editors write and submit, never publish; reviewers
# may read every page in the admin, and change one only through the workflow. Site
# managers run the tree: they unpublish, move, reorder and delete pages, and lock one
# while they do, but never edit or publish (medical_review.page_operations); "lock" is
# also what opens Wagtail's page explorer to them.
GROUP_PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MEDICAL_REVIEWERS: ["view_page"],
    SITE_MANAGERS: ["lock_page", "unpublish_page", "move_page", "delete_page"],
}
# Page permissions on each reviewed subtree (each workflow root: a program and all its
# pages): a medical reviewer may take a page down at once when it is wrong, without
# waiting for an editor. They still cannot edit or publish it.
GROUP_REVIEWED_PAGE_PERMISSIONS = {MEDICAL_REVIEWERS: ["unpublish_page"]}
GROUP_COLLECTION_PERMISSIONS = {
    EDITORS: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ]
}


def permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def reviewed_roots() -> list[Page]:
    """The pages heading a reviewed subtree: every page of a workflow root type."""
    return [root for model in workflow_roots() for root in model.objects.all()]


def wanted_page_permissions(name: str, root_page: Page | None) -> set[tuple[int, int]]:
    """(page pk, permission pk) for each page permission the group ``name`` must have."""
    on_root = [permission(f"wagtailcore.{p}") for p in GROUP_PAGE_PERMISSIONS.get(name, [])]
    on_reviewed = [
        permission(f"wagtailcore.{p}") for p in GROUP_REVIEWED_PAGE_PERMISSIONS.get(name, [])
    ]
    wanted = {(root_page.pk, perm.pk) for perm in on_root} if root_page else set()
    for page in reviewed_roots() if on_reviewed else []:
        wanted |= {(page.pk, perm.pk) for perm in on_reviewed}
    return wanted


def set_page_permissions(group: Group, wanted: set[tuple[int, int]]) -> None:
    have = {
        (pp.page_id, pp.permission_id): pp.pk
        for pp in GroupPagePermission.objects.filter(group=group)
    }
    GroupPagePermission.objects.filter(
        pk__in=[pk for key, pk in have.items() if key not in wanted]
    ).delete()
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group=group, page_id=page_id, permission_id=permission_id)
        for page_id, permission_id in sorted(wanted - have.keys())
    )


def grant_reviewed_page_permissions(root: Page) -> None:
    """A new workflow root (a program) gets its reviewed-subtree permissions at once."""
    for name, codenames in GROUP_REVIEWED_PAGE_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        for codename in codenames if group else []:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission(f"wagtailcore.{codename}")
            )


def ensure_groups() -> dict[str, Group]:
    ensure_page_operation_permissions()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in GROUP_PERMISSIONS}
    for name, dotted in GROUP_PERMISSIONS.items():
        groups[name].permissions.set([permission(p) for p in dotted])

    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for name, group in groups.items():
        set_page_permissions(group, wanted_page_permissions(name, root_page))

        wanted = [permission(p) for p in GROUP_COLLECTION_PERMISSIONS.get(name, [])]
        GroupCollectionPermission.objects.filter(group=group).exclude(
            collection=root_collection, permission__in=wanted
        ).delete()
        for perm in wanted if root_collection else []:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=perm
            )
    return groups


def reviewed_snippets() -> list[type]:
    """Snippets that carry clinical claims: those registered with the reviewed viewset."""
    from .changes import ReviewedSnippetViewSet

    return [
        model
        for model in get_snippet_models()
        if isinstance(getattr(model, "snippet_viewset", None), ReviewedSnippetViewSet)
    ]


def workflow_roots() -> list[type]:
    """Page types whose subtree goes under review (``review_workflow_root = True``)."""
    return [model for model in get_page_models() if getattr(model, "review_workflow_root", False)]


def ensure_workflow(reviewers: Group) -> Workflow:
    """One task, approved by Medical reviewers, on the subtree of every workflow root (each
    program) and on the reviewed snippets (statistics, references, clinicians)."""
    from .models import ClinicianApprovalTask

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task, _ = ClinicianApprovalTask.objects.get_or_create(name="Clinician approval")
    task.groups.set([reviewers])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # A database made before approvals had to be signed had Wagtail's plain group task.
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    for model in reviewed_snippets():
        WorkflowContentType.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
        )
    for model in workflow_roots():
        for root in model.objects.all():
            assign_workflow(root, workflow)
    return workflow


def assign_workflow(program: Page, workflow: Workflow | None = None) -> None:
    """Put a program, and so all its indications, guide and sections, under medical review."""
    workflow = workflow or Workflow.objects.get(name=WORKFLOW_NAME)
    WorkflowPage.objects.get_or_create(page=program, defaults={"workflow": workflow})


def remove_wagtail_default_moderation() -> None:
    """Wagtail's starter "Moderators" group may publish anything: our workflow replaces it."""
    Workflow.objects.filter(name="Moderators approval").delete()
    Task.objects.filter(name="Moderators approval").delete()
    Group.objects.filter(name="Moderators").delete()


def ensure_governance() -> None:
    remove_wagtail_default_moderation()
    groups = ensure_groups()
    ensure_workflow(groups[MEDICAL_REVIEWERS])


def receive_post_migrate(**kwargs) -> None:
    ensure_governance()
