"""The search page: any query gives a normal page, never an error."""

import re

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page, Site
from wagtail.search.utils import normalise_query_string

from programs.navigation import menu_context

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def clean_query(raw: str) -> str:
    """Words only: quotes and operators mean nothing to patients and break some backends."""
    return " ".join(re.sub(r"[^\w\s]", " ", raw).split())


def search(request):
    raw = clean_query(request.GET.get("q", ""))
    query = raw[:MAX_QUERY_LENGTH].strip()
    results, promotions = Page.objects.none(), []
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active())
        results = pages.search(query)
        # Looked up, never stored: patients may type their own health details here,
        # so no query string or hit is written (Query.get would create one).
        promotions = [
            promotion
            for promotion in SearchPromotion.objects.filter(
                query__query_string=normalise_query_string(query)
            ).select_related("page")
            if promotion.page is None or promotion.page.live
        ]
    results_page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    site = Site.find_for_request(request)
    return TemplateResponse(
        request,
        "site_search/search.html",
        {
            "search_query": query,
            "query_was_shortened": len(raw) > MAX_QUERY_LENGTH,
            "results": results_page,
            "result_pages": specific_in_order(results_page.object_list),
            "promotions": promotions,
            # The home page in the active language (/es/search/ shows the Spanish menu).
            **menu_context(site.root_page.localized if site else None),
        },
    )


def specific_in_order(pages) -> list[Page]:
    """The specific pages for one page of results (for their summaries), in result order."""
    ids = [page.pk for page in pages]
    specific = Page.objects.filter(pk__in=ids).specific().in_bulk()
    return [specific[pk] for pk in ids if pk in specific]
