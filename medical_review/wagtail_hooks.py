"""Admin hooks: the "Reviews due" report (URL and Reports menu item), its dashboard panel,
and where a reviewer lands after deciding on a task."""

from django.shortcuts import redirect
from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .changes import ChangesUnderReviewView
from .views import ReviewsDuePanel, can_see_reviews, reviews_due


class ReviewsDueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_reviews(request.user)


@hooks.register("register_admin_urls")
def register_reviews_due_url():
    return [
        path("reports/reviews-due/", reviews_due, name="medical_review_reviews_due"),
        path(
            "medical-review/pages/<int:pk>/changes/",
            ChangesUnderReviewView.as_view(),
            {"revision_id_a": "live", "revision_id_b": "latest"},
            name="medical_review_changes",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_reviews_due_menu_item():
    return ReviewsDueMenuItem(
        "Reviews due",
        reverse("medical_review_reviews_due"),
        name="reviews-due",
        icon_name="calendar-alt",
        order=650,  # first among the reports: before Wagtail's "Locked pages" (700)
    )


@hooks.register("construct_homepage_panels")
def add_reviews_due_panel(request, panels):
    if can_see_reviews(request.user):
        panels.append(ReviewsDuePanel())


@hooks.register("after_edit_page")
@hooks.register("after_edit_snippet")
def back_to_dashboard_after_a_review_decision(request, instance):
    """Approving publishes the page and ends the reviewer's access to its editor, so Wagtail's
    usual "back to the edit view or explorer" ends on a permission error: go to the dashboard,
    where the next task waits."""
    if request.POST.get("action-workflow-action"):
        return redirect("wagtailadmin_home")
    return None
