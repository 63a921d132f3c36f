"""The language switcher's links: from the page's context when it is a page, else from the URL."""

from django import template

from programs.i18n import links_for_view

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    if "language_links" in context:
        return context["language_links"]
    return links_for_view(context.get("request"))
