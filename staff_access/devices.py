"""A person's second factors: one authenticator app (TOTP) and a set of recovery codes.

Both are django-otp devices; this module only decides how many, when they are
replaced, and how a typed code is read and checked.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction

from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10


def pending_app(user) -> TOTPDevice:
    """The app being set up. Kept until confirmed, so reloading the page shows the same code."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)


def has_app(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


@transaction.atomic
def confirm_app(device: TOTPDevice) -> list[str]:
    """Make ``device`` the person's only app and give them fresh recovery codes."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_recovery_codes(device.user)


@transaction.atomic
def new_recovery_codes(user) -> list[str]:
    """Replace the person's recovery codes; the old ones stop working."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="Recovery codes")
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user).count()


@transaction.atomic
def forget(user) -> int:
    """Remove the person's app and codes; returns how many devices there were."""
    removed = 0
    for model in (TOTPDevice, StaticDevice):
        _, per_model = model.objects.filter(user=user).delete()
        removed += per_model.get(model._meta.label, 0)
    return removed


@dataclass
class Check:
    """What became of a typed code: the device it verified, or why it did not."""

    device: TOTPDevice | StaticDevice | None = None
    refused: str = ""  # "wrong", "replayed" or "wait"
    wait_until: datetime | None = None


def check_code(user, typed: str, setting_up: bool = False) -> Check:
    """Six digits are read as the app's code, anything else as a recovery code.

    ``setting_up`` checks the app being set up instead of the confirmed one. Each
    device slows down guessing by itself (django-otp doubles the wait after each
    failure); a code the app already accepted is told apart from a wrong one.
    """
    code = "".join(typed.split()).replace("-", "").lower()
    model = TOTPDevice if code.isdigit() and len(code) == 6 else StaticDevice
    with transaction.atomic():
        device = (
            model.objects.select_for_update().filter(user=user, confirmed=not setting_up).first()
        )
        if device is None:
            return Check(refused="wrong")
        allowed, why = device.verify_is_allowed()
        if not allowed:
            return Check(refused="wait", wait_until=why.get("locked_until"))
        if device.verify_token(code):
            return Check(device=device)
        if model is TOTPDevice and _last_accepted_code(device) == code:
            return Check(refused="replayed")
        return Check(refused="wrong")


def _last_accepted_code(device: TOTPDevice) -> str | None:
    if device.last_t < 0:
        return None
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = device.t0 + (device.last_t - device.drift) * device.step
    return str(totp.token()).zfill(device.digits)
