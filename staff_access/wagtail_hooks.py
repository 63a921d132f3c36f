from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from . import urls


@hooks.register("register_admin_urls")
def register_urls():
    return [path("two-step/", include(urls))]


@hooks.register("register_account_menu_item")
def two_step_on_the_account_page(request):
    return {
        "url": reverse("staff_access:manage"),
        "label": _("Two-step verification"),
        "help_text": _("Sign in with a code from your phone as well as your password."),
    }


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "staff_access.enrolled", _("Two-step on"), _("Set up two-step verification")
    )
    actions.register_action(
        "staff_access.verified", _("Two-step passed"), _("Gave a second factor")
    )
    actions.register_action(
        "staff_access.code_refused", _("Two-step refused"), _("Gave a wrong or used code")
    )
    actions.register_action(
        "staff_access.new_recovery_codes", _("New recovery codes"), _("Made new recovery codes")
    )
    actions.register_action("staff_access.turned_off", _("Two-step off"), _("Turned off two-step"))
    actions.register_action(
        "staff_access.reset", _("Two-step reset"), _("An administrator reset two-step verification")
    )
    actions.register_action(
        "staff_access.unlocked", _("Sign-in unlocked"), _("Lifted a sign-in pause")
    )
