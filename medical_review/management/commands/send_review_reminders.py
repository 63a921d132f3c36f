"""Email each medical reviewer the clinical content whose review is overdue or due soon.

Run daily (e.g. from cron): it only reads content and sends mail. An item goes to
the clinician who last reviewed it, through their admin account; an item nobody
can be reached for (never reviewed, no reviewer, or a reviewer without an active
account with an email address) goes to every medical reviewer. Each person gets
one email listing everything for them, or none when nothing is due.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import timezone

from medical_review.due import DueItem, due_items
from medical_review.governance import MEDICAL_REVIEWERS
from medical_review.models import DUE_SOON_DAYS


@dataclass
class Reminder:
    """What one email address is sent: its own items, then the ones nobody is assigned."""

    email: str
    name: str
    own: list[DueItem] = field(default_factory=list)
    unassigned: list[DueItem] = field(default_factory=list)

    @property
    def items(self) -> list[DueItem]:
        return self.own + self.unassigned


def display_name(user) -> str:
    return user.get_full_name().strip() or user.get_username()


def plan_reminders(items: list[DueItem]) -> tuple[list[Reminder], list[DueItem]]:
    """One reminder per email address, and the unassigned items nobody could be sent."""
    reminders: dict[str, Reminder] = {}

    def reminder_for(user) -> Reminder:
        # Keyed by address, so two accounts sharing one still produce a single email.
        key = user.email.strip().casefold()
        if key not in reminders:
            reminders[key] = Reminder(email=user.email.strip(), name=display_name(user))
        return reminders[key]

    unassigned = []
    for item in items:
        if item.reviewer_user:
            reminder_for(item.reviewer_user).own.append(item)
        else:
            unassigned.append(item)

    if unassigned:
        reviewers = (
            get_user_model()
            .objects.filter(groups__name=MEDICAL_REVIEWERS, is_active=True)
            .exclude(email="")
            .distinct()
            .order_by("pk")
        )
        for user in reviewers:
            reminder = reminder_for(user)
            already = {item.key for item in reminder.items}
            reminder.unassigned += [item for item in unassigned if item.key not in already]
        if reviewers:
            return list(reminders.values()), []
    return list(reminders.values()), unassigned


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def describe(item: DueItem) -> str:
    status = f"{item.status_label}."
    if item.next_review_due:
        status += f" Review due {item.due_date_text} ({item.due_description})."
    reviewer = item.reviewer_label
    if item.reviewer and not item.reviewer_user:
        reviewer += " (no active account with an email address)"
    return "\n".join(
        [
            f"* {item.title} ({item.type_label}{'' if item.live else ', draft'})",
            f"  {status}",
            f"  Last reviewed by: {reviewer}",
            f"  Review: {item.admin_review_url}",
        ]
    )


def email_body(reminder: Reminder) -> str:
    lines = [
        f"Hello {reminder.name},",
        "",
        f"{plural(len(reminder.items), 'item')} of clinical content on "
        f"{settings.WAGTAIL_SITE_NAME} {'needs' if len(reminder.items) == 1 else 'need'} "
        "a medical review.",
    ]
    if reminder.own:
        lines += ["", f"Last reviewed by you ({len(reminder.own)}):", ""]
        lines += [describe(item) for item in reminder.own]
    if reminder.unassigned:
        lines += [
            "",
            f"With no reviewer to ask ({len(reminder.unassigned)}); "
            "sent to every medical reviewer, so please agree who takes each one:",
            "",
        ]
        lines += [describe(item) for item in reminder.unassigned]
    report_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("medical_review_reviews_due")
    lines += [
        "",
        f"Everything due, for every reviewer: {report_url}",
        "",
        "You get this email because you review clinical content. It is sent each day "
        "while any of your items are due.",
    ]
    return "\n".join(lines) + "\n"


def email_subject(reminder: Reminder) -> str:
    return f"Medical reviews due: {plural(len(reminder.items), 'item')}"


class Command(BaseCommand):
    help = (
        "Email each medical reviewer the clinical pages and statistics whose review is "
        "overdue, due soon or was never done. Read-only; safe to run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=DUE_SOON_DAYS,
            help=f"Include reviews falling due within this many days (default {DUE_SOON_DAYS}).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Print who would be emailed about what, and send nothing.",
        )

    def handle(self, *args, days, dry_run, **options):
        if days < 0:
            raise CommandError("--days must be zero or more.")
        items = due_items(timezone.localdate(), days)
        reminders, unreachable = plan_reminders(items)

        for item in unreachable:
            self.stderr.write(
                f"No one to remind about {item.title!r} ({item.type_label}): it has no reviewer "
                f"with an email address and the {MEDICAL_REVIEWERS} group has no one to send to."
            )

        if dry_run:
            for reminder in reminders:
                self.stdout.write(f"Would email {reminder.email}: {email_subject(reminder)}")
                for item in reminder.items:
                    self.stdout.write(
                        f"  - {item.title} ({item.status_label}) {item.admin_review_url}"
                    )
            covered = len({item.key for reminder in reminders for item in reminder.items})
            self.stdout.write(
                f"Dry run: would send {plural(len(reminders), 'reminder email')} "
                f"covering {plural(covered, 'item')}. Nothing was sent."
            )
            return

        sent, failed, covered = 0, [], set()
        connection = get_connection()
        for reminder in reminders:
            message = EmailMessage(
                subject=email_subject(reminder),
                body=email_body(reminder),
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[reminder.email],
                connection=connection,
            )
            try:
                message.send()
            except Exception as exc:  # one bad address must not stop everyone else's reminder
                failed.append(reminder.email)
                self.stderr.write(f"Could not email {reminder.email}: {exc}")
            else:
                sent += 1
                covered.update(item.key for item in reminder.items)
                self.stdout.write(f"Emailed {reminder.email}: {email_subject(reminder)}")

        self.stdout.write(
            f"Sent {plural(sent, 'reminder email')} covering {plural(len(covered), 'item')}."
        )
        if failed:
            raise CommandError(f"Could not send {plural(len(failed), 'reminder email')}.")
