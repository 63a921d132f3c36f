"""Delete audit entries older than AUDIT_RETENTION_DAYS (six years by default); run daily.

There is deliberately no option for a shorter period: the retention setting is
the promise the trail keeps, so this command never deletes a younger entry.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from audit import log
from audit.models import AuditLogEntry


class Command(BaseCommand):
    help = "Delete audit log entries older than AUDIT_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, dry_run, **options):
        days = settings.AUDIT_RETENTION_DAYS
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = AuditLogEntry.objects.filter(timestamp__lt=cutoff)
        if dry_run:
            count = old.count()
        else:
            count, _ = old.delete()
            log.record("audit.purge", data={"count": count, "days": days})
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(f"{verb} {count} audit entries from before {cutoff:%Y-%m-%d}.")
