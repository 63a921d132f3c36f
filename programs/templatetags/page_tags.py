"""Template helpers for the page templates: heading levels that nest inside a larger page."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def heading_tag(context, level: str) -> str:
    """The heading element for ``level``, one level deeper when the body is ``nested``.

    The whole-guide view shows each section under its own h2 and renders the
    section's body with ``nested=True``, so its headings move one level down and
    the document outline stays correct.
    """
    if not context.get("nested"):
        return level
    return f"h{min(int(level[1]) + 1, 6)}"
