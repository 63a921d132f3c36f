"""Admin hooks: the "Reviews due" report (URL and Reports menu item), its dashboard panel,
where a reviewer lands after deciding on a task and what they are told, which pages each
role may choose, the page views of routine page operations, and "Unpublish this page" on
the live site."""

from django.db.models import Q
from django.shortcuts import redirect
from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.userbar import BaseItem
from wagtail.models import Page, TaskState, get_default_page_content_type
from wagtail.permissions import page_permission_policy

from .changes import ChangesUnderReviewView
from .decisions import confirm_decision, decision_made, latest_decision
from .governance import INTAKE
from .page_views import SitePageViewSet
from .panels import UnlinkedReviewerPanel, cannot_sign_approvals
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
        path(
            "medical-review/decisions/<int:task_state_id>/",
            decision_made,
            name="medical_review_decision_made",
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
    if cannot_sign_approvals(request.user):
        panels.append(UnlinkedReviewerPanel())
    if can_see_reviews(request.user):
        panels.append(ReviewsDuePanel())


@hooks.register("after_edit_page")
@hooks.register("after_edit_snippet")
def back_to_dashboard_after_a_review_decision(request, instance):
    """Approving publishes the page and ends the reviewer's access to its editor, so Wagtail's
    usual "back to the edit view or explorer" ends on a permission error: go to the dashboard,
    where the next task waits, with the decision confirmed in place of Wagtail's "updated"."""
    if request.POST.get("action-workflow-action"):
        confirm_decision(request, latest_decision(instance, request.user), replace_success=True)
        return redirect("wagtailadmin_home")
    return None


@hooks.register("construct_page_chooser_queryset")
def choosable_pages_by_role(pages, request):
    """Only those who write pages see drafts and unpublished pages in the page chooser.

    Reviewers see live pages without pending changes, and the pages waiting for
    their review; Intake, whose work involves no page, sees none.
    """
    user = request.user
    # Site managers move pages: they choose where to among every page, drafts included.
    if page_permission_policy.user_has_any_permission(user, ["add", "change", "publish", "move"]):
        return pages
    if user.groups.filter(name=INTAKE).exists():
        return pages.none()
    reviewing = (
        TaskState.objects.reviewable_by(user)
        .filter(workflow_state__base_content_type=get_default_page_content_type())
        .values_list("workflow_state__object_id", flat=True)
    )
    # Through the ids: the chooser's search may filter only on indexed fields.
    choosable = Page.objects.filter(
        Q(live=True, has_unpublished_changes=False) | Q(pk__in=[int(pk) for pk in reviewing])
    )
    return pages.filter(pk__in=choosable.values("pk"))


@hooks.register("register_admin_viewset")
def register_site_page_viewset():
    """Page views whose reorder screen offers drag handles only to those who may reorder."""
    return SitePageViewSet()


class UnpublishPageItem(BaseItem):
    """The live page's Wagtail bar offers "Unpublish this page" to those who may: a medical
    reviewer who finds a clinical page wrong takes it down from where they read it."""

    template_name = "medical_review/userbar_unpublish.html"

    def __init__(self, page):
        self.page = page

    def render_html(self, parent_context):
        request = parent_context.get("request")
        if getattr(request, "is_preview", False) or not self.page.live:
            return ""
        if not self.page.permissions_for_user(request.user).can_unpublish():
            return ""
        return super().render_html(parent_context)


@hooks.register("construct_wagtail_userbar")
def add_unpublish_to_userbar(request, items, page):
    if isinstance(page, Page) and page.pk:
        items.append(UnpublishPageItem(page))
