"""Property-based: no query string makes the read API answer with a server error.

Each example sends one to three GETs to the pages or statistics endpoint (listing,
detail or find) with up to six query parameters: the ones Wagtail and this API
read, each model's filterable fields and unknown names, with hostile values
(null bytes, huge and negative numbers, malformed dates, search syntax, unicode)
as well as meaningful ones (real ids, page types, field lists, orderings). Every
answer is below 500; a 400 says why; a 200 shows clinical content only.
"""

from urllib.parse import urlencode

from django.db import transaction

import pytest
from hypothesis import HealthCheck, event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from programs.snippets import Statistic
from radiosurgery_site.api import API_PAGE_TYPES, ClinicalPagesAPIViewSet, StatisticsAPIViewSet
from tests.conftest import build_program_tree

pytestmark = pytest.mark.django_db
EXAMPLES = 150

OPERATIONS = sorted(
    ClinicalPagesAPIViewSet.known_query_parameters | ClinicalPagesAPIViewSet.find_query_parameters
)
FILTER_FIELDS = sorted(
    {
        name
        for model in (*API_PAGE_TYPES, Statistic)
        for viewset in (ClinicalPagesAPIViewSet, StatisticsAPIViewSet)
        for name in viewset.get_available_fields(model, db_fields_only=True)
    }
)
MEANINGFUL = [
    "root",
    "true",
    "false",
    "en",
    "es",
    "and",
    "or",
    "random",
    "title",
    "-title,id",
    "*",
    "_,title",
    "-title",
    "title(id)",
    "parent(title)",
    "body",
    "programs.IndicationPage",
    "programs.ProgramPage,patient_guide.GuideSectionPage",
    "wagtailcore.Page",
    "appointments.AppointmentRequestPage",
    "html",
    "plain",
    "json",
    "api",
    "/spinal-radiosurgery-program/",
    "2026-01-31",
    "2026-01-31T10:00:00+05:00",
    "localhost:80",
]
HOSTILE = [
    "",
    " ",
    "\x00",
    "%00",
    "a\x00b",
    '"',
    "'",
    "(",
    "AND OR NOT",
    "NEAR(a b)",
    "*",
    "-",
    "--",
    ",",
    "a,",
    "(((",
    "title(",
    "title()",
    "-1",
    "0",
    "1e309",
    "NaN",
    "99999999999999999999999",
    "9223372036854775808",
    "2147483648",
    "0000-00-00",
    "2026-02-30",
    "9999-12-31T23:59:59",
    "<script>alert(1)</script>",
    "'; DROP TABLE wagtailcore_page; --",
    "\u202eevil",
    "😀" * 50,
    "x" * 3000,
]
KEYS = st.one_of(
    st.sampled_from(OPERATIONS),
    st.sampled_from(FILTER_FIELDS),
    st.text(min_size=1, max_size=12),
)
VALUES = st.one_of(
    st.sampled_from(MEANINGFUL),
    st.sampled_from(HOSTILE),
    st.integers(-3, 40).map(str),
    st.integers().map(str),
    st.text(max_size=40),
)


@st.composite
def api_request(draw, page_ids: list[int], statistic_ids: list[int]) -> str:
    endpoint, ids = draw(st.sampled_from([("pages", page_ids), ("statistics", statistic_ids)]))
    view = draw(st.sampled_from(["", "find/", "detail"]))
    if view == "detail":
        pk = draw(st.sampled_from(ids) | st.integers(0, 2**70))
        view = f"{pk}/"
    pairs = draw(st.lists(st.tuples(KEYS, VALUES), max_size=6))
    return f"/api/v2/{endpoint}/{view}?{urlencode(pairs)}"


@pytest.fixture
def tree():
    return build_program_tree(indications=2, sections=2)


@hypothesis_settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_query_string_causes_a_server_error(tree, client, data):
    page_ids = [tree.program.pk, tree.guide.pk, tree.home.pk, *(p.pk for p in tree.indications)]
    statistic_ids = list(Statistic.objects.values_list("pk", flat=True))
    clinical = {model._meta.label for model in API_PAGE_TYPES}
    for url in data.draw(st.lists(api_request(page_ids, statistic_ids), min_size=1, max_size=3)):
        # A savepoint, so a database error in one request cannot abort the next (PostgreSQL).
        with transaction.atomic():
            response = client.get(url)
        event(str(response.status_code))
        assert response.status_code < 500, url
        if response.status_code == 400:
            # JSON, or DRF's browsable page (format=api) showing the same JSON.
            if response["Content-Type"] == "application/json":
                assert response.json()["message"], url
            else:
                assert "&quot;message&quot;" in response.content.decode(), url
        if response.status_code == 200 and response["Content-Type"] == "application/json":
            body = response.json()
            items = body.get("items", [body])
            if url.startswith("/api/v2/pages/"):
                types = {item["meta"]["type"] for item in items if "type" in item.get("meta", {})}
                assert types <= clinical, url
