"""Admin hooks: the "Ready to launch?" report (URL and Reports menu item) and dashboard panel."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import ReadyToLaunchPanel, ReadyToLaunchView, can_see_launch_report


class ReadyToLaunchMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_launch_report(request.user)


@hooks.register("register_admin_urls")
def register_ready_to_launch_url():
    return [
        path(
            "reports/ready-to-launch/",
            ReadyToLaunchView.as_view(),
            name="launch_ready_to_launch",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_ready_to_launch_menu_item():
    return ReadyToLaunchMenuItem(
        "Ready to launch?",
        reverse("launch_ready_to_launch"),
        name="ready-to-launch",
        icon_name="circle-check",
        order=640,  # first among the reports, just before Reviews due (650)
    )


@hooks.register("construct_homepage_panels")
def add_ready_to_launch_panel(request, panels):
    if can_see_launch_report(request.user):
        panels.append(ReadyToLaunchPanel())
