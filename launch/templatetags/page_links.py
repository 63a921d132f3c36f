"""The admin's delete and unpublish confirmations name the pages whose links would break
(templates/wagtailadmin/shared/usage_summary.html; launch.links)."""

from dataclasses import dataclass

from django import template
from django.urls import reverse

from wagtail.models import Page

from launch.links import pages_linking_to

register = template.Library()

DELETE_VIEW = "wagtailadmin_pages:delete"


@dataclass(frozen=True)
class LinkingPage:
    page: Page
    url: str  # where the person confirming can open it: its editor, else the live page
    live: bool


@register.simple_tag(takes_context=True)
def pages_linking_here(context) -> list[LinkingPage]:
    """Pages that link to the page being deleted (or to any page under it, deleted with it)
    or unpublished. Empty for anything that is not a page."""
    page = context.get("page") or context.get("object")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return []
    targets = [page]
    if getattr(request.resolver_match, "view_name", "") == DELETE_VIEW:
        targets += list(page.get_descendants())
    found = []
    for linking in pages_linking_to(targets):
        if linking.permissions_for_user(request.user).can_edit():
            url = reverse("wagtailadmin_pages:edit", args=[linking.pk])
        else:
            url = linking.url if linking.live else ""
        found.append(LinkingPage(linking, url or "", linking.live))
    return found
