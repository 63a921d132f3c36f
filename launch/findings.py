"""What must be fixed before real patients see the site, each with where to fix it.

One function per kind of finding (``KINDS``), shared by the report, the dashboard
panel and the deploy checks, so the three never disagree. Each runs a fixed, small
number of queries (the forms: one per form page).
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.contrib.auth.models import Group
from django.db.models import Q
from django.urls import reverse
from django.utils.dateformat import format as format_date

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale

from appointments.models import AppointmentRequestPage, ReferralPage
from appointments.notifications import recipients
from medical_review.due import due_items
from medical_review.governance import INTAKE
from medical_review.models import ReviewStatus
from medical_review.translations import autonym, stale_translations
from programs.hospital_settings import HospitalSettings
from programs.snippets import Statistic
from seed_content.management.commands.create_demo_editor import ACCOUNTS, DEMO_PASSWORD

from .examples import example_fields
from .links import broken_links


@dataclass(frozen=True)
class Finding:
    subject: str  # what it is about: a page, a statistic, an account
    problem: str
    fix_url: str
    obj: object = None


@dataclass(frozen=True)
class Kind:
    """One row group of the report and one deploy check (``launch.W00n``)."""

    check_id: str
    heading: str
    fix_label: str  # the link text of each finding's fix_url
    hint: str  # where to fix it, for check --deploy
    find: Callable[[], list[Finding]]


def _locales() -> dict[int, str]:
    """Locale pk -> language code, in one query."""
    return dict(Locale.objects.values_list("pk", "language_code"))


def _language(code: str) -> str:
    return autonym(code)


def hospital_settings() -> list[Finding]:
    findings = []
    for hospital in HospitalSettings.objects.select_related("site"):
        fields = example_fields(hospital)
        if fields:
            labels = [str(HospitalSettings._meta.get_field(f).verbose_name) for f in fields]
            findings.append(
                Finding(
                    subject=f"Hospital settings for {hospital.site.hostname}",
                    problem="Still example values: " + ", ".join(labels) + ".",
                    fix_url=reverse(
                        "wagtailsettings:edit",
                        args=["programs", "hospitalsettings", hospital.site_id],
                    ),
                    obj=hospital,
                )
            )
    return findings


def _unreviewed_pages(translations: bool) -> dict[int, tuple]:
    """Live pages never reviewed or overdue, originals or translations: pk -> (page, problem,
    language)."""
    locales = _locales()
    found = {}
    for item in due_items():
        if not (item.is_page and item.live):
            continue
        if item.status not in (ReviewStatus.NEVER, ReviewStatus.OVERDUE):
            continue
        code = locales.get(item.obj.locale_id)
        if (code != settings.LANGUAGE_CODE) is not translations:
            continue
        if item.status == ReviewStatus.NEVER:
            problem = "Never reviewed by a clinician."
        else:
            problem = f"Review overdue since {format_date(item.next_review_due, 'F j, Y')}."
        found[item.obj.pk] = (item.obj, problem, _language(code))
    return found


def _edit_page_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def clinical_pages() -> list[Finding]:
    return [
        Finding(page.title, problem, _edit_page_url(page), page)
        for page, problem, _ in _unreviewed_pages(translations=False).values()
    ]


def translations() -> list[Finding]:
    """Translated pages never reviewed, overdue, or older than their original."""
    found = _unreviewed_pages(translations=True)
    problems = {pk: [problem] for pk, (_, problem, _) in found.items()}
    for stale in stale_translations():
        if not stale.page.live:
            continue  # patients do not see a draft yet: Reviews due lists it for its editors
        problems.setdefault(stale.page.pk, [])
        problems[stale.page.pk].append("Its original changed after it was last reviewed.")
        found.setdefault(stale.page.pk, (stale.page, "", stale.language))
    return [
        Finding(f"{page.title} ({language})", " ".join(problems[pk]), _edit_page_url(page), page)
        for pk, (page, _, language) in found.items()
    ]


def statistics() -> list[Finding]:
    """Live statistics with no source, no date (as of) or no medical reviewer's approval."""
    locales = _locales()
    finder = AdminURLFinder()
    findings = []
    unfinished = Statistic.objects.filter(live=True).filter(
        Q(source="") | Q(as_of__isnull=True) | Q(last_reviewed__isnull=True)
    )
    for statistic in unfinished.order_by("locale_id", "pk"):
        missing = [
            label
            for absent, label in (
                (not statistic.source, "a source"),
                (statistic.as_of is None, "the date it was true (as of)"),
                (statistic.last_reviewed is None, "a medical reviewer's approval"),
            )
            if absent
        ]
        findings.append(
            Finding(
                subject=f"{statistic} ({_language(locales.get(statistic.locale_id, ''))})",
                problem="Missing " + ", ".join(missing) + ".",
                fix_url=finder.get_edit_url(statistic) or "",
                obj=statistic,
            )
        )
    return findings


def forms() -> list[Finding]:
    """Live form pages whose submissions would email nobody (appointments.notifications)."""
    intake = Group.objects.filter(name=INTAKE).first()
    fix_url = reverse("wagtailusers_users:index")
    if intake:
        fix_url += f"?group={intake.pk}"
    return [
        Finding(
            page.title,
            "Requests sent through it reach nobody: no active Intake member has an email "
            "address, and the page has no notification addresses.",
            fix_url,
            page,
        )
        for model in (AppointmentRequestPage, ReferralPage)
        for page in model.objects.live().order_by("path")
        if not recipients(page)
    ]


@functools.lru_cache(maxsize=64)
def _is_demo_password(encoded: str) -> bool:
    """Checked once per stored hash: each check costs about half a second in production."""
    return check_password(DEMO_PASSWORD, encoded)


def demo_accounts() -> list[Finding]:
    """The accounts create_demo_editor makes, while they still have its published password."""
    users = get_user_model().objects.filter(username__in=ACCOUNTS, is_active=True)
    return [
        Finding(
            user.get_username(),
            "Still has the demo password that create_demo_editor prints.",
            reverse("wagtailusers_users:edit", args=[user.pk]),
            user,
        )
        for user in users.order_by("username")
        if _is_demo_password(user.password)
    ]


def broken_page_links() -> list[Finding]:
    """Live pages that link to a page that is unpublished or deleted (launch.links). Patients
    see no card and no link there, so each stays listed until the page is changed (or the
    page it links to is published again)."""
    locales = _locales()
    findings = []
    for link in broken_links():
        code = locales.get(link.page.locale_id, "")
        subject = link.page.title
        if code != settings.LANGUAGE_CODE:
            subject += f" ({_language(code)})"
        title = f"“{link.target_title}”" if link.target_title else "a page"
        state = "which was deleted" if link.deleted else "which is not published"
        findings.append(
            Finding(subject, f"Links to {title}, {state}.", _edit_page_url(link.page), link.page)
        )
    return findings


KINDS = [
    Kind(
        "launch.W001",
        "Hospital settings",
        "Edit the hospital settings",
        "Enter the hospital's real names, phone and links under Settings > Hospital settings.",
        hospital_settings,
    ),
    Kind(
        "launch.W002",
        "Clinical pages not reviewed",
        "Edit the page",
        "Submit the page to Medical review for a clinician to approve (Reports > Reviews due).",
        clinical_pages,
    ),
    Kind(
        "launch.W003",
        "Statistics without a source, date or approval",
        "Edit the statistic",
        "Under Snippets > Statistics, give it its source and date, and submit it to "
        "Medical review.",
        statistics,
    ),
    Kind(
        "launch.W004",
        "Translations not reviewed or out of date",
        "Edit the translation",
        "Update the translation and submit it to Medical review (Reports > Reviews due).",
        translations,
    ),
    Kind(
        "launch.W005",
        "Forms whose requests reach nobody",
        "Find the Intake group's members",
        "Give an active member of the Intake group an email address (Settings > Users), or "
        "fill in the form page's notification addresses.",
        forms,
    ),
    Kind(
        "launch.W006",
        "Accounts with the demo password",
        "Edit the account",
        "Change the account's password or delete it (Settings > Users).",
        demo_accounts,
    ),
    Kind(
        "launch.W007",
        "Pages with broken links",
        "Edit the linking page",
        "Remove or change the link (a link card's page, or a link in the text) and submit "
        "the page to Medical review, or publish the page it links to again.",
        broken_page_links,
    ),
]
