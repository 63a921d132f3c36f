"""The page chooser opens at the program of the page being edited, not at Root.

Wagtail 8 opens an empty page chooser at Root, or for a chooser limited to one page
type (the indication link) at the nearest common ancestor of every such page: Root
again once the Spanish tree exists. Nothing in its API sets where an empty chooser
starts: ``construct_page_chooser_queryset`` filters the listing, ``can_choose_root``
and ``user_perms`` say what may be chosen, and the widget passes a parent only for a
page already chosen, so the block definitions shared by every page cannot carry one.

The chooser is opened from the editor, so its request's Referer names the page being
edited (or, for a new page, its parent). This view, routed in
``radiosurgery_site.urls`` ahead of Wagtail's admin at the same URL, starts there at the
page's program, or its tree's home page outside a program: the right language, the
indications one click away. Without a Referer from a page editor it is Wagtail's own view.
"""

from urllib.parse import urlsplit

from django.urls import Resolver404, get_script_prefix, resolve
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import BrowseView
from wagtail.models import Page

from .models import ProgramPage

# Admin views that edit a page, and the URL argument naming the page the editor works in.
PAGE_EDITORS = {
    "wagtailadmin_pages:edit": "page_id",
    "wagtailadmin_pages:revisions_revert": "page_id",
    "wagtailadmin_pages:add": "parent_page_id",
}


def page_being_edited(request) -> Page | None:
    """The page whose editor opened this chooser (for a new page, where it is being added)."""
    referer = request.headers.get("Referer")
    if not referer:
        return None
    path = urlsplit(referer).path
    prefix = get_script_prefix()  # the site may be served under a path, e.g. /cms/
    if path.startswith(prefix):
        path = "/" + path.removeprefix(prefix)
    try:
        match = resolve(path)
    except Resolver404:
        return None
    argument = PAGE_EDITORS.get(match.view_name)
    if argument is None or argument not in match.kwargs:
        return None
    return Page.objects.filter(pk=match.kwargs[argument]).first()


def chooser_start(page: Page) -> Page:
    """The page's program (itself, if it is one), else the home page of its tree."""
    ancestors = list(page.get_ancestors(inclusive=True).filter(depth__gt=1))
    programs = [p for p in ancestors if issubclass(p.specific_class or Page, ProgramPage)]
    if programs:
        return programs[-1]
    return ancestors[0] if ancestors else page


class StartAtProgramBrowseView(BrowseView):
    def get(self, request, parent_page_id=None):
        if parent_page_id is None:
            page = page_being_edited(request)
            if page is not None:
                parent_page_id = chooser_start(page).pk
        return super().get(request, parent_page_id=parent_page_id)


browse = never_cache(require_admin_access(StartAtProgramBrowseView.as_view()))
