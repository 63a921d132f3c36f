"""Admin hooks: settings changes in history, the accessibility checker, CSP-safe widgets, and
choosers that open in the language of the content being edited."""

from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks

from .hospital_settings import HospitalSettings
from .settings_history import SETTINGS_CHANGED, LoggedSettingsEditAction, SettingsChangedFormatter


@hooks.register("register_log_actions")
def register_history_actions(actions):
    actions.register_action(SETTINGS_CHANGED)(SettingsChangedFormatter)


@hooks.register("register_actions")
def log_settings_changes_with_values(registry):
    registry.register(HospitalSettings, LoggedSettingsEditAction)


@hooks.register("construct_wagtail_userbar")
def check_accessibility_with_wcag_rules(request, items, page):
    from wagtail.admin.userbar import ContentCheckerItem

    from .accessibility import WcagContentChecker

    items[:] = [
        WcagContentChecker(in_editor=item.in_editor)
        if isinstance(item, ContentCheckerItem)
        else item
        for item in items
    ]


@hooks.register("insert_global_admin_js")
def date_choosers_without_inline_scripts():
    return format_html('<script src="{}" defer></script>', static("js/admin-date-choosers.js"))


@hooks.register("insert_editor_js")
def page_links_chosen_in_the_contents_language():
    return format_html('<script src="{}" defer></script>', static("js/admin-chooser-locale.js"))
