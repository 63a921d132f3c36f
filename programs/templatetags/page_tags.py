"""Template helpers for the page templates: heading levels that nest inside a larger page."""

from django import template

register = template.Library()


@register.filter
def nest_heading(level: str, nested: bool) -> str:
    """Demote h2 to h3 (and h3 to h4) when a body is shown inside another page's section.

    The whole-guide view shows each section under its own h2, so the section's
    own headings move one level down and the document outline stays correct.
    """
    if not nested:
        return level
    return f"h{min(int(level[1]) + 1, 6)}"
