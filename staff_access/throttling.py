"""How django-axes names the person behind a failed sign-in (settings.AXES_USERNAME_CALLABLE).

Usernames are matched without case or surrounding space, so "Ines " and "ines"
share one count and one lock: changing the case cannot buy more guesses.
"""

from django.conf import settings


def normalise_username(username) -> str:
    return str(username or "").strip().casefold()


def username_for_axes(request, credentials) -> str:
    field = settings.AXES_USERNAME_FORM_FIELD
    if credentials:
        return normalise_username(credentials.get(field))
    return normalise_username(request.POST.get(field))
