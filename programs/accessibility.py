"""One accessibility rule set for the whole project: WCAG 2.0, 2.1 and 2.2, levels A and AA.

Wagtail's in-editor checker (the userbar's content checker) and the browser
tests both run axe-core with these tags, so what editors are warned about and
what CI fails on are the same rules.
"""

from wagtail.admin.userbar import ContentCheckerItem

WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


class WcagContentChecker(ContentCheckerItem):
    """Wagtail's checker, running every WCAG 2.2 A/AA rule instead of its short default list."""

    axe_run_only = WCAG_AA_TAGS
