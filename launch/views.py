"""The "Ready to launch?" admin report, its dashboard panel, and who may see them."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.views.generic import TemplateView

from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from medical_review.governance import EDITORS, SITE_MANAGERS

from .findings import KINDS

REPORT_GROUPS = (EDITORS, SITE_MANAGERS)


def can_see_launch_report(user) -> bool:
    """Superusers, who deploy; editors, who bring content to review; site managers, who
    own the hospital settings. Not Intake or medical reviewers: nothing here is theirs."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    # Asked by the menu, the dashboard and the view in one request: one query, kept on the user.
    if not hasattr(user, "_can_see_launch_report"):
        user._can_see_launch_report = user.groups.filter(name__in=REPORT_GROUPS).exists()
    return user._can_see_launch_report


def findings_by_kind() -> list[tuple]:
    """(kind, its findings) for every kind, in the report's order."""
    return [(kind, kind.find()) for kind in KINDS]


class ReadyToLaunchView(WagtailAdminTemplateMixin, TemplateView):
    """Every finding, grouped by kind, each with a link to where it is fixed."""

    template_name = "launch/ready_to_launch.html"
    page_title = "Ready to launch?"
    header_icon = "circle-check"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_launch_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        groups = findings_by_kind()
        return super().get_context_data(
            groups=groups, total=sum(len(found) for _, found in groups), **kwargs
        )


class ReadyToLaunchPanel(Component):
    """Dashboard panel: how many findings of each kind, and a link to the report."""

    name = "ready_to_launch"
    template_name = "launch/ready_to_launch_panel.html"
    order = 140  # above Reviews due (150): it sums up everything, reviews included

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        counts = [(kind, len(found)) for kind, found in findings_by_kind()]
        context.update(
            counts=[(kind, count) for kind, count in counts if count],
            total=sum(count for _, count in counts),
            report_url=reverse("launch_ready_to_launch"),
        )
        return context
