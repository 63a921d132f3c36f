"""Re-encrypt every submission with the newest key in SUBMISSIONS_KEY (the first one).

The second step of a key rotation: put the new key first in SUBMISSIONS_KEY,
run this, then remove the old key. One transaction: a row no key opens stops
the run with ImproperlyConfigured and leaves every row as it was.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from appointments.models import Submission


class Command(BaseCommand):
    help = "Re-encrypt every form submission with the newest key in SUBMISSIONS_KEY."

    def handle(self, *args, **options):
        with transaction.atomic():
            rows = list(Submission.objects.values_list("pk", "form_data"))
            for pk, data in rows:  # decrypted with any key; saved with the newest
                Submission.objects.filter(pk=pk).update(form_data=data)
        self.stdout.write(f"Re-encrypted {len(rows)} submission(s) with the newest key.")
