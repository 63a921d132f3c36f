"""For someone who lost both phone and recovery codes: forget their second factors.

Their next request asks them to set up a new app if their role requires one.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from audit import log
from staff_access import devices


class Command(BaseCommand):
    help = "Remove a user's authenticator app and recovery codes, so they set up new ones."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        try:
            user = get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user is called {username!r}.") from None
        removed = devices.forget(user)
        log.record(
            "staff_access.reset",
            instance=None,
            data={"username": username, "devices": removed},
            title=username,
        )
        self.stdout.write(
            f"Removed {removed} second factor(s) of {username!r}: "
            "they set up a new app when they next sign in."
        )
