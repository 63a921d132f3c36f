"""Admin hooks: the "Reviews due" report (URL and Reports menu item) and its dashboard panel."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import ReviewsDuePanel, can_see_reviews, reviews_due


class ReviewsDueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_reviews(request.user)


@hooks.register("register_admin_urls")
def register_reviews_due_url():
    return [path("reports/reviews-due/", reviews_due, name="medical_review_reviews_due")]


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
