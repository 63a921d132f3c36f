"""The main menu, shared by page views and the views that are not pages (search, errors)."""

from wagtail.models import Page


def menu_context(home: Page | None) -> dict:
    """The home page and the live, public pages under it marked "show in menus"."""
    if home is None:
        return {"home_page": None, "menu_pages": []}
    return {
        "home_page": home,
        "menu_pages": list(Page.objects.child_of(home).live().public().in_menu()),
    }
