"""Read-only access to the page tree: the "view" page permission Wagtail's own policy ignores.

Wagtail's page permissions (add, edit, publish, lock, unlock, bulk delete) each let
someone change pages; none lets them only read. Yet the Pages menu, the explorer and
the admin's page search open only to holders of one of those. Medical reviewers must
read every page and change none, so governance gives them Django's ``view_page`` on
the root (``GROUP_PAGE_PERMISSIONS``) and this policy, Wagtail's own with one addition,
lets that permission open the tree for reading:

- where Wagtail asks whether someone may use the page admin at all (any of the six
  permissions above), holding "view" somewhere answers yes;
- the pages under a "view" permission are explorable (listed, searched, navigated).

It grants nothing else: every per-page check (``can_edit``, ``can_publish``,
``can_delete``...) still looks only at Wagtail's permissions, so a reader opens no
editor, publishes nothing and moves nothing. Registered through Wagtail's
``register_permission_policy`` when the app is ready (``apps.py``), before any view asks.
"""

from wagtail.models import AbstractPage, PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

# What Wagtail asks (``user_has_any_page_permission``, the explorer and page search views)
# to decide whether someone may use the page admin at all.
ANY_PAGE_PERMISSION = frozenset({"add", "change", "publish", "bulk_delete", "lock", "unlock"})


class ReadablePagePolicy(PagePermissionPolicy):
    """Wagtail's page permission policy, where "view" opens the page tree for reading only."""

    def readable_roots(self, user) -> list:
        """The pages at which ``user`` holds the read-only "view" permission."""
        codename = self._get_permission_codename("view")
        return [
            perm.page
            for perm in self.get_cached_permissions_for_user(user)
            if perm.permission.codename == codename
        ]

    def user_has_any_permission(self, user, actions):
        actions = set(actions)
        if actions >= ANY_PAGE_PERMISSION:
            actions.add("view")  # "may use the page admin at all?": readers may
        return super().user_has_any_permission(user, actions)

    def instances_with_direct_explore_permission(self, user):
        pages = super().instances_with_direct_explore_permission(user)
        if user.is_superuser:
            return pages
        return [*pages, *self.readable_roots(user)]

    def explorable_instances(self, user):
        pages = super().explorable_instances(user)
        if user.is_superuser or not user.is_active:
            return pages
        return pages | self.instances_user_has_any_permission_for(user, {"view"})

    def user_can_read(self, user, page) -> bool:
        """May ``user`` read ``page`` in the admin: any page permission on it, "view" included."""
        return self.user_has_any_permission_for_instance(user, ANY_PAGE_PERMISSION | {"view"}, page)


class ReaderAwarePermissionTester(PagePermissionTester):
    """Wagtail's per-page tester, offering a page's history only where it opens.

    Wagtail offers "History" (explorer header, status panel, page menu) on every page, but its
    history view opens only to those who may edit or publish: a reader would be refused.
    Content page types return this from ``permissions_for_user``.
    """

    def can_view_revisions(self):
        return super().can_view_revisions() and (self.can_edit() or self.can_publish())


def register() -> None:
    """Put the policy in Wagtail's registry for every page type (idempotent)."""
    # Imported here: page models import this module, before Wagtail's registry may load.
    from wagtail.permissions import policy_registry, register_permission_policy

    if not isinstance(policy_registry.get_by_type(AbstractPage), ReadablePagePolicy):
        register_permission_policy(AbstractPage, ReadablePagePolicy())


def page_policy() -> ReadablePagePolicy:
    from wagtail.permissions import policy_registry

    return policy_registry.get_by_type(AbstractPage)
