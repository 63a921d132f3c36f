"""Create a local editor account so a new developer can log in to the admin at once.

Development only: refuses to run unless DEBUG is on, and never changes an
existing user's password.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

USERNAME = "editor"
PASSWORD = "radiosurgery-demo"  # noqa: S105  (local development only; see the DEBUG guard)


class Command(BaseCommand):
    help = "Create the local 'editor' account (DEBUG only) and say how to log in."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_demo_editor is for local development (DEBUG=True) only.")
        user, created = get_user_model().objects.get_or_create(
            username=USERNAME, defaults={"first_name": "Demo", "last_name": "Editor"}
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        # Wagtail's own groups: Editors write, Moderators also publish.
        user.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
        self.stdout.write(
            self.style.SUCCESS(
                f"Log in to the admin at {settings.WAGTAILADMIN_BASE_URL}/admin/ "
                f"as {USERNAME!r} with password {PASSWORD!r} (unless you have changed it)."
            )
        )
