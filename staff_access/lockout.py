"""The page django-axes shows when sign-in is paused (settings.AXES_LOCKOUT_CALLABLE)."""

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import time_format


def locked_out(request, original_response=None, credentials=None):
    pause = settings.AXES_COOLOFF_TIME
    until = timezone.localtime(timezone.now() + pause)
    context = {"minutes": int(pause.total_seconds() // 60), "until": time_format(until, "H:i T")}
    return render(request, "staff_access/locked_out.html", context, status=429)
