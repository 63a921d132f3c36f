"""The header's links, shared by page views and the views that are not pages (search, errors):
the main menu, and the appointment request forms the header offers on every page."""

import functools

from wagtail.models import Page, get_page_models


@functools.cache
def appointment_form_models() -> list[type]:
    """Page types that say ``takes_appointment_requests = True`` (fixed once models load)."""
    return [m for m in get_page_models() if getattr(m, "takes_appointment_requests", False)]


def menu_context(home: Page | None) -> dict:
    """The home page, the live, public pages under it marked "show in menus", and the live,
    public appointment request forms under it (one per program), in tree order.

    One query for both: a form is a grandchild of home, fetched with the menu's children.
    A form is a page of a type that says ``takes_appointment_requests = True``.
    """
    if home is None:
        return {"home_page": None, "menu_pages": [], "appointment_pages": []}
    pages = Page.objects.live().public()
    rows = list(
        pages.filter(
            (pages.child_of_q(home) & pages.in_menu_q())
            | (pages.descendant_of_q(home) & pages.exact_type_q(*appointment_form_models()))
        )
    )
    menu_depth = home.depth + 1
    return {
        "home_page": home,
        "menu_pages": [row for row in rows if row.depth == menu_depth],
        "appointment_pages": [row for row in rows if row.depth != menu_depth],
    }


def appointment_page_for(page: Page | None, forms: list[Page]) -> Page | None:
    """The form of the program ``page`` belongs to (or is), else the first one."""
    if page is not None:
        for form in forms:
            if page.path.startswith(form.path[: -Page.steplen]):
                return form
    return forms[0] if forms else None
