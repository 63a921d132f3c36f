"""Create local editor and medical reviewer accounts so a new developer can try the workflow.

Development only: refuses to run unless DEBUG is on, and never changes an
existing user's password.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Locale

from medical_review.governance import EDITORS, MEDICAL_REVIEWERS
from programs.snippets import Clinician

# Printed for anyone to read: launch.findings flags any account still using it.
DEMO_PASSWORD = "radiosurgery-demo"  # noqa: S105  (local development only; see the DEBUG guard)
ACCOUNTS = {"editor": EDITORS, "reviewer": MEDICAL_REVIEWERS}


class Command(BaseCommand):
    help = "Create the local 'editor' and 'reviewer' accounts (DEBUG only) and say how to log in."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_demo_editor is for local development (DEBUG=True) only.")
        for username, group in ACCOUNTS.items():
            user, created = get_user_model().objects.get_or_create(
                username=username,
                defaults={"first_name": "Demo", "last_name": username.title()},
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            user.groups.add(Group.objects.get(name=group))
        # Approvals are signed with the reviewer's Clinician profile: without one the demo
        # reviewer could not approve. Its name says it is made up.
        Clinician.objects.get_or_create(
            user=get_user_model().objects.get(username="reviewer"),
            defaults={
                "name": "Demo Reviewer (example, not a real clinician)",
                "role": "Example account for local trials",
                "locale": Locale.get_default(),
            },
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Log in to the admin at {settings.WAGTAILADMIN_BASE_URL}/admin/ as 'editor' "
                f"(writes and submits) or 'reviewer' (approves), password {DEMO_PASSWORD!r} "
                "unless you have changed it."
            )
        )
