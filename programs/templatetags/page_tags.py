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


@register.filter
def block_runs(blocks) -> list[tuple[str, list]]:
    """Group consecutive blocks of the same type, so neighbouring key facts share a grid row."""
    runs: list[tuple[str, list]] = []
    for block in blocks:
        if runs and runs[-1][0] == block.block_type:
            runs[-1][1].append(block)
        else:
            runs.append((block.block_type, [block]))
    return runs
