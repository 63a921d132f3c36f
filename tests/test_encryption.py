"""Submissions are encrypted at rest: nothing readable in the table, keys rotate, bad keys stop.

The admin's listing and exports of decrypted answers are covered in
tests/test_appointments.py, which runs unchanged on the encrypted field.
"""

import io
import os
import subprocess
import sys
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection

import pytest
from cryptography.fernet import Fernet, InvalidToken

from appointments.encryption import parse_keys
from appointments.models import Submission
from tests.conftest import build_program_tree
from tests.factories import ReferralPageFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
SECRET = {"patient_name": "Sam Rivera", "reason": "Painful spinal metastasis at T8."}
OLD_KEY, NEW_KEY = Fernet.generate_key().decode(), Fernet.generate_key().decode()


@pytest.fixture
def referral(db):
    tree = build_program_tree(indications=1, sections=1)
    return ReferralPageFactory(parent=tree.program)


def raw_form_data(submission) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT form_data FROM appointments_submission WHERE id = %s", [submission.pk]
        )
        return cursor.fetchone()[0]


def test_the_stored_row_holds_no_submitted_value(client, referral):
    response = client.post(
        referral.url,
        {
            "full_name": "Dr Kim Lee",
            "practice": "Main Street Clinic",
            "email": "kim.lee@example.org",
            "patient_name": "Sam Rivera",
            "patient_date_of_birth": "03/27/1958",
            "contact_time": "Morning (8 a.m. to noon)",
            "reason": "Painful spinal metastasis at T8.",
            "consent": "on",
        },
    )
    assert response.status_code == 200
    submission = Submission.objects.get()
    assert submission.get_data()["patient_name"] == "Sam Rivera"
    raw = raw_form_data(submission)
    # Values long enough that a random Fernet token cannot contain them by chance.
    for value in (
        "Kim Lee",
        "Main Street",
        "example.org",
        "Sam Rivera",
        "03/27/1958",
        "metastasis",
    ):
        assert value not in raw, value
    assert raw.startswith("gAAAAA")  # a Fernet token (version byte 0x80)


def test_an_old_key_still_decrypts_until_the_rows_are_reencrypted(referral, settings):
    settings.SUBMISSIONS_KEY = OLD_KEY
    submission = Submission.objects.create(page=referral, form_data=SECRET)
    old_token = raw_form_data(submission)

    settings.SUBMISSIONS_KEY = f"{NEW_KEY},{OLD_KEY}"
    assert Submission.objects.get().form_data == SECRET
    call_command("reencrypt_submissions", stdout=io.StringIO())
    new_token = raw_form_data(submission)
    assert new_token != old_token
    Fernet(NEW_KEY).decrypt(new_token.encode())  # now under the new key, not the old
    with pytest.raises(InvalidToken):
        Fernet(OLD_KEY).decrypt(new_token.encode())

    settings.SUBMISSIONS_KEY = NEW_KEY  # the old key dropped
    assert Submission.objects.get().form_data == SECRET


def test_a_key_that_does_not_open_the_data_is_an_error_not_garbage(referral, settings):
    settings.SUBMISSIONS_KEY = OLD_KEY
    Submission.objects.create(page=referral, form_data=SECRET)
    settings.SUBMISSIONS_KEY = NEW_KEY
    with pytest.raises(ImproperlyConfigured, match="cannot be decrypted with any key"):
        Submission.objects.get()


def test_a_plain_text_row_is_refused_not_shown(referral):
    submission = Submission.objects.create(page=referral, form_data=SECRET)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE appointments_submission SET form_data = %s WHERE id = %s",
            ['{"patient_name": "Sam Rivera"}', submission.pk],
        )
    with pytest.raises(ImproperlyConfigured, match="not encrypted"):
        Submission.objects.get()


@pytest.mark.parametrize(
    "value, message",
    [("", "Set SUBMISSIONS_KEY"), (f"{NEW_KEY},not-a-key", "key 2 is not a Fernet key")],
    # Fixed ids: the keys are random, and xdist workers must collect the same names.
    ids=["empty", "second-key-malformed"],
)
def test_missing_or_malformed_keys_are_named(value, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        parse_keys(value)


@pytest.mark.parametrize("value", ["", "wrong"])
def test_production_settings_refuse_to_start_without_a_good_key(value):
    environ = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environ.update(
        DJANGO_SETTINGS_MODULE="radiosurgery_site.settings.production",
        SECRET_KEY="check-only-" + "x" * 50,
        ALLOWED_HOSTS="hospital.example",
        SUBMISSIONS_KEY=value,
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "ImproperlyConfigured" in result.stderr and "SUBMISSIONS_KEY" in result.stderr
