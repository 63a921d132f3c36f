"""``send_review_reminders``: one email per reviewer, listing exactly what is due for them.

Cast: Alice (a medical reviewer who last reviewed two due pages), Bob (reviewed one
due page and one current one; not in the group), Frank (reviewed only current
content), Carol (inactive account) and Dave (no email) whose pages therefore go to
the whole group, Eve (a clinician with no account), and Mina, another reviewer.
"""

import datetime
from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from medical_review.governance import MEDICAL_REVIEWERS
from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs.models import IndicationPage, ProgramPage
from programs.snippets import Statistic
from tests import factories
from tests.conftest import build_program_tree

pytestmark = pytest.mark.django_db

BASE_URL = "https://cms.hospital.example"
REVIEWED_MODELS = [ProgramPage, IndicationPage, PatientGuidePage, GuideSectionPage, Statistic]


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


def set_review(obj, due_in=None, reviewer=None):
    type(obj).objects.filter(pk=obj.pk).update(
        next_review_due=None if due_in is None else days(due_in),
        last_reviewed=None if due_in is None else days(due_in - 365),
        reviewed_by=reviewer,
    )


@pytest.fixture
def cast(django_user_model, settings):
    settings.WAGTAILADMIN_BASE_URL = BASE_URL
    reviewers = Group.objects.get(name=MEDICAL_REVIEWERS)

    def person(username, email=None, active=True, reviewer=False):
        user = django_user_model.objects.create_user(
            username,
            email=f"{username}@hospital.example" if email is None else email,
            first_name=username.title(),
            is_active=active,
        )
        if reviewer:
            user.groups.add(reviewers)
        return user

    people = {
        "alice": person("alice", reviewer=True),
        "bob": person("bob"),
        "frank": person("frank"),
        "carol": person("carol", active=False),
        "dave": person("dave", email=""),
        "mina": person("mina", reviewer=True),
        # Reviewers who cannot be emailed: never sent anything.
        "gone": person("gone", active=False, reviewer=True),
        "noemail": person("noemail", email="", reviewer=True),
    }
    clinicians = {
        name: factories.ClinicianFactory(name=f"{name.title()} Doe", user=people.get(name))
        for name in ("alice", "bob", "frank", "carol", "dave", "eve")
    }

    tree = build_program_tree(indications=1, sections=1)
    for model in REVIEWED_MODELS:  # everything the tree made is current...
        model.objects.update(next_review_due=days(200), last_reviewed=days(-165))

    def page(title, due_in, reviewer):
        page = factories.IndicationPageFactory(parent=tree.program, title=title)
        set_review(page, due_in, clinicians[reviewer] if reviewer else None)
        return page

    # ...except these.
    items = {
        "alice_overdue": page("Alice overdue", -5, "alice"),
        "alice_soon": page("Alice soon", 12, "alice"),
        "bob_soon": page("Bob soon", 3, "bob"),
        "bob_current": page("Bob current", 200, "bob"),
        "bob_later": page("Bob in 60 days", 60, "bob"),
        "frank_current": page("Frank current", 90, "frank"),
        "carol_overdue": page("Carol overdue", -40, "carol"),
        "dave_soon": page("Dave soon", 20, "dave"),
        "eve_soon": page("Eve soon", 25, "eve"),
        "nobody_overdue": page("Nobody overdue", -1, None),
        "never": factories.StatisticFactory(value="85%", measure="of patients keep walking"),
    }
    return {"people": people, "items": items}


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("send_review_reminders", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def mail_to(mailoutbox) -> dict:
    assert all(len(message.to) == 1 for message in mailoutbox)
    return {message.to[0]: message for message in mailoutbox}


UNASSIGNED = [
    "Carol overdue",
    "Dave soon",
    "Eve soon",
    "Nobody overdue",
    "85% of patients keep walking",
]


def listed(message) -> list[str]:
    """Titles of the items an email lists, in order."""
    return [line[2:].rsplit(" (", 1)[0] for line in message.body.splitlines() if line[:2] == "* "]


def test_one_email_per_recipient_with_the_right_items(cast, mailoutbox):
    out, _ = run()
    sent = mail_to(mailoutbox)
    assert len(mailoutbox) == len(sent) == 3
    assert set(sent) == {
        "alice@hospital.example",
        "bob@hospital.example",
        "mina@hospital.example",
    }
    # Alice's own first, then every unassigned item; she is a reviewer, so one email has both.
    alice = sent["alice@hospital.example"]
    assert listed(alice) == ["Alice overdue", "Alice soon", *sorted_by_urgency(UNASSIGNED)]
    assert alice.subject == "Medical reviews due: 7 items"
    # Bob is not a medical reviewer: only his own due item, nothing current or further off.
    assert listed(sent["bob@hospital.example"]) == ["Bob soon"]
    assert sent["bob@hospital.example"].subject == "Medical reviews due: 1 item"
    assert "1 item of clinical content on " in sent["bob@hospital.example"].body
    assert " needs a medical review." in sent["bob@hospital.example"].body
    # Mina reviewed nothing herself: she gets what has no reachable reviewer.
    assert listed(sent["mina@hospital.example"]) == sorted_by_urgency(UNASSIGNED)
    assert "Sent 3 reminder emails covering 8 items." in out


def sorted_by_urgency(titles):
    order = [
        "85% of patients keep walking",
        "Carol overdue",
        "Nobody overdue",
        "Dave soon",
        "Eve soon",
    ]
    return [title for title in order if title in titles]


def test_no_email_for_those_with_nothing_due_or_no_way_to_receive_it(cast, mailoutbox):
    run()
    recipients = {message.to[0] for message in mailoutbox}
    for name in ("frank", "carol", "dave", "gone", "noemail"):
        assert f"{name}@hospital.example" not in recipients
    assert "" not in recipients


def test_nobody_gets_an_item_twice(cast, mailoutbox):
    run()
    for message in mailoutbox:
        titles = listed(message)
        assert len(titles) == len(set(titles)), message.to
        assert message.body.count("  Review: ") == len(titles)


def test_body_has_status_due_date_and_absolute_admin_links(cast, mailoutbox, settings):
    run()
    items = cast["items"]
    alice = mail_to(mailoutbox)["alice@hospital.example"].body
    overdue = items["alice_overdue"]
    due = days(-5)
    assert f"  Overdue. Review due {due:%B} {due.day}, {due.year} (5 days overdue).\n" in alice
    # Reviewers read and decide on the review screen: they may not open the editor.
    assert f"  Review: {BASE_URL}/admin/medical-review/pages/{overdue.pk}/changes/\n" in alice
    assert "  Due within 30 days. Review due " in alice
    assert "Last reviewed by: Alice Doe, MD\n" in alice
    assert "Last reviewed by: Carol Doe, MD (no active account with an email address)" in alice
    statistic = reverse("wagtailsnippets_programs_statistic:inspect", args=[items["never"].pk])
    assert f"  Review: {BASE_URL}{statistic}\n" in alice
    assert "* 85% of patients keep walking (Statistic)\n  Never reviewed.\n" in alice
    assert f"{BASE_URL}/admin/reports/reviews-due/" in alice
    assert mailoutbox[0].from_email == settings.DEFAULT_FROM_EMAIL


def test_dry_run_sends_nothing_and_says_what_it_would_send(cast, mailoutbox):
    out, _ = run("--dry-run")
    assert mailoutbox == []
    assert "Would email alice@hospital.example: Medical reviews due: 7 items" in out
    assert "Would email bob@hospital.example: Medical reviews due: 1 item" in out
    assert f"  - Bob soon (Due within 30 days) {BASE_URL}/admin/medical-review/pages/" in out
    assert "Dry run: would send 3 reminder emails covering 8 items. Nothing was sent." in out


def test_days_changes_the_window(cast, mailoutbox):
    run("--days", "0")  # only what is overdue or never reviewed
    sent = mail_to(mailoutbox)
    assert set(sent) == {"alice@hospital.example", "mina@hospital.example"}
    assert listed(sent["mina@hospital.example"]) == [
        "85% of patients keep walking",
        "Carol overdue",
        "Nobody overdue",
    ]
    mailoutbox.clear()
    run("--days", "90")
    assert listed(mail_to(mailoutbox)["bob@hospital.example"]) == ["Bob soon", "Bob in 60 days"]
    assert "Due within 90 days" in mail_to(mailoutbox)["bob@hospital.example"].body


def test_negative_days_is_refused(cast):
    with pytest.raises(CommandError, match="--days"):
        run("--days", "-1")


def test_running_daily_only_reads(cast, mailoutbox):
    with CaptureQueriesContext(connection) as queries:
        run()
        run()
    assert len(mailoutbox) == 6  # the same three emails each day while items stay due
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []


def test_nothing_due_sends_nothing(cast, mailoutbox):
    for model in REVIEWED_MODELS:
        model.objects.update(next_review_due=days(200))
    out, _ = run()
    assert mailoutbox == []
    assert "Sent 0 reminder emails covering 0 items." in out


def test_unassigned_items_with_no_reviewer_to_send_to_are_reported(cast, mailoutbox):
    Group.objects.get(name=MEDICAL_REVIEWERS).user_set.clear()
    out, err = run()
    assert set(mail_to(mailoutbox)) == {"alice@hospital.example", "bob@hospital.example"}
    assert "No one to remind about 'Carol overdue'" in err
    assert "Sent 2 reminder emails covering 3 items." in out


def test_accounts_sharing_an_address_get_one_email(cast, mailoutbox, django_user_model):
    shared = django_user_model.objects.create_user("alice2", email="Alice@hospital.example")
    shared.groups.add(Group.objects.get(name=MEDICAL_REVIEWERS))
    run()
    to_alice = [m for m in mailoutbox if m.to[0].casefold() == "alice@hospital.example"]
    assert len(to_alice) == 1
    assert len(listed(to_alice[0])) == 7
