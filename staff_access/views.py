"""The two-step screens: set up an app, give a code after the password, manage both."""

from base64 import b32encode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import time_format
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

import django_otp
import segno

from audit import log

from . import devices
from .forms import CodeForm
from .policy import requires_second_factor

NEW_CODES = "staff_access.new_recovery_codes"


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def to_step(view, next_url):
    """Redirect to a two-step view, carrying where to go afterwards."""
    return redirect(f"{reverse(view)}?{urlencode({'next': next_url})}")


def _refusal(check) -> str:
    if check.refused == "replayed":
        return _(
            "That code has been used already. Wait for the next one: codes change every 30 seconds."
        )
    if check.refused == "wait":
        return _("Too many wrong codes. Try again after %(time)s.") % {
            "time": time_format(localtime(check.wait_until), "H:i:s")
        }
    return _(
        "That code is not right. Type the 6 digits your authenticator app shows now, "
        "or one of your recovery codes."
    )


@login_required
def setup(request):
    """Scan or type the secret, then prove it works by typing the app's current code."""
    if devices.has_app(request.user) and not request.user.is_verified():
        # A new app needs the old one's code first.
        return to_step("staff_access:verify", _next(request))
    device = devices.pending_app(request.user)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        check = devices.check_code(request.user, form.cleaned_data["code"], setting_up=True)
        if check.device:
            request.session[NEW_CODES] = devices.confirm_app(check.device)
            django_otp.login(request, check.device)
            log.record("staff_access.enrolled", user=request.user)
            return to_step("staff_access:recovery_codes", _next(request))
        form.add_error("code", _refusal(check))
    secret = b32encode(device.bin_key).decode()
    return render(
        request,
        "staff_access/setup.html",
        {
            "form": form,
            "next": _next(request),
            "qr_code": segno.make(device.config_url, error="m").svg_data_uri(scale=5),
            "secret_groups": [secret[i : i + 4] for i in range(0, len(secret), 4)],
            "required": requires_second_factor(request.user),
        },
    )


@login_required
def verify(request):
    """The second step of signing in: the app's code, or a recovery code."""
    form = CodeForm(request.POST or None)
    if form.is_valid():
        check = devices.check_code(request.user, form.cleaned_data["code"])
        if check.device:
            django_otp.login(request, check.device)
            log.record("staff_access.verified", user=request.user)
            if devices.recovery_codes_left(request.user) <= 2:
                messages.warning(request, _("You have few recovery codes left. Make new ones."))
            return redirect(_next(request))
        log.record("staff_access.code_refused", user=request.user, data={"why": check.refused})
        form.add_error("code", _refusal(check))
    return render(request, "staff_access/verify.html", {"form": form, "next": _next(request)})


@login_required
def recovery_codes(request):
    """Shown once, straight after they are made."""
    codes = request.session.pop(NEW_CODES, None)
    if not codes:
        return redirect("staff_access:manage")
    return render(
        request, "staff_access/recovery_codes.html", {"codes": codes, "next": _next(request)}
    )


@login_required
def manage(request):
    """Reached from the account page: the app's state, and what can be changed."""
    return render(
        request,
        "staff_access/manage.html",
        {
            "has_app": devices.has_app(request.user),
            "codes_left": devices.recovery_codes_left(request.user),
            "required": requires_second_factor(request.user),
        },
    )


@require_POST
@login_required
def make_recovery_codes(request):
    if not devices.has_app(request.user):
        return redirect("staff_access:setup")
    request.session[NEW_CODES] = devices.new_recovery_codes(request.user)
    log.record("staff_access.new_recovery_codes", user=request.user)
    return redirect("staff_access:recovery_codes")


@require_POST
@login_required
def turn_off(request):
    """Only for people who are not required to use a second factor."""
    if requires_second_factor(request.user):
        messages.error(
            request, _("Your role requires two-step verification: it cannot be turned off.")
        )
    elif devices.forget(request.user):
        log.record("staff_access.turned_off", user=request.user)
        messages.success(request, _("Two-step verification is off."))
    return redirect("staff_access:manage")
