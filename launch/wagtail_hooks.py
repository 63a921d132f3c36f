"""Admin hooks: the "Ready to launch?" report (URL and Reports menu item) and dashboard panel,
and a word after deleting or unpublishing a page that others link to."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem

from .links import pages_linking_to
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


def _tell_about_broken_links(request, page, linking) -> None:
    if linking:
        titles = ", ".join(f"“{other.get_admin_display_title()}”" for other in linking)
        messages.warning(
            request,
            f"{len(linking)} page{'s' if len(linking) > 1 else ''} linked to "
            f"“{page.get_admin_display_title()}”: {titles}. Until changed, editors find "
            f"{'them' if len(linking) > 1 else 'it'} under Reports > Ready to launch?",
        )


@hooks.register("before_delete_page")
def note_pages_linking_to_deleted_page(request, page):
    """Wagtail removes the references to a page as it deletes it: note them before."""
    if request.method == "POST":
        request._pages_linking_to_deleted = pages_linking_to([page, *page.get_descendants()])


@hooks.register("after_delete_page")
def tell_about_links_to_deleted_page(request, page):
    _tell_about_broken_links(request, page, getattr(request, "_pages_linking_to_deleted", []))


@hooks.register("after_unpublish_page")
def tell_about_links_to_unpublished_page(request, page):
    _tell_about_broken_links(request, page, pages_linking_to([page]))
