"""Admin hooks: the "Reviews due" report (URL and Reports menu item), its dashboard panel,
where a reviewer lands after deciding on a task and what they are told, the review screen
(URLs, the dashboard's "Awaiting your review" and the page explorer link to it), which
pages each role may choose, the page views of routine page operations, and "Unpublish this
page" on the live site."""

from django.db.models import Q
from django.shortcuts import redirect
from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.userbar import BaseItem
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.admin.widgets import ButtonWithDropdownFromHook
from wagtail.models import Page, TaskState, get_default_page_content_type

from .changes import ChangesUnderReviewView, review_url
from .decisions import confirm_decision, decision_made, latest_decision
from .governance import INTAKE
from .page_views import SitePageViewSet
from .panels import UnlinkedReviewerPanel, cannot_sign_approvals
from .permissions import page_policy
from .views import AwaitingReviewPanel, ReviewsDuePanel, can_see_reviews, reviews_due


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
            name="medical_review_changes",
        ),
        path(
            "medical-review/decisions/<int:task_state_id>/",
            decision_made,
            name="medical_review_decision_made",
        ),
        path(
            "medical-review/pages/<int:pk>/compare/<str:revision_id_a>...<str:revision_id_b>/",
            ChangesUnderReviewView.as_view(),
            name="medical_review_compare",
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
    # "Awaiting your review", its links opening the review screen rather than the editor.
    panels[:] = [
        AwaitingReviewPanel() if type(panel) is WorkflowObjectsToModeratePanel else panel
        for panel in panels
    ]


class ReviewPageButton(PageMenuItem):
    label = "Review changes"
    icon_name = "doc-empty-inverse"

    @property
    def url(self):
        return review_url(self.page)

    def is_shown(self, user):
        return not self.page.is_root() and page_policy().user_can_read(user, self.page)


@hooks.register("register_page_listing_more_buttons")
def review_button_in_the_page_explorer(page, user, next_url=None):
    """Every page's menu in the explorer offers its review screen (for readers, its only view)."""
    yield ReviewPageButton(page=page, priority=3)


@hooks.register("construct_page_listing_buttons")
def no_draft_preview_link_for_readers(buttons, page, user, context=None):
    """Wagtail offers "View draft" to anyone, but opens it only to those who edit or publish:
    a reader's draft is on the review screen (and its preview while a task is open)."""
    permissions = page.permissions_for_user(user)
    if permissions.can_edit() or permissions.can_publish():
        return
    view_draft = reverse("wagtailadmin_pages:view_draft", args=[page.pk])
    for button in buttons:
        if isinstance(button, ButtonWithDropdownFromHook):
            button.dropdown_buttons[:] = [b for b in button.dropdown_buttons if b.url != view_draft]


@hooks.register("after_edit_page")
@hooks.register("after_edit_snippet")
def back_to_dashboard_after_a_review_decision(request, instance):
    """A decision taken in the editor (by a superuser or an editor: reviewers decide on the
    review screen) ends on the dashboard, where the next task waits, with the decision
    confirmed in place of Wagtail's "updated"."""
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
    if page_policy().user_has_any_permission(user, ["add", "change", "publish", "move"]):
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
