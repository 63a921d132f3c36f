"""Review metadata shared by clinical pages and statistics.

Approval is the only way the review fields change: when the "Medical review"
workflow finishes, ``medical_review.workflows`` writes the reviewer and dates
into the revision it publishes, so the live version carries its own review record.

The reviewer is a clinician profile that patients see ("by Dr ..., MD"), kept by the
content app that lists the care team. Which model that is comes from the setting
``MEDICAL_REVIEW_CLINICIAN_MODEL`` (like ``AUTH_USER_MODEL``), so this app never
imports the content built on it. The model needs ``user`` (the account that signs
approvals) and ``live``.
"""

import datetime

from django.apps import apps
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import AbstractGroupApprovalTask

from .dates import next_review_after

DUE_SOON_DAYS = 30


class ReviewStatus(models.TextChoices):
    NEVER = "never", "Never reviewed"
    OVERDUE = "overdue", "Overdue"
    DUE_SOON = "due_soon", "Due within 30 days"
    CURRENT = "current", "Up to date"


class MedicalReviewMixin(models.Model):
    """Who last reviewed this content, when, and when it must be reviewed again."""

    reviewed_by = models.ForeignKey(
        settings.MEDICAL_REVIEW_CLINICIAN_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The clinician who approved this content; set when a medical reviewer approves.",
    )
    last_reviewed = models.DateField(
        null=True, blank=True, help_text="Set when a medical reviewer approves this content."
    )
    next_review_due = models.DateField(
        null=True,
        blank=True,
        help_text="Set on approval to the review date plus the review interval (12 months).",
    )
    needs_medical_review = models.BooleanField(
        "Goes beyond its sources",
        default=False,
        help_text=(
            "Tick when this says more than its sources do (general advice, a comparison, a "
            "figure to double-check). Patients see a note until a clinician approves it."
        ),
    )

    # A copy or a translation has not been reviewed: it starts with no review record of its own.
    exclude_fields_in_copy = ["reviewed_by", "last_reviewed", "next_review_due"]

    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("reviewed_by", read_only=True),
                FieldPanel("last_reviewed", read_only=True),
                FieldPanel("next_review_due", read_only=True),
                FieldPanel("needs_medical_review"),
            ],
            heading="Medical review",
            help_text=(
                "Filled in when a medical reviewer approves; editors cannot change the dates. "
                "Approval clears “Goes beyond its sources”."
            ),
        )
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.last_reviewed and not self.next_review_due:
            self.next_review_due = next_review_after(self.last_reviewed)
        super().save(*args, **kwargs)

    def text_to_grade(self) -> list:
        """What patients read here, in reading order, for the reading measure
        (``medical_review.readability``): strings, rich text and stream values. Content
        types say which of their fields those are; a snippet has none."""
        return []

    def review_status(self, today: datetime.date | None = None) -> ReviewStatus:
        today = today or timezone.localdate()
        if not self.next_review_due:
            return ReviewStatus.NEVER
        if self.next_review_due < today:
            return ReviewStatus.OVERDUE
        if self.next_review_due <= today + datetime.timedelta(days=DUE_SOON_DAYS):
            return ReviewStatus.DUE_SOON
        return ReviewStatus.CURRENT


def signing_clinician(user):
    """The live Clinician profile an approval by ``user`` is signed with, if they have one."""
    clinicians = apps.get_model(settings.MEDICAL_REVIEW_CLINICIAN_MODEL).objects
    return clinicians.filter(user=user, live=True).first() if user else None


class ClinicianApprovalTask(AbstractGroupApprovalTask):
    """Wagtail's group approval, where only reviewers linked to a Clinician profile may approve.

    Patients read every approval as "Last reviewed by name, credentials": an approval
    by an account with no clinician would be an anonymous review, so it is not offered
    (the review screen and dashboard say why, ``medical_review.panels``).
    """

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if signing_clinician(user) is None:
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        """Decide, then (from the dashboard's workflow-action view, which redirects to what this
        returns) confirm the decision to the reviewer (``medical_review.decisions``)."""
        super().on_action(task_state, user, action_name, **kwargs)
        if action_name in ("approve", "reject"):
            return reverse("medical_review_decision_made", args=[task_state.pk])
        return None

    def user_can_access_editor(self, obj, user):
        """Reviewers decide from the review screen (``medical_review.changes``), never the editor.

        Wagtail's group task opens the editor to its reviewers, where they could save a
        draft of their own and approve it in the same step. Reviewers change nothing:
        only those with edit permission of their own (editors, superusers) edit.
        """
        return False

    class Meta:
        verbose_name = "Clinician approval task"
        verbose_name_plural = "Clinician approval tasks"


def stamp_review(revision, user) -> None:
    """Record ``user``'s clinician profile as reviewer of ``revision``, today."""
    today = timezone.localdate()
    clinician = signing_clinician(user)
    revision.content.update(
        reviewed_by=clinician.pk if clinician else None,
        last_reviewed=today.isoformat(),
        next_review_due=next_review_after(today).isoformat(),
        needs_medical_review=False,
    )
    revision.save(update_fields=["content"])
