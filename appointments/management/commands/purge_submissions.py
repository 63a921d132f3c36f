"""Delete form submissions older than the retention period (FORM_SUBMISSION_RETENTION_DAYS).

Run daily. Covers the appointment and referral submissions and, should other
Wagtail forms be added, theirs too. Prints counts only, never what was sent.
The audit trail gets one entry for the run and one per deleted submission, all
with the same log-context UUID.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.log_actions import LogContext

from appointments.models import Submission
from audit import log


class Command(BaseCommand):
    help = "Delete form submissions older than --older-than DAYS (default: the retention setting)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=settings.FORM_SUBMISSION_RETENTION_DAYS,
            metavar="DAYS",
            help="Delete submissions sent more than DAYS days ago "
            f"(default {settings.FORM_SUBMISSION_RETENTION_DAYS}).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, older_than, dry_run, **options):
        if older_than < 1:
            raise CommandError("--older-than must be at least 1 day.")
        cutoff = timezone.now() - datetime.timedelta(days=older_than)
        total = 0
        with transaction.atomic(), LogContext():
            for model in (Submission, FormSubmission):
                old = model.objects.filter(submit_time__lt=cutoff)
                count = old.count()
                if count and not dry_run:
                    old.delete()
                total += count
            if total and not dry_run:
                log.record(
                    "appointments.submissions.purge",
                    data={"count": total, "days": older_than, "before": cutoff},
                )
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(f"{verb} {total} submission(s) sent before {cutoff:%Y-%m-%d %H:%M %Z}.")
