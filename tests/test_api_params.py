"""The read API's answers to malformed parameters and to search syntax."""

from urllib.parse import urlencode

import pytest

from tests.conftest import build_program_tree
from tests.test_api import listed

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_tree(db):
    return build_program_tree(indications=1, sections=1)


@pytest.mark.parametrize(
    "url, message",
    [
        ("/api/v2/pages/?offset=99999999999999999999999", "offset cannot be higher"),
        ("/api/v2/statistics/?offset=99999999999999999999999", "offset cannot be higher"),
        ("/api/v2/pages/?search=%00", "null characters"),
        ("/api/v2/pages/find/?html_path=%00", "null characters"),
        ("/api/v2/pages/?search=pain&search_operator=xor", "search_operator must be"),
        ("/api/v2/pages/?first_published_at=yesterday", "first_published_at:"),
        ("/api/v2/pages/?type=programs.IndicationPage&last_reviewed=2026-02-30", "last_reviewed:"),
        ("/api/v2/pages/?alias_of=99999999999999999999999", "alias_of must be between"),
        ("/api/v2/pages/find/?id=abc", "id must be a positive integer"),
        ("/api/v2/statistics/find/?id=abc", "id must be a positive integer"),
    ],
)
def test_a_bad_parameter_is_a_400_with_a_message_not_a_500(client, small_tree, url, message):
    response = client.get(url)
    assert response.status_code == 400
    assert message in response.json()["message"]


@pytest.mark.parametrize("search", ['"Indication', "(Indication)", "Indication*"])
def test_searches_are_reduced_to_words_as_on_the_site(client, small_tree, search):
    """Quotes and operators break SQLite's full-text matcher; the words still find the page."""
    items = listed(client, f"/api/v2/pages/?{urlencode({'search': search})}")
    # The same results as the bare word (the factories' random text may also match it).
    assert items == listed(client, "/api/v2/pages/?search=Indication")
    assert "Indication 1" in [item["title"] for item in items]


@pytest.mark.parametrize("search", [" ", '"', "()"])
def test_a_search_without_words_finds_nothing(client, small_tree, search):
    assert listed(client, f"/api/v2/pages/?{urlencode({'search': search})}") == []
