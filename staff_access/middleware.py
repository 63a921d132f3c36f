"""Two gates in front of every signed-in request: the second factor, and the idle limit; and
a refusal a script can read as one."""

import functools
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseForbidden
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from . import devices
from .policy import requires_second_factor
from .views import to_step  # the two-step pages own how they are reached

LAST_SEEN = "staff_access.last_seen"
BROWSER_SESSION = "staff_access.browser_session"


@functools.cache
def _open_paths():
    """Where a signed-in person who still owes a second factor may go: the two-step pages,
    and what the admin's page frame loads (its icons and interface strings)."""
    return (
        reverse("staff_access:verify"),
        reverse("staff_access:setup"),
        reverse("wagtailadmin_logout"),
        reverse("wagtailadmin_login"),
        reverse("wagtailadmin_sprite"),
        reverse("wagtailadmin_javascript_catalog"),
    )


class SecondFactorMiddleware:
    """Until a second factor is given, the password alone opens nothing but the two-step pages.

    Someone with an authenticator app is asked for its code; someone who must have
    one (``policy.requires_second_factor``) and has none is sent to set it up.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        owes_a_code = user.is_authenticated and not user.is_verified()
        if owes_a_code and not request.path_info.startswith(_open_paths()):
            if devices.has_app(user):
                return to_step("staff_access:verify", request.get_full_path())
            if requires_second_factor(user):
                return to_step("staff_access:setup", request.get_full_path())
        return self.get_response(request)


class IdleTimeoutMiddleware:
    """Signs staff out after ``ADMIN_IDLE_TIMEOUT_MINUTES`` without a request of their own,
    and keeps the cookie of a browser-length session (Intake) from outliving the browser,
    even if "Remember me" was ticked.

    The editor's background pings (who else is editing) do not count as activity,
    or an open tab would keep a session alive forever. The time is written at most
    once a minute, so most requests cost no session write.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN, now)
            if now - last_seen > settings.ADMIN_IDLE_TIMEOUT_MINUTES * 60:
                logout(request)
                messages.info(
                    request,
                    _("You were signed out after %(minutes)d minutes without activity.")
                    % {"minutes": settings.ADMIN_IDLE_TIMEOUT_MINUTES},
                )
                return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
            stale = now - last_seen >= 60 or LAST_SEEN not in request.session
            if stale and not self._is_background(request):
                request.session[LAST_SEEN] = now
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session and session.get(BROWSER_SESSION) and not session.get_expire_at_browser_close():
            session.set_expiry(0)
        return response

    @staticmethod
    def _is_background(request) -> bool:
        try:
            return resolve(request.path_info).namespace == "wagtailadmin_editing_sessions"
        except Resolver404:
            return False


class ScriptRefusalMiddleware:
    """An admin change asked for by a script and refused is answered 403 Forbidden, not with
    a redirect.

    The admin answers a refused request with a redirect: to the dashboard (Wagtail's
    "Sorry, you do not have permission"), or to sign in (signed out, idle limit, second
    factor owed). A person's browser shows where they landed; a script's ``fetch``
    follows the redirect silently, gets that page (200) and takes it for success: Wagtail
    8's reorder screen then says "has been moved successfully" for a move that never
    happened. Browsers mark a script's requests ``Sec-Fetch-Dest: empty``; a person's
    navigation and form posts are never marked so, and keep their redirects.
    """

    REDIRECTS = {301, 302, 303, 307, 308}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code in self.REDIRECTS
            and request.method == "POST"
            and request.headers.get("Sec-Fetch-Dest") == "empty"
            and request.path_info.startswith(_admin_path())
        ):
            return HttpResponseForbidden("Refused.", content_type="text/plain")
        return response


@functools.cache
def _admin_path() -> str:
    return reverse("wagtailadmin_home")
