"""The email that tells Intake a request arrived: no names, no answers, only a link.

Email crosses systems the hospital does not control, so it carries no personal or
health detail. If sending fails the submission is already saved and listed in the
admin; the failure is logged and the person still sees the thank-you page.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse

from medical_review.governance import INTAKE

logger = logging.getLogger(__name__)


def recipients(page) -> list[str]:
    """Active Intake members with an email address, plus the page's optional extra addresses."""
    intake = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=INTAKE)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    extra = [address.strip() for address in page.to_address.split(",") if address.strip()]
    return sorted({*intake, *extra})


def submissions_url(page) -> str:
    path = reverse("wagtailforms:list_submissions", args=[page.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def subject(page) -> str:
    return page.subject or f"New request: {page.title}"


def body(page) -> str:
    return (
        f"A new request arrived through the form “{page.title}”.\n\n"
        f"Read it in the admin (you need to sign in):\n{submissions_url(page)}\n\n"
        "To protect the person's privacy, this email does not contain their name or answers."
    )


def notify_intake(page, submission) -> bool:
    """Email Intake; never raises. True when an email was handed to the mail server."""
    to = recipients(page)
    if not to:
        logger.warning(
            "Submission %s on form page %s is saved, but no one was emailed: give an Intake "
            "member an email address or fill in the page's notification addresses.",
            submission.pk,
            page.pk,
        )
        return False
    try:
        send_mail(subject(page), body(page), page.from_address or None, to)
    except Exception:
        logger.exception(
            "Could not email Intake about submission %s on form page %s. It is saved and "
            "listed in the admin.",
            submission.pk,
            page.pk,
        )
        return False
    return True
