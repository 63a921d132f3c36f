"""Sign-in events into the audit trail, and browser-length sessions for Intake."""

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

from axes.signals import user_locked_out

from appointments.ratelimit import client_address
from audit import log

from .middleware import BROWSER_SESSION
from .policy import session_ends_with_browser
from .throttling import normalise_username


@receiver(user_logged_in)
def record_sign_in(sender, request, user, **kwargs):
    log.record("audit.login", user=user, data={"address": client_address(request)})
    if session_ends_with_browser(user):
        request.session[BROWSER_SESSION] = True  # kept to by IdleTimeoutMiddleware


@receiver(user_login_failed)
def record_failed_sign_in(sender, credentials, request=None, **kwargs):
    username = normalise_username(credentials.get("username", ""))
    data = {"username": username, "address": client_address(request) if request else ""}
    log.record("audit.login_failed", user=None, data=data, title=username or "(no username)")


@receiver(user_locked_out)
def record_lockout(sender, request, username, ip_address, **kwargs):
    data = {"username": username or "", "address": ip_address or ""}
    log.record("audit.lockout", user=None, data=data, title=username or ip_address)
