"""Who must give a second factor, and whose session ends with the browser (both from settings)."""

from django.conf import settings


def _in_groups(user, names) -> bool:
    return bool(names) and user.groups.filter(name__in=names).exists()


def requires_second_factor(user) -> bool:
    """Superusers always; members of ``ADMIN_2FA_REQUIRED_GROUPS`` too."""
    return user.is_superuser or _in_groups(user, settings.ADMIN_2FA_REQUIRED_GROUPS)


def session_ends_with_browser(user) -> bool:
    """Members of ``ADMIN_BROWSER_SESSION_GROUPS`` (Intake): signed out when the browser closes."""
    return _in_groups(user, settings.ADMIN_BROWSER_SESSION_GROUPS)
