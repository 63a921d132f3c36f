"""Wagtail's Site history report, with a user filter that names only people the viewer may see.

Wagtail 8 fills the report's "User" filter from every log entry in the database,
not only from those the viewer is allowed to read, so an Intake member who sees
no page history could still list every editor and reviewer by name. Routed in
``radiosurgery_site.urls`` ahead of Wagtail's admin so the same URLs serve it.
"""

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import (
    LogEntriesView,
    SiteHistoryReportFilterSet,
    get_users_for_filter,
)


class VisibleUsersFilterSet(SiteHistoryReportFilterSet):
    def get_users_queryset(self):
        return get_users_for_filter(self.request.user)


class SiteHistoryView(LogEntriesView):
    filterset_class = VisibleUsersFilterSet


site_history = require_admin_access(SiteHistoryView.as_view())
site_history_results = require_admin_access(SiteHistoryView.as_view(results_only=True))
