"""The page explorer's reorder screen draws drag handles only for those who may reorder
(registered in ``wagtail_hooks``).

Wagtail 8 draws drag handles on ``?ordering=ord`` for anyone who opens that address,
whether or not they may reorder, and its script reports "has been moved successfully"
for any answer that is not an error. A refused move raises ``PermissionDenied``, which
Wagtail's admin turns into a redirect to the dashboard: the script followed it, got
the dashboard (200) and reported a move that never happened.

Here the handles are drawn only for people who may reorder the pages listed
(``can_reorder_children``, which ``page_operations`` grants to site managers). A move
refused all the same (rights taken away, or signed out, while the screen is open) is
answered 403 by ``staff_access.middleware.ScriptRefusalMiddleware``, so the screen
never claims it.
"""

from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet


class TruthfulExplorableIndexView(ExplorableIndexView):
    def get_reorder_url(self):
        if not self.permissions.can_reorder_children():
            return None  # the list keeps the menu order, with no handles to drag
        return super().get_reorder_url()


class SitePageViewSet(PageViewSet):
    """Wagtail's page views, with the explorer above. Registered for ``Page`` after Wagtail's
    own (``register_admin_viewset`` order 0 > -1), so it serves every page type."""

    name = "site_pages"
    index_view_class = TruthfulExplorableIndexView
