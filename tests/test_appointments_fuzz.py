"""Property-based: random and hostile posts never cause a 500, and only valid ones are stored.

Each example sends one to three posts to either form from one client, which may
already have had up to five submissions accepted in this rate-limit window:
valid submissions with awkward but legal values, and hostile ones (empty, huge,
wrong types, repeated keys, unicode, HTML and script, SQL, bytes that are not
UTF-8, JSON bodies, a missing CSRF token, a filled honeypot). A small model
predicts each answer: 403 without a CSRF token, 413 above the body limit, 429
once five were accepted, the thank-you page for the honeypot (nothing stored)
and for a valid form (stored as cleaned), otherwise the form with its errors.
"""

import datetime
import json
from urllib.parse import urlencode

from django.core.cache import cache
from django.test import Client, RequestFactory
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.utils import timezone
from django.utils.datastructures import MultiValueDict

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from appointments import ratelimit
from appointments.default_fields import CONTACT_TIMES
from appointments.models import HONEYPOT_FIELD, MAX_BODY_BYTES, Submission
from tests.conftest import build_program_tree
from tests.factories import AppointmentRequestPageFactory, ReferralPageFactory

pytestmark = pytest.mark.django_db
EXAMPLES = 150

HOSTILE = [
    "",
    " ",
    "\t\r\n",
    "<script>alert(document.cookie)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "'; DROP TABLE appointments_submission; --",
    "1' OR '1'='1",
    "admin'--",
    "=cmd|' /C calc'!A0",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "../../../../etc/passwd",
    "%00",
    "\x00",
    "null",
    "None",
    "true",
    "[]",
    "{}",
    "-1",
    "1e309",
    "NaN",
    "\u202eevil",
    "😀" * 300,
    "x" * 5000,
    "Zoë Ñúñez 山田 太郎",
]
CHOICES = CONTACT_TIMES.split("\n")
VALID_PHONES = [
    "800-555-0142",
    "(800) 555 0142",
    "+1 800 555 0142 x12",
    "555 0142",
    "+44 20 7946 0958",
]
VALID_EMAILS = ["ana@example.org", "o'brien@example.co.uk", "a.b+c@sub.example.com"]
SAFE_TEXT = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")


def non_blank(max_size: int):
    text = st.text(SAFE_TEXT, min_size=1, max_size=max_size) | st.sampled_from(HOSTILE[3:14])
    return text.filter(lambda s: s.strip() and len(s) <= max_size and "\x00" not in s)


def birth_dates():
    today = timezone.localdate()
    days = st.integers(min_value=0, max_value=119 * 365)
    fmt = st.sampled_from(["%m/%d/%Y", "%Y-%m-%d"])
    return st.builds(lambda d, f: (today - datetime.timedelta(days=d)).strftime(f), days, fmt)


@st.composite
def contact(draw) -> dict:
    which = draw(st.sampled_from(["phone", "email", "both"]))
    return {
        "phone": draw(st.sampled_from(VALID_PHONES)) if which != "email" else "",
        "email": draw(st.sampled_from(VALID_EMAILS)) if which != "phone" else "",
    }


@st.composite
def valid_payload(draw, form: str) -> dict:
    data = {
        "full_name": draw(non_blank(200)),
        **draw(contact()),
        "contact_time": draw(st.sampled_from(CHOICES)),
        "reason": draw(non_blank(1000)),
        "consent": draw(st.sampled_from(["on", "1", "true"])),
    }
    if form == "referral":
        data.update(
            practice=draw(non_blank(200)),
            patient_name=draw(non_blank(200)),
            patient_date_of_birth=draw(birth_dates()),
        )
    return data


FIELD_NAMES = [
    "full_name",
    "phone",
    "email",
    "contact_time",
    "reason",
    "consent",
    "practice",
    "patient_name",
    "patient_date_of_birth",
]
ANY_VALUE = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(SAFE_TEXT, max_size=300),
    st.integers().map(str),
    st.floats().map(str),
    st.sampled_from(CHOICES + VALID_PHONES + VALID_EMAILS),
)
EXTRA_KEY = st.text(SAFE_TEXT, min_size=1, max_size=20).filter(
    lambda k: k not in ("csrfmiddlewaretoken", HONEYPOT_FIELD, *FIELD_NAMES)
)
ANY_KEY = st.one_of(st.sampled_from(FIELD_NAMES), EXTRA_KEY)
# Pairs, so a key may repeat (a list where a single value is expected).
hostile_pairs = st.lists(st.tuples(ANY_KEY, ANY_VALUE), max_size=14)


@st.composite
def post(draw) -> dict:
    form = draw(st.sampled_from(["appointment", "referral"]))
    if draw(st.booleans()):
        pairs = list(draw(valid_payload(form)).items())
        extra = draw(st.lists(st.tuples(EXTRA_KEY, ANY_VALUE), max_size=3))
        pairs += extra
    else:
        pairs = draw(hostile_pairs)
    if draw(st.integers(0, 9)) == 0:
        pairs.append((HONEYPOT_FIELD, draw(st.sampled_from(["http://spam.example", "x"]))))
    if draw(st.integers(0, 14)) == 0:
        pairs.append(("padding", "x" * (MAX_BODY_BYTES + 1)))
    return {
        "form": form,
        "pairs": pairs,
        "csrf": draw(st.integers(0, 9)) > 0,
        "encoding": draw(
            st.sampled_from(["urlencoded", "urlencoded", "multipart", "bytes", "json"])
        ),
    }


def body_of(request: dict, token: str) -> tuple[bytes, str, dict]:
    """The raw body, its content type and extra headers, as a browser or a bot might send it."""
    pairs = list(request["pairs"])
    if request["csrf"] and request["encoding"] != "json":
        pairs.append(("csrfmiddlewaretoken", token))
    if request["encoding"] == "json":
        headers = {"HTTP_X_CSRFTOKEN": token} if request["csrf"] else {}
        return json.dumps(dict(pairs)).encode(), "application/json", headers
    if request["encoding"] == "multipart":
        data = MultiValueDict()
        for key, value in pairs:
            data.appendlist(key, value)
        return encode_multipart(BOUNDARY, data), MULTIPART_CONTENT, {}
    body = urlencode(pairs).encode()
    if request["encoding"] == "bytes":
        body += b"&reason=%FF%FE%C0%AF&\xff\xfe=\xc3\x28"  # not UTF-8: decoded with replacement
    return body, "application/x-www-form-urlencoded", {}


@pytest.fixture
def tree():
    tree = build_program_tree(indications=1, sections=1)
    tree.forms = {
        "appointment": AppointmentRequestPageFactory(parent=tree.program),
        "referral": ReferralPageFactory(parent=tree.program),
    }
    return tree


@pytest.fixture
def csrf_client(tree):
    client = Client(enforce_csrf_checks=True)
    html = BeautifulSoup(client.get(tree.forms["appointment"].url).content, "html.parser")
    client.token = html.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    return client


@hypothesis_settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(requests=st.lists(post(), min_size=1, max_size=3), already=st.integers(0, ratelimit.LIMIT))
def test_random_and_hostile_posts(tree, csrf_client, requests, already):
    # A fresh rate-limit window in which this client already had `already` submissions accepted.
    cache.clear()
    key = ratelimit.cache_key(RequestFactory().post("/", REMOTE_ADDR="127.0.0.1"))
    if already:
        cache.set(key, already, ratelimit.window_seconds())
    accepted = already
    for request in requests:
        page = tree.forms[request["form"]]
        body, content_type, headers = body_of(request, csrf_client.token)
        before = Submission.objects.count()
        response = csrf_client.generic("POST", page.url, body, content_type=content_type, **headers)
        stored = Submission.objects.count() - before
        event(f"{response.status_code} {request['encoding']}")

        assert response.status_code != 500
        if not request["csrf"]:
            assert response.status_code == 403 and stored == 0
            continue
        if len(body) > MAX_BODY_BYTES:
            assert response.status_code == 413 and stored == 0
            continue
        if accepted >= ratelimit.LIMIT:
            assert response.status_code == 429 and stored == 0
            continue
        assert response.status_code == 200
        data = response.wsgi_request.POST
        templates = [t.name for t in response.templates]
        if data.get(HONEYPOT_FIELD):
            assert "appointments/form_page_landing.html" in templates and stored == 0
            accepted += 1
            continue
        form = page.get_form(data, page=page)  # the oracle: the form editors built
        if form.is_valid():
            assert "appointments/form_page_landing.html" in templates and stored == 1
            event("valid, stored")
            saved = Submission.objects.latest("pk")
            assert saved.page_id == page.pk
            assert saved.form_data == json.loads(json.dumps(form.cleaned_data, default=str))
            accepted += 1
        else:
            assert "appointments/form_page.html" in templates and stored == 0
            assert BeautifulSoup(response.content, "html.parser").find(class_="error-summary")


@hypothesis_settings(
    max_examples=EXAMPLES // 3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_valid_submissions_are_always_stored_as_sent(tree, client, data):
    """Independent of the form: what a valid generator makes is stored, HTML and SQL included."""
    cache.clear()
    form = data.draw(st.sampled_from(["appointment", "referral"]))
    payload = data.draw(valid_payload(form))
    before = Submission.objects.count()
    response = client.post(tree.forms[form].url, payload)
    assert response.status_code == 200 and Submission.objects.count() == before + 1
    saved = Submission.objects.latest("pk").form_data
    assert saved["full_name"] == payload["full_name"].strip()
    assert saved["reason"] == payload["reason"].strip()
    assert saved["consent"] is True
    assert saved["contact_time"] == payload["contact_time"]
