"""Shared fixtures: the seed loaded once per module, a program tree built from factories,
signed-in staff, and Playwright on Debian's Chromium."""

import os
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.utils import translation

from wagtail.models import Page, Site

import pytest
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from medical_review.governance import MEDICAL_REVIEWERS
from staff_access.policy import requires_second_factor
from tests import factories

# Playwright's sync API runs an event loop in the test thread; the ORM calls the
# tests make alongside it are ordinary synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass
class ProgramTree:
    site: Site
    home: Page
    program: Page
    guide: Page
    indications: list = field(default_factory=list)
    sections: list = field(default_factory=list)


def build_program_tree(indications: int = 5, sections: int = 8) -> ProgramTree:
    """Home -> program -> N indications and a guide with M sections, with the site pointed at it."""
    home = factories.HomePageFactory(parent=Page.get_first_root_node(), title="Welcome")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    factories.HospitalSettingsFactory(site=site)
    program = factories.ProgramPageFactory(
        parent=home,
        title="Spinal Radiosurgery Program",
        body__0__heading__text="What it treats",
        body__1__key_fact__statistic__statistic__value="80%",
        body__2__paragraph__value="Plain words.",
    )
    tree = ProgramTree(
        site=site,
        home=home,
        program=program,
        guide=factories.PatientGuidePageFactory(parent=program, title="Patient guide"),
    )
    tree.indications = [
        factories.IndicationPageFactory(parent=program, title=f"Indication {n}")
        for n in range(1, indications + 1)
    ]
    tree.sections = [
        factories.GuideSectionPageFactory(
            parent=tree.guide,
            title=f"Section {n}",
            body__0__heading__text=f"Part {n}",
            body__1__key_fact__statistic__statistic__value=f"{n}%",
            body__2__indication_link__page=tree.indications[0],
        )
        for n in range(1, sections + 1)
    ]
    return tree


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in English: a request for a Spanish page leaves Spanish active in
    its thread, and words made outside a request (e.g. an icon array's) follow it."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def empty_cache():
    """The cache empty before and after: rate-limit and sign-in counts outlive a test's database."""
    cache.clear()
    yield
    cache.clear()


def app_code(key: bytes, drift: int = 0, later: int = 0) -> str:
    """The code an authenticator app shows now, or ``later`` 30-second steps on (a code the
    site has not yet seen, when one was just used)."""
    app = TOTP(key, drift=drift)
    app.time = time.time() + 30 * later
    return str(app.token()).zfill(6)


def sign_in(client, user):
    """Sign ``user`` in as after both steps: the password, and a code if their role needs one.

    Tests of the steps themselves are in tests/test_staff_access.py.
    """
    client.force_login(user)
    if requires_second_factor(user):
        device, _ = TOTPDevice.objects.get_or_create(user=user, defaults={"name": "Test app"})
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return user


@pytest.fixture
def admin_client(admin_user):
    """pytest-django's admin_client, past the second step superusers must take."""
    client = Client()
    sign_in(client, admin_user)
    return client


@pytest.fixture(scope="module")
def seed_for_module(request, django_db_setup, django_db_blocker):
    """The seed content, loaded once for a test module inside a transaction that is rolled
    back after its last test. Each test runs in a savepoint within it (pytest-django's
    ``db``), so what one test changes is gone before the next. A module sets
    ``SEED_LANGUAGES = "en,es"`` for the Spanish tree as well."""
    languages = getattr(request.module, "SEED_LANGUAGES", "en")
    module_transaction = transaction.atomic()
    with django_db_blocker.unblock():
        module_transaction.__enter__()
        call_command("load_program_content", languages=languages, stdout=None)
    cache.clear()
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        module_transaction.__exit__(None, None, None)
    cache.clear()


@pytest.fixture
def seeded(seed_for_module, db):
    """The site as ``make run`` loads it (tests about the loader itself call it instead).

    A module that uses it should use it in every test that touches the database: the
    seed stays until the module's last test.
    """


@pytest.fixture
def program_tree(db) -> ProgramTree:
    return build_program_tree()


@pytest.fixture
def member(django_user_model):
    """Make a user in one of the site's groups (or none). A medical reviewer comes linked
    to a Clinician profile (``clinician`` sets its fields): approvals are signed with it."""

    def make(group: str | None, username: str | None = None, clinician: dict | None = None):
        user = django_user_model.objects.create_user(username or f"user-{group}", password="x")
        if group:
            user.groups.add(Group.objects.get(name=group))
        if group == MEDICAL_REVIEWERS:
            factories.ClinicianFactory(user=user, **(clinician or {}))
        return user

    return make


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium: Playwright's own browser download is not available here."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}
