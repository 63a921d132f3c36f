"""Routine page operations (unpublish, move, reorder, delete) without the right to publish.

Wagtail ties all four to its "publish" page permission: ``PagePermissionTester``
allows unpublishing, reordering a page's children and moving a live page only with
"publish", and deleting a live page only with "change" and "publish". Giving the people
who run the site "publish" would let them publish any draft, clinical or not, through
many doors (the editor's Publish button, "Publish" while adding a page, bulk publish,
reverting to a revision, scheduling, privacy settings), skipping medical review; each
door would need its own hook, and a door Wagtail adds later would be open.

So the operations get page permissions of their own, granted on a part of the tree
through ``GroupPagePermission`` like Wagtail's (``medical_review.governance``), and read
by ``PageOperationsPermissionTester``, which every page type of the site returns from
``permissions_for_user``. It only ever adds to what Wagtail allows:

- ``unpublish_page``: take a live page down.
- ``move_page``: move a page (with its subpages) here, or from here to another place
  where the user has it too; reorder the subpages of a page here.
- ``delete_page`` (Django's own, which Wagtail's page tree does not use): delete a page
  here, live or not, once it has no subpages (Wagtail's "bulk_delete" allows more).

None of them publishes anything: moving keeps the live content the reviewers approved,
unpublishing and deleting only take content down. A home page (a language's site
root) stays a superuser's to unpublish, move or delete.

The trade-off: Wagtail's Groups screen lists only its own page permissions, so these do
not appear there, and saving a group there drops them. ``ensure_governance`` (after
every migrate, and run by the loader) sets each group's exact permissions again.
"""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, PagePermissionTester

from .permissions import ReaderAwarePermissionTester

UNPUBLISH = "unpublish"
MOVE = "move"
DELETE = "delete"

# Page permissions Wagtail does not define, made as rows of the Page content type
# (Django's documented way to add a permission without a model change).
CUSTOM_PAGE_PERMISSIONS = {
    "unpublish_page": "Can unpublish any page (page operations)",
    "move_page": "Can move and reorder any page (page operations)",
}


def ensure_page_operation_permissions() -> None:
    content_type = ContentType.objects.get_for_model(Page)
    for codename, name in CUSTOM_PAGE_PERMISSIONS.items():
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )


class PageOperationsPermissionTester(ReaderAwarePermissionTester):
    """Wagtail's tester, plus the page operations above (it never takes a right away but
    the offer of a history readers may not open)."""

    def _may(self, operation: str) -> bool:
        """Whether a page operation's own permission covers this page."""
        return (
            self.user.is_active
            and not self.user.is_superuser  # superusers already may, through Wagtail's rules
            and self.page.depth > 2  # not the root, not a language's home page
            and operation in self.permissions
        )

    def can_unpublish(self):
        if super().can_unpublish():
            return True
        return self._may(UNPUBLISH) and self.page.live and not self.page_locked()

    def can_delete(self, ignore_bulk=False):
        if super().can_delete(ignore_bulk=ignore_bulk):
            return True
        if not self._may(DELETE):
            return False
        return ignore_bulk or "bulk_delete" in self.permissions or self.page.is_leaf()

    def can_move(self):
        return super().can_move() or self._may(MOVE)

    def can_reorder_children(self):
        """Reordering moves each page within this one: the user needs ``move`` here."""
        if super().can_reorder_children():
            return True
        return self.user.is_active and MOVE in getattr(self, "permissions", set())

    def can_move_to(self, destination):
        if super().can_move_to(destination):
            return True
        if not self._may(MOVE):
            return False
        # Wagtail's own checks first: not into itself, and only where its type may live.
        if self.page == destination or destination.is_descendant_of(self.page):
            return False
        if not self.page.is_child_of(destination) and not self.page.specific.can_move_to(
            destination
        ):
            return False
        return MOVE in destination.permissions_for_user(self.user).permissions


def page_operations_tester(page, user) -> PagePermissionTester:
    """What a page type returns from ``permissions_for_user``."""
    return PageOperationsPermissionTester(user, page)
