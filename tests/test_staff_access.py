"""Staff sign-in: the second factor, the pause after wrong passwords, idle and browser sessions.

All through the real admin views, middleware, django-otp and django-axes; only
the authenticator app is played by the test (it computes the code from the key).
"""

import re
import time
from base64 import b32decode
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

import pytest
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from audit.models import AuditLogEntry
from medical_review.governance import EDITORS, INTAKE
from staff_access.middleware import LAST_SEEN
from tests.conftest import app_code, sign_in

PASSWORD = "a-long-test-password"  # noqa: S105
LOGIN = reverse("wagtailadmin_login")
SETUP = reverse("staff_access:setup")
VERIFY = reverse("staff_access:verify")
FORMS = reverse("wagtailforms:index")
HOME = reverse("wagtailadmin_home")


pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


@pytest.fixture
def staff(django_user_model):
    def make(username, group=None, **extra):
        user = django_user_model.objects.create_user(username, password=PASSWORD, **extra)
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return make


def code(device) -> str:
    """What the person's authenticator app shows now."""
    return app_code(device.bin_key)


def password_step(client, username, password=PASSWORD, **extra):
    return client.post(LOGIN, {"username": username, "password": password, "next": FORMS}, **extra)


def enrolled(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="App", confirmed=True)


def actions() -> list[str]:
    return list(AuditLogEntry.objects.order_by("pk").values_list("action", flat=True))


# Who must give a second factor ------------------------------------------------------------------


@pytest.mark.parametrize("who", ["intake", "superuser"])
def test_a_password_alone_does_not_open_the_submissions_to_intake_or_a_superuser(
    client, staff, who
):
    if who == "intake":
        staff("ines", INTAKE)
    else:
        staff("root", is_superuser=True)
    username = "ines" if who == "intake" else "root"
    assert password_step(client, username).status_code == 302
    response = client.get(FORMS)
    assert response.status_code == 302
    assert response.url == f"{SETUP}?next={FORMS.replace('/', '%2F')}"
    assert client.get(reverse("wagtailadmin_home")).url.startswith(SETUP)


def test_an_editor_may_sign_in_with_a_password_alone(client, staff):
    staff("eddie", EDITORS)
    password_step(client, "eddie")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_the_required_groups_come_from_settings(client, staff, settings):
    settings.ADMIN_2FA_REQUIRED_GROUPS = [EDITORS]
    staff("eddie", EDITORS)
    password_step(client, "eddie")
    assert client.get(reverse("wagtailadmin_home")).url.startswith(SETUP)


def test_an_editor_who_turned_it_on_must_give_a_code(client, staff):
    enrolled(staff("eddie", EDITORS))
    password_step(client, "eddie")
    assert client.get(reverse("wagtailadmin_home")).url.startswith(VERIFY)


# Setting it up -----------------------------------------------------------------------------------


def test_intake_sets_up_an_app_and_gets_recovery_codes_once(client, staff, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # a wrong code, then at once the right one
    staff("ines", INTAKE)
    password_step(client, "ines")
    page = client.get(f"{SETUP}?next={FORMS}").content.decode()
    secret = re.search(r'data-testid="secret">([A-Z2-7 ]+)<', page).group(1).replace(" ", "")
    assert 'src="data:image/svg+xml' in page  # the QR code, inline: nothing leaves the site
    app = TOTPDevice(key=b32decode(secret).hex())

    wrong = client.post(SETUP, {"code": "000000" if code(app) != "000000" else "111111"})
    assert "That code is not right" in wrong.content.decode()

    right = client.post(SETUP, {"code": code(app), "next": FORMS})
    assert right.url.startswith(reverse("staff_access:recovery_codes"))
    shown = client.get(right.url).content.decode()
    codes = re.findall(r"<li><code>(\w+)</code></li>", shown)
    assert len(codes) == 10
    assert sorted(codes) == sorted(StaticToken.objects.values_list("token", flat=True))
    assert f'href="{FORMS}"' in shown
    assert client.get(reverse("staff_access:recovery_codes")).status_code == 302  # shown once
    assert client.get(HOME).status_code == 200
    assert "staff_access.enrolled" in actions()


def test_setup_cannot_replace_an_app_without_its_code(client, staff):
    """Otherwise a stolen password could enrol the thief's phone."""
    enrolled(staff("ines", INTAKE))
    password_step(client, "ines")
    assert client.get(SETUP).url.startswith(VERIFY)
    assert client.post(SETUP, {"code": "123456"}).url.startswith(VERIFY)


# The second step ---------------------------------------------------------------------------------


def test_the_apps_code_opens_the_page_asked_for(client, staff):
    app = enrolled(staff("ines", INTAKE))
    password_step(client, "ines")
    response = client.post(VERIFY, {"code": code(app), "next": FORMS})
    assert response.url == FORMS
    assert client.get(HOME).status_code == 200
    assert actions()[-1] == "staff_access.verified"


def test_a_wrong_code_is_explained_and_recorded(client, staff):
    enrolled(staff("ines", INTAKE))
    password_step(client, "ines")
    response = client.post(VERIFY, {"code": "12345x"})
    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert client.get(FORMS).url.startswith(VERIFY)
    assert AuditLogEntry.objects.get(action="staff_access.code_refused").data == {"why": "wrong"}


def test_a_code_used_once_is_refused_with_its_reason(client, staff, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # this test is about reuse, not about waiting
    app = enrolled(staff("ines", INTAKE))
    first = code(app)
    password_step(client, "ines")
    client.post(VERIFY, {"code": first})
    again = Client()
    password_step(again, "ines")
    response = again.post(VERIFY, {"code": first})
    assert "has been used already" in response.content.decode()
    assert again.get(FORMS).url.startswith(VERIFY)


def test_guessing_codes_is_slowed_down(client, staff):
    app = enrolled(staff("ines", INTAKE))
    password_step(client, "ines")
    client.post(VERIFY, {"code": "000001"})
    client.post(VERIFY, {"code": "000002"})
    response = client.post(VERIFY, {"code": code(app)})  # right, but too soon after two wrong
    assert "Too many wrong codes. Try again after" in response.content.decode()
    assert client.get(FORMS).url.startswith(VERIFY)


def test_a_recovery_code_works_once(client, staff):
    from staff_access import devices

    user = staff("ines", INTAKE)
    enrolled(user)
    recovery = devices.new_recovery_codes(user)[0]
    password_step(client, "ines")
    assert client.post(VERIFY, {"code": f" {recovery.upper()} "}).status_code == 302
    assert client.get(HOME).status_code == 200
    assert devices.recovery_codes_left(user) == 9
    again = Client()
    password_step(again, "ines")
    assert "That code is not right" in again.post(VERIFY, {"code": recovery}).content.decode()


def test_next_never_leaves_the_site(client, staff):
    app = enrolled(staff("ines", INTAKE))
    password_step(client, "ines")
    response = client.post(VERIFY, {"code": code(app), "next": "https://evil.example/"})
    assert response.url == reverse("wagtailadmin_home")


def test_someone_required_cannot_turn_it_off(client, staff):
    user = staff("ines", INTAKE)
    sign_in(client, user)
    assert "Turn off" not in client.get(reverse("staff_access:manage")).content.decode()
    client.post(reverse("staff_access:turn_off"))
    assert TOTPDevice.objects.filter(user=user).exists()


def test_an_editor_may_turn_it_off_from_the_account_page(client, staff):
    user = staff("eddie", EDITORS)
    app = enrolled(user)
    password_step(client, "eddie")
    client.post(VERIFY, {"code": code(app)})
    account = client.get(reverse("wagtailadmin_account")).content.decode()
    assert reverse("staff_access:manage") in account
    manage = client.get(reverse("staff_access:manage")).content.decode()
    assert "Turn off two-step verification" in manage
    client.post(reverse("staff_access:turn_off"))
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert "staff_access.turned_off" in actions()


def test_an_administrator_resets_a_lost_phone(client, staff):
    user = staff("ines", INTAKE)
    app = enrolled(user)
    call_command("reset_two_step", "ines", stdout=None)
    assert not TOTPDevice.objects.filter(pk=app.pk).exists()
    entry = AuditLogEntry.objects.get(action="staff_access.reset")
    assert entry.data == {"username": "ines", "devices": 1}
    password_step(client, "ines")
    assert client.get(FORMS).url.startswith(SETUP)  # a new app, then in


def test_resetting_an_unknown_user_says_so():
    with pytest.raises(CommandError, match="No user is called 'nobody'"):
        call_command("reset_two_step", "nobody")


# Pausing sign-in after wrong passwords -----------------------------------------------------------


def fail(client, username, times, **extra):
    for _ in range(times):
        response = password_step(client, username, password="wrong-password", **extra)
    return response


def test_five_wrong_passwords_pause_the_account_with_a_time_to_wait(client, staff):
    staff("ines", INTAKE)
    assert fail(client, "ines", 4).status_code == 200  # the form, with its error
    paused = fail(client, "ines", 1)
    assert paused.status_code == 429
    assert "Try again in 15 minutes" in paused.content.decode()
    assert password_step(Client(), "ines").status_code == 429  # even with the right password
    assert actions().count("audit.login_failed") >= 5
    assert AuditLogEntry.objects.filter(action="audit.lockout").first().data["username"] == "ines"


@pytest.mark.parametrize("variant", ["INES", " ines ", "Ines\t"])
def test_changing_case_or_spaces_does_not_buy_more_guesses(staff, variant):
    """Each guess from its own address, so only the username's count can pause them."""
    staff("ines", INTAKE)
    for n in range(4):
        fail(Client(REMOTE_ADDR=f"10.0.1.{n}"), "ines", 1)
    assert fail(Client(REMOTE_ADDR="10.0.1.4"), variant, 1).status_code == 429
    assert password_step(Client(REMOTE_ADDR="10.0.1.5"), "ines").status_code == 429


def test_one_address_is_paused_whichever_names_it_tries(client, staff):
    staff("ines", INTAKE)
    for name in ("ana", "ben", "cy", "dee", "eve"):
        fail(client, name, 1)
    assert password_step(client, "ines").status_code == 429
    assert password_step(Client(REMOTE_ADDR="10.0.0.9"), "ines").status_code == 302


def test_behind_a_proxy_the_forwarded_address_is_paused(staff, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    staff("ines", INTAKE)
    for name in ("ana", "ben", "cy", "dee", "eve"):
        fail(Client(), name, 1, HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert password_step(Client(), "ines", HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 429
    assert password_step(Client(), "ines", HTTP_X_FORWARDED_FOR="203.0.113.8").status_code == 302


def test_the_pause_ends_by_itself(client, staff, settings):
    settings.AXES_COOLOFF_TIME = timedelta(seconds=1)
    staff("ines", INTAKE)
    fail(client, "ines", 5)
    assert password_step(Client(REMOTE_ADDR="10.0.0.9"), "ines").status_code == 429
    time.sleep(1.5)  # the real cache expiry, not a deleted key
    assert password_step(Client(REMOTE_ADDR="10.0.0.9"), "ines").status_code == 302


def test_an_administrator_lifts_a_pause(client, staff):
    staff("ines", INTAKE)
    fail(client, "ines", 5)
    call_command("unlock_sign_in", "--username", "Ines", "--address", "127.0.0.1", stdout=None)
    assert password_step(client, "ines").status_code == 302
    assert AuditLogEntry.objects.get(action="staff_access.unlocked").data == {
        "username": "ines",
        "address": "127.0.0.1",
    }


def test_a_good_sign_in_is_recorded_with_its_address(client, staff):
    user = staff("eddie", EDITORS)
    password_step(client, "eddie")
    entry = AuditLogEntry.objects.get(action="audit.login")
    assert (entry.user, entry.data) == (user, {"address": "127.0.0.1"})


# Sessions and passwords --------------------------------------------------------------------------


def test_an_idle_session_ends_with_a_message(client, staff):
    sign_in(client, staff("eddie", EDITORS))
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    session = client.session
    session[LAST_SEEN] = int(time.time()) - 31 * 60
    session.save()
    response = client.get(reverse("wagtailadmin_home"), follow=True)
    assert response.request["PATH_INFO"] == LOGIN
    assert "signed out after 30 minutes without activity" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_editors_background_pings_are_not_activity(client, staff):
    sign_in(client, staff("eddie", EDITORS))
    client.get(reverse("wagtailadmin_home"))
    session = client.session
    session[LAST_SEEN] = quiet_since = int(time.time()) - 5 * 60
    session.save()
    client.post(reverse("wagtailadmin_editing_sessions:release", args=[1]))
    assert client.session[LAST_SEEN] == quiet_since
    client.get(reverse("wagtailadmin_home"))
    assert client.session[LAST_SEEN] > quiet_since


def test_intakes_session_ends_with_the_browser_even_if_remembered(client, staff):
    staff("ines", INTAKE)
    staff("eddie", EDITORS)
    remembered = {"remember": "on"}
    client.post(LOGIN, {"username": "ines", "password": PASSWORD, **remembered})
    assert client.cookies["sessionid"]["max-age"] == ""
    editor = Client()
    editor.post(LOGIN, {"username": "eddie", "password": PASSWORD, **remembered})
    assert editor.cookies["sessionid"]["max-age"] != ""


@pytest.mark.parametrize("password", ["short-pass1", "1qaz2wsx3edc", "123456789012"])
def test_weak_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_uncommon_password_is_accepted():
    validate_password("violet-harbour-lantern")


# Hostile input ----------------------------------------------------------------------------------


@hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(username=st.text(max_size=200), secret=st.text(max_size=200), typed=st.text(max_size=100))
def test_hostile_input_to_both_steps_gets_no_server_error(staff, username, secret, typed):
    cache.clear()  # each example starts with no sign-in counts
    anonymous = Client(raise_request_exception=False)
    assert anonymous.post(LOGIN, {"username": username, "password": secret}).status_code < 500
    signed_in = Client(raise_request_exception=False)
    signed_in.force_login(editor_without_app(staff))  # still owes nothing, may set one up
    assert signed_in.post(VERIFY, {"code": typed}).status_code < 500
    assert signed_in.post(SETUP, {"code": typed}).status_code < 500


def editor_without_app(staff):
    """One user across hypothesis' examples (they share the test's database)."""
    return get_user_model().objects.filter(username="ines-h").first() or staff("ines-h", EDITORS)
