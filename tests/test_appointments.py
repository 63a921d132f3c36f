"""Appointment requests and referrals: nothing lost, nothing leaked, nothing abused.

Each rule of the forms has a test here that fails without it: validation and
its accessible messages, saving before emailing, an email without health
details, who may read submissions, retention, CSRF, the honeypot, the rate
limit and the body size limit.
"""

import calendar
import datetime
import logging
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page, PageViewRestriction

import pytest
import time_machine
from bs4 import BeautifulSoup

from appointments import ratelimit
from appointments.models import (
    HONEYPOT_FIELD,
    MAX_BODY_BYTES,
    AppointmentFormField,
    AppointmentRequestPage,
    ReferralPage,
    Submission,
)
from medical_review.governance import EDITORS, INTAKE, MEDICAL_REVIEWERS
from tests.conftest import build_program_tree, sign_in
from tests.exports import exported_rows
from tests.factories import AppointmentRequestPageFactory, ReferralPageFactory

pytestmark = pytest.mark.django_db

APPOINTMENT = {
    "full_name": "Ana Pérez",
    "phone": "800-555-0100",
    "email": "",
    "contact_time": "Any time",
    "reason": "Pain in my back from a tumor in the spine.",
    "consent": "on",
}
REFERRAL = {
    "full_name": "Dr Kim Lee",
    "practice": "Main Street Clinic",
    "phone": "",
    "email": "kim.lee@example.org",
    "patient_name": "Sam Rivera",
    "patient_date_of_birth": "03/27/1958",
    "contact_time": "Morning (8 a.m. to noon)",
    "reason": "Painful spinal metastasis at T8.",
    "consent": "on",
}


class RaisingEmailBackend:
    """A mail backend whose server is down: every send raises."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@pytest.fixture(autouse=True)
def fresh_rate_limit(empty_cache):
    pass


@pytest.fixture
def tree():
    tree = build_program_tree(indications=1, sections=1)
    tree.appointment = AppointmentRequestPageFactory(parent=tree.program)
    tree.referral = ReferralPageFactory(parent=tree.program)
    return tree


@pytest.fixture
def member(django_user_model):
    def make(group: str | None, email: str = "", **extra):
        name = f"{group or 'nobody'}-{django_user_model.objects.count()}"
        user = django_user_model.objects.create_user(name, email=email, password="x", **extra)
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return make


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def is_thank_you(response) -> bool:
    return "appointments/form_page_landing.html" in [t.name for t in response.templates]


# The form as people see it -----------------------------------------------------------------


def test_form_has_labelled_fields_with_autocomplete_and_a_phone_alternative(client, tree):
    html = soup(client.get(tree.appointment.url))
    form = html.find("form", class_="request-form")
    assert form["method"] == "post"
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    for name, autocomplete in [("full_name", "name"), ("phone", "tel"), ("email", "email")]:
        field = form.find(attrs={"name": name})
        assert field["autocomplete"] == autocomplete
        assert html.find("label", attrs={"for": field["id"]}).get_text(strip=True)
    assert form.find("input", attrs={"name": "phone"})["type"] == "tel"
    assert form.find("input", attrs={"name": "email"})["type"] == "email"
    assert form.find("textarea", attrs={"name": "reason"})["maxlength"] == "1000"
    assert form.find("fieldset").find("legend").get_text(strip=True)
    assert html.find(class_="form-phone").find("a")["href"].startswith("tel:")


def test_form_pages_are_never_cached(client, tree):
    for response in (
        client.get(tree.appointment.url),
        client.post(tree.appointment.url, {}),
        client.post(tree.appointment.url, APPOINTMENT),
    ):
        cache_control = response["Cache-Control"]
        assert "no-store" in cache_control and "private" in cache_control


def test_referral_asks_about_the_patient_without_autofilling_the_referrer(client, tree):
    form = soup(client.get(tree.referral.url)).find("form", class_="request-form")
    assert form.find(attrs={"name": "practice"})["autocomplete"] == "organization"
    assert form.find(attrs={"name": "patient_name"})["autocomplete"] == "off"
    assert form.find(attrs={"name": "patient_date_of_birth"})["autocomplete"] == "off"


def test_honeypot_is_hidden_from_people_and_assistive_technology(client, tree):
    html = soup(client.get(tree.appointment.url))
    trap = html.find("input", attrs={"name": HONEYPOT_FIELD})
    assert trap["tabindex"] == "-1"
    assert trap["autocomplete"] == "off"
    wrapper = trap.find_parent("div")
    assert wrapper["aria-hidden"] == "true"
    assert "form-trap" in wrapper["class"]


def test_form_pages_load_nothing_from_other_sites(client, tree):
    for page in (tree.appointment, tree.referral):
        html = soup(client.get(page.url))
        loaded = [
            *html.find_all(["script", "img", "iframe"]),
            *html.find_all("link", rel="stylesheet"),
        ]
        for tag in loaded:
            address = tag.get("src") or tag.get("href") or ""
            assert not address.startswith(("http:", "https:", "//")), address


def test_new_form_pages_start_with_the_default_fields(tree):
    assert [f.clean_name for f in tree.appointment.form_fields.all()] == [
        "full_name",
        "phone",
        "email",
        "contact_time",
        "reason",
        "consent",
    ]
    names = [f.clean_name for f in tree.referral.form_fields.all()]
    assert {"practice", "patient_name", "patient_date_of_birth", "consent"} <= set(names)
    # A page read back from the database keeps its own fields, even none.
    AppointmentFormField.objects.filter(page=tree.appointment).delete()
    assert not AppointmentRequestPage.objects.get(pk=tree.appointment.pk).form_fields.exists()


def test_editors_see_the_default_fields_when_adding_a_form(admin_client, tree):
    tree.appointment.delete()
    url = reverse(
        "wagtailadmin_pages:add",
        args=["appointments", "appointmentrequestpage", tree.program.pk],
    )
    html = admin_client.get(url).content.decode()
    assert "Your full name" in html and "When is a good time to call?" in html


def test_forms_live_only_under_a_program_once_each(tree):
    assert AppointmentRequestPage.can_create_at(tree.program) is False  # one already there
    assert ReferralPage.can_create_at(tree.program) is False
    assert AppointmentRequestPage.can_create_at(tree.home) is False
    assert AppointmentRequestPage.allowed_subpage_models() == []


# Sending: valid, invalid, and what is stored -------------------------------------------------


def test_valid_request_is_stored_and_thanked(client, tree):
    response = client.post(tree.appointment.url, APPOINTMENT)
    assert response.status_code == 200 and is_thank_you(response)
    submission = Submission.objects.get()
    assert submission.page_id == tree.appointment.pk
    assert submission.form_data == {**APPOINTMENT, "consent": True}
    # The thank-you page repeats nothing that was sent, and still offers the phone.
    html = soup(response)
    assert "Ana" not in html.get_text() and "tumor" not in html.get_text()
    assert html.find(class_="form-phone")


def test_valid_referral_is_stored_with_the_date_of_birth(client, tree):
    response = client.post(tree.referral.url, REFERRAL)
    assert is_thank_you(response)
    assert Submission.objects.get().form_data["patient_date_of_birth"] == "1958-03-27"


def test_unknown_and_extra_fields_are_ignored(client, tree):
    extra = {**APPOINTMENT, "is_admin": "1", "page": "999", "submit_time": "2000-01-01"}
    client.post(tree.appointment.url, extra)
    assert set(Submission.objects.get().form_data) == set(APPOINTMENT)


def test_errors_are_summarised_linked_announced_and_values_kept(client, tree):
    typed = {**APPOINTMENT, "full_name": "", "consent": "", "email": "not-an-email"}
    response = client.post(tree.appointment.url, typed)
    assert response.status_code == 200 and not is_thank_you(response)
    assert not Submission.objects.exists()
    html = soup(response)
    assert html.title.get_text().startswith("Error:")

    summary = html.find(class_="error-summary")
    assert summary["tabindex"] == "-1" and summary.has_attr("autofocus")
    targets = [a["href"] for a in summary.find_all("a")]
    assert targets == ["#id_full_name", "#id_email", "#id_consent"]
    for target in targets:
        field = html.find(id=target[1:])
        assert field["aria-invalid"] == "true"
        error_id = f"{field['id']}_error"
        assert error_id in field["aria-describedby"].split()
        assert html.find(id=error_id).get_text(strip=True)

    # What was typed is still there.
    assert html.find(attrs={"name": "email"})["value"] == "not-an-email"
    assert html.find(attrs={"name": "phone"})["value"] == APPOINTMENT["phone"]
    assert (
        html.find("textarea", attrs={"name": "reason"}).get_text().strip() == APPOINTMENT["reason"]
    )
    assert html.find(attrs={"name": "contact_time", "value": "Any time"}).has_attr("checked")


def test_a_radio_error_is_linked_to_its_first_choice_and_described_on_the_fieldset(client, tree):
    response = client.post(tree.appointment.url, {**APPOINTMENT, "contact_time": ""})
    html = soup(response)
    assert html.find(class_="error-summary").find("a")["href"] == "#id_contact_time_0"
    assert html.find(id="id_contact_time_0")
    fieldset = html.find("fieldset")
    assert "id_contact_time_error" in fieldset["aria-describedby"].split()


def test_a_phone_or_an_email_is_needed_and_one_is_enough(client, tree):
    response = client.post(tree.appointment.url, {**APPOINTMENT, "phone": "", "email": ""})
    assert not is_thank_you(response)
    assert "phone number or an email address" in soup(response).find(id="id_phone_error").text
    assert is_thank_you(client.post(tree.appointment.url, APPOINTMENT))  # phone only
    email_only = {**APPOINTMENT, "phone": "", "email": "ana@example.org"}
    assert is_thank_you(client.post(tree.appointment.url, email_only))


@pytest.mark.parametrize(
    "phone,ok",
    [
        ("800-555-0142", True),
        ("(800) 555 0142", True),
        ("+1 800 555 0142 ext. 12", True),
        ("555-0142", True),
        ("12345", False),
        ("call me maybe", False),
        ("800-555-0142; DROP TABLE", False),
        ("1" * 16, False),
    ],
)
def test_phone_numbers_are_checked_for_form(client, tree, phone, ok):
    response = client.post(tree.appointment.url, {**APPOINTMENT, "phone": phone})
    assert is_thank_you(response) is ok


@pytest.mark.parametrize(
    "email,ok",
    [
        ("ana@example.org", True),
        ("ana@", False),
        ("<script>@x", False),
        ("a" * 250 + "@x.org", False),
    ],
)
def test_email_addresses_are_checked_for_form(client, tree, email, ok):
    response = client.post(tree.appointment.url, {**APPOINTMENT, "email": email})
    assert is_thank_you(response) is ok


def birth_date(years_ago: int, days: int = 0) -> str:
    """Today's date ``years_ago`` (28 February for a 29 February birthday), then ``days`` on."""
    today = timezone.localdate()
    year = today.year - years_ago
    day = datetime.date(
        year, today.month, min(today.day, calendar.monthrange(year, today.month)[1])
    )
    return (day + datetime.timedelta(days=days)).strftime("%m/%d/%Y")


@pytest.mark.parametrize(
    "value,message",
    [
        ((0, 1), "cannot be in the future"),
        ((121, 0), "more than 120 years ago"),
        ("02/30/1958", "month/day/year"),
        ("yesterday", "month/day/year"),
        ((119, 0), None),
        ("1958-03-27", None),
    ],
)
def test_dates_of_birth_are_checked_for_sense(client, tree, value, message):
    if isinstance(value, tuple):  # (years ago, days later), computed today, in the test
        value = birth_date(*value)
    response = client.post(tree.referral.url, {**REFERRAL, "patient_date_of_birth": value})
    if message is None:
        assert is_thank_you(response)
    else:
        assert message in soup(response).find(id="id_patient_date_of_birth_error").text


def test_lengths_are_bounded(client, tree):
    response = client.post(tree.appointment.url, {**APPOINTMENT, "reason": "x" * 1001})
    error = soup(response).find(id="id_reason_error").text
    assert "1000 characters or fewer" in error and "1001" in error
    response = client.post(tree.appointment.url, {**APPOINTMENT, "full_name": "x" * 201})
    assert soup(response).find(id="id_full_name_error")
    assert not Submission.objects.exists()


# Nothing lost: save first, then an email without health details ---------------------------------


def test_intake_is_told_without_any_health_details(client, tree, member, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://admin.example.org"
    member(INTAKE, email="intake@example.org")
    member(INTAKE)  # no address: not emailed
    member(INTAKE, email="gone@example.org", is_active=False)
    member(EDITORS, email="editor@example.org")
    tree.appointment.to_address = "desk@example.org"
    tree.appointment.save()

    client.post(tree.appointment.url, APPOINTMENT)

    (message,) = mail.outbox
    assert sorted(message.to) == ["desk@example.org", "intake@example.org"]
    link = f"https://admin.example.org/admin/forms/submissions/{tree.appointment.pk}/"
    assert link in message.body
    text = message.subject + message.body
    for value in APPOINTMENT.values():
        if value not in ("", "on"):
            assert value not in text
    assert "Ana" not in text and "tumor" not in text


def test_a_failing_mail_server_loses_nothing(client, tree, member, settings, caplog):
    settings.EMAIL_BACKEND = "tests.test_appointments.RaisingEmailBackend"
    member(INTAKE, email="intake@example.org")

    with caplog.at_level(logging.ERROR, logger="appointments.notifications"):
        response = client.post(tree.appointment.url, APPOINTMENT)

    assert response.status_code == 200 and is_thank_you(response)
    assert Submission.objects.get().form_data["full_name"] == "Ana Pérez"
    (record,) = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.exc_info and "Could not email Intake" in record.getMessage()
    assert "Ana" not in caplog.text  # the log carries no personal details either


def test_nobody_to_tell_is_logged_and_the_submission_kept(client, tree, caplog):
    with caplog.at_level(logging.WARNING, logger="appointments.notifications"):
        client.post(tree.appointment.url, APPOINTMENT)
    assert Submission.objects.count() == 1 and not mail.outbox
    assert "no one was emailed" in caplog.text


def test_the_submission_is_saved_before_the_email_is_sent(client, tree, member, monkeypatch):
    member(INTAKE, email="intake@example.org")
    seen = []

    def send_mail(*args, **kwargs):
        seen.append(Submission.objects.count())

    monkeypatch.setattr("appointments.notifications.send_mail", send_mail)
    client.post(tree.appointment.url, APPOINTMENT)
    assert seen == [1]


# Who may read submissions ------------------------------------------------------------------------


def submissions_urls(page) -> dict[str, str]:
    listing = reverse("wagtailforms:list_submissions", args=[page.pk])
    return {
        "list": listing,
        "csv": listing + "?export=csv",
        "xlsx": listing + "?export=xlsx",
        "delete": reverse("wagtailforms:delete_submissions", args=[page.pk]),
    }


def refused(response) -> bool:
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard and a message."""
    if response.status_code == 302:
        return response["Location"] == reverse("wagtailadmin_home")
    return response.status_code == 403 and "Ana" not in response.content.decode()


@pytest.mark.parametrize("group", [EDITORS, MEDICAL_REVIEWERS])
def test_editors_and_reviewers_are_refused_submissions(client, tree, member, group):
    client.post(tree.appointment.url, APPOINTMENT)
    sign_in(client, member(group))
    for page in (tree.appointment, tree.referral):
        for name, url in submissions_urls(page).items():
            assert refused(client.get(url)), name
    assert refused(client.get(reverse("appointments_submissions:index")))
    # Wagtail's own list of forms (editors may open it) does not show ours.
    wagtail_list = client.get(reverse("wagtailforms:index"))
    assert "Request an appointment" not in wagtail_list.content.decode()
    assert Submission.objects.count() == 1


def test_anonymous_visitors_are_sent_to_log_in(client, tree):
    response = client.get(submissions_urls(tree.appointment)["list"])
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize("who", ["intake", "superuser"])
def test_intake_and_superusers_read_and_export_submissions(client, tree, member, who):
    client.post(tree.appointment.url, APPOINTMENT)
    client.post(tree.referral.url, REFERRAL)
    user = member(INTAKE) if who == "intake" else member(None, is_superuser=True)
    sign_in(client, user)

    index = client.get(reverse("appointments_submissions:index")).content.decode()
    assert "Request an appointment" in index and "Refer a patient" in index
    urls = submissions_urls(tree.appointment)
    listing = client.get(urls["list"])
    assert listing.status_code == 200 and "Ana Pérez" in listing.content.decode()
    export = client.get(urls["csv"])
    assert export.status_code == 200
    csv = b"".join(export.streaming_content).decode()
    assert "Your full name" in csv.splitlines()[0] and "Ana Pérez" in csv
    assert client.get(urls["xlsx"]).status_code == 200
    referrals = client.get(submissions_urls(tree.referral)["list"]).content.decode()
    assert "Sam Rivera" in referrals


def test_intake_sees_the_submissions_menu_and_editors_do_not(client, tree, member):
    sign_in(client, member(INTAKE))
    assert "Form submissions" in client.get(reverse("wagtailadmin_home")).content.decode()
    sign_in(client, member(EDITORS))
    assert "Form submissions" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_intake_can_do_nothing_else_in_the_admin(client, tree, member):
    intake = member(INTAKE)
    sign_in(client, intake)
    assert client.get(
        reverse("wagtailadmin_pages:edit", args=[tree.appointment.pk])
    ).status_code in (
        302,
        403,
    )
    assert not tree.appointment.permissions_for_user(intake).can_edit()
    assert not intake.has_perm("programs.change_statistic")


def test_script_in_a_submission_is_shown_escaped_in_the_admin(client, tree, member):
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    client.post(tree.appointment.url, {**APPOINTMENT, "full_name": attack, "reason": attack})
    sign_in(client, member(INTAKE))
    html = client.get(submissions_urls(tree.appointment)["list"]).content.decode()
    assert attack not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_exports_cannot_run_formulas(client, tree, member, export_format):
    client.post(tree.appointment.url, {**APPOINTMENT, "full_name": "=1+1"})
    sign_in(client, member(INTAKE))
    url = submissions_urls(tree.appointment)[export_format]
    cells = exported_rows(client.get(url), export_format)[1]
    assert "'=1+1" in cells
    assert "800-555-0100" in cells  # a phone number stays a phone number


# Retention -------------------------------------------------------------------------------------


def make_submission(page, days_ago: int) -> Submission:
    submission = Submission.objects.create(page=page, form_data={"full_name": "Old"})
    Submission.objects.filter(pk=submission.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=days_ago)
    )
    return submission


def test_purge_deletes_only_what_is_older_than_the_retention_period(tree, settings, capsys):
    settings.FORM_SUBMISSION_RETENTION_DAYS = 180
    old, recent = make_submission(tree.appointment, 181), make_submission(tree.referral, 179)
    wagtail_old = FormSubmission.objects.create(page=tree.appointment, form_data={})
    FormSubmission.objects.filter(pk=wagtail_old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=400)
    )

    call_command("purge_submissions", "--dry-run")
    assert "Would delete 2 submission(s)" in capsys.readouterr().out
    assert Submission.objects.count() == 2 and FormSubmission.objects.count() == 1

    call_command("purge_submissions", "--older-than", "180")
    assert "Deleted 2 submission(s)" in capsys.readouterr().out
    assert list(Submission.objects.all()) == [recent]
    assert not FormSubmission.objects.exists()
    assert not Submission.objects.filter(pk=old.pk).exists()


def test_purge_uses_the_setting_by_default_and_refuses_zero(tree, settings):
    from appointments.management.commands.purge_submissions import Command

    make_submission(tree.appointment, 40)
    settings.FORM_SUBMISSION_RETENTION_DAYS = 30
    parser = Command().create_parser("manage.py", "purge_submissions")
    assert parser.parse_args([]).older_than == 30
    call_command("purge_submissions", older_than=30)
    assert not Submission.objects.exists()
    with pytest.raises(CommandError):
        call_command("purge_submissions", "--older-than", "0")


# Abuse -----------------------------------------------------------------------------------------


def test_csrf_is_enforced_with_a_page_that_gives_the_phone(tree):
    client = Client(enforce_csrf_checks=True)
    response = client.post(tree.appointment.url, APPOINTMENT)
    assert response.status_code == 403
    html = soup(response)
    assert "was not sent" in html.h1.text and html.find(class_="form-phone")
    assert not Submission.objects.exists()

    token = soup(client.get(tree.appointment.url)).find(
        "input", attrs={"name": "csrfmiddlewaretoken"}
    )["value"]
    response = client.post(tree.appointment.url, {**APPOINTMENT, "csrfmiddlewaretoken": token})
    assert is_thank_you(response) and Submission.objects.count() == 1


def test_a_filled_honeypot_looks_sent_but_stores_and_sends_nothing(client, tree, member, caplog):
    member(INTAKE, email="intake@example.org")
    with caplog.at_level(logging.WARNING, logger="appointments.models"):
        response = client.post(tree.appointment.url, {**APPOINTMENT, HONEYPOT_FIELD: "http://spam"})
    assert response.status_code == 200 and is_thank_you(response)
    assert not Submission.objects.exists() and not mail.outbox
    assert "honeypot" in caplog.text


def test_more_than_five_submissions_in_ten_minutes_get_a_429_with_the_phone(client, tree):
    for _ in range(ratelimit.LIMIT):
        assert is_thank_you(client.post(tree.appointment.url, APPOINTMENT))
    response = client.post(tree.referral.url, REFERRAL)
    assert response.status_code == 429
    assert response["Retry-After"] == "600"
    html = soup(response)
    assert "was not sent" in html.h1.text and html.find(class_="form-phone")
    assert Submission.objects.count() == ratelimit.LIMIT

    other = Client(REMOTE_ADDR="203.0.113.9")
    assert is_thank_you(other.post(tree.appointment.url, APPOINTMENT))


def test_mistakes_do_not_count_towards_the_limit(client, tree):
    for _ in range(10):
        assert client.post(tree.appointment.url, {}).status_code == 200
    assert is_thank_you(client.post(tree.appointment.url, APPOINTMENT))


def test_the_limit_expires_after_its_window(client, tree):
    """The real 10-minute window, on a clock the test moves (the cache reads the same clock)."""
    with time_machine.travel(
        datetime.datetime(2026, 3, 1, 9, 0, tzinfo=datetime.UTC), tick=False
    ) as clock:
        for _ in range(ratelimit.LIMIT):
            client.post(tree.appointment.url, APPOINTMENT)
        clock.shift(ratelimit.window_seconds() - 1)
        assert client.post(tree.appointment.url, APPOINTMENT).status_code == 429
        clock.shift(2)
        assert is_thank_you(client.post(tree.appointment.url, APPOINTMENT))


def test_forwarded_addresses_count_only_behind_trusted_proxies(client, tree, settings):
    spoofed = [f"198.51.100.{n}" for n in range(ratelimit.LIMIT + 1)]
    for address in spoofed:  # without trusted proxies, a forged header changes nothing
        response = client.post(tree.appointment.url, APPOINTMENT, HTTP_X_FORWARDED_FOR=address)
    assert response.status_code == 429

    settings.TRUSTED_PROXY_COUNT = 1
    for address in spoofed:  # behind one proxy, each real client has its own limit
        response = client.post(tree.appointment.url, APPOINTMENT, HTTP_X_FORWARDED_FOR=address)
        assert is_thank_you(response)


def test_an_oversized_body_is_refused_with_413(client, tree):
    padding = "x" * (MAX_BODY_BYTES + 1)
    response = client.post(tree.appointment.url, {**APPOINTMENT, "padding": padding})
    assert response.status_code == 413
    assert "too long" in soup(response).text
    assert not Submission.objects.exists()


# The program page links to its forms -------------------------------------------------------------


def test_program_page_links_to_its_forms_and_falls_back_to_the_settings_link(client, tree):
    html = soup(client.get(tree.program.url))
    section = html.find(id="appointment")
    hrefs = [a["href"] for a in section.find_all("a")]
    assert tree.appointment.url in hrefs and tree.referral.url in hrefs

    tree.appointment.unpublish()
    tree.referral.delete()
    section = soup(client.get(tree.program.url)).find(id="appointment")
    hrefs = [a["href"] for a in section.find_all("a")]
    assert tree.appointment.url not in hrefs
    from programs.hospital_settings import HospitalSettings

    assert HospitalSettings.for_site(tree.site).appointment_url in hrefs


def test_program_page_does_not_link_to_a_private_form(client, tree):
    restriction = PageViewRestriction.objects.create(
        page=Page.objects.get(pk=tree.appointment.pk), restriction_type="login"
    )
    section = soup(client.get(tree.program.url)).find(id="appointment")
    assert tree.appointment.url not in [a["href"] for a in section.find_all("a")]
    restriction.delete()


# Editors build the forms -----------------------------------------------------------------------


def add_form_data(fields: list[dict]) -> dict:
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    return nested_form_data(
        {
            "title": "Request an appointment",
            "slug": "request-an-appointment",
            "summary": "Ask us for an appointment.",
            "intro": rich_text("<p>Tell us how to reach you.</p>"),
            "privacy_note": "Only our intake team reads this.",
            "submit_label": "Send",
            "thank_you_heading": "Thank you",
            "thank_you_text": rich_text("<p>We will call you.</p>"),
            "to_address": "",
            "subject": "",
            "form_fields": inline_formset(fields),
            "action-publish": "publish",
        }
    )


def field_data(label: str, field_type: str = "singleline", **extra) -> dict:
    return {
        "label": label,
        "help_text": "",
        "required": "on",
        "field_type": field_type,
        "choices": "",
        "default_value": "",
        "autocomplete": "",
        **extra,
    }


def test_an_editor_can_create_a_form_page_with_its_fields(admin_client, tree):
    tree.appointment.delete()
    url = reverse(
        "wagtailadmin_pages:add", args=["appointments", "appointmentrequestpage", tree.program.pk]
    )
    fields = [field_data("Your full name", autocomplete="name"), field_data("Phone", "phone")]
    response = admin_client.post(url, add_form_data(fields))
    assert response.status_code == 302, response.context["form"].errors
    page = AppointmentRequestPage.objects.get()
    assert [(f.clean_name, f.field_type) for f in page.form_fields.all()] == [
        ("your_full_name", "singleline"),
        ("phone", "phone"),
    ]


def test_a_field_may_not_take_a_name_the_form_reserves(admin_client, tree):
    tree.appointment.delete()
    url = reverse(
        "wagtailadmin_pages:add", args=["appointments", "appointmentrequestpage", tree.program.pk]
    )
    response = admin_client.post(url, add_form_data([field_data("Homepage URL")]))
    assert response.status_code == 200
    assert not AppointmentRequestPage.objects.exists()
    assert "reserved by the form" in response.content.decode()


def test_a_copied_form_keeps_its_own_fields_not_the_defaults(tree):
    from tests.factories import ProgramPageFactory

    AppointmentFormField.objects.filter(page=tree.appointment).exclude(clean_name="email").delete()
    other_program = ProgramPageFactory(parent=tree.home, title="Another program")
    copy = tree.appointment.copy(to=other_program)
    assert [f.clean_name for f in copy.specific.form_fields.all()] == ["email"]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_exports_give_the_sites_local_time_and_name_its_zone(
    client, tree, member, settings, export_format
):
    settings.TIME_ZONE = "America/Chicago"  # not the default, so the zone comes from settings
    client.post(tree.appointment.url, APPOINTMENT)
    submitted = Submission.objects.get().submit_time
    sign_in(client, member(INTAKE))
    heading, row = exported_rows(
        client.get(submissions_urls(tree.appointment)[export_format]), export_format
    )[:2]
    assert heading[0] == "Submission date (America/Chicago)"
    local = timezone.localtime(submitted, ZoneInfo("America/Chicago")).replace(
        tzinfo=None, microsecond=0
    )
    assert str(row[0]) == str(local)
