"""Each page type renders in a fixed number of queries, however many children it lists.

The counts are exact: a change that adds a query per indication or per section
(an N+1) fails here, and so does any new query, which must then be justified.
The site-root-paths cache is warmed by a first request, as it is in production.
"""

from wagtail.contrib.routable_page.models import RoutablePageMixin

import pytest

from tests.conftest import build_program_tree

# page -> queries for an anonymous GET, uncached; listed in docs/performance.md
EXPECTED_QUERIES = {
    "home": 12,
    "program": 20,
    "indication": 17,
    "guide": 17,
    "section": 22,
    "whole_guide": 22,  # + every section's references, in one query
}


def url_of(tree, name):
    page = {
        "home": tree.home,
        "program": tree.program,
        "indication": tree.indications[1],
        "guide": tree.guide,
        "section": tree.sections[1],
        "whole_guide": tree.guide,
    }[name]
    url = page.url
    if name == "whole_guide":
        assert isinstance(page, RoutablePageMixin)
        url += page.reverse_subpage("whole_guide")
    return url


@pytest.mark.django_db
@pytest.mark.parametrize("children", [5, 30])
@pytest.mark.parametrize("name", EXPECTED_QUERIES)
def test_page_renders_in_fixed_queries(client, django_assert_num_queries, name, children):
    tree = build_program_tree(indications=children, sections=children)
    url = url_of(tree, name)
    assert client.get(url).status_code == 200  # warm the site root paths cache
    with django_assert_num_queries(EXPECTED_QUERIES[name]):
        response = client.get(url)
    assert response.status_code == 200
