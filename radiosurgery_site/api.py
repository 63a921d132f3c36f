"""Read-only content API (Wagtail API v2) for the hospital's app and waiting-room kiosks.

It exposes live, public clinical pages (programs, indications, guides and their
sections) and live statistics. Drafts never appear (the API serves live pages
only) and form pages, which collect personal data, are not part of it at all.

Every query parameter is checked before Wagtail uses it: a value the database or
the search backend cannot take is a 400 with a message, never a 500.
"""

import re

from django.core.exceptions import ValidationError
from django.db import connection, models

from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs.models import IndicationPage, ProgramPage
from programs.snippets import Statistic
from site_search.views import MAX_QUERY_LENGTH, clean_query

API_PAGE_TYPES = (ProgramPage, IndicationPage, PatientGuidePage, GuideSectionPage)
# The largest OFFSET every supported database accepts (PostgreSQL's is bigint;
# no listing here comes near it, so the smaller, portable bound costs nothing).
MAX_OFFSET = 2**31 - 1
SEARCH_OPERATORS = ("and", "or")


def check_field_value(field: models.Field, value: str) -> None:
    """Raise BadRequestError unless the field's column can hold value (a foreign key as its key)."""
    target = field.target_field if field.many_to_one else field
    try:
        python_value = target.to_python(value)
    except ValidationError as e:
        raise BadRequestError(f"{field.name}: {' '.join(e.messages)}") from e
    if isinstance(target, models.IntegerField) and python_value is not None:
        low, high = connection.ops.integer_field_range(target.get_internal_type())
        if not low <= python_value <= high:
            raise BadRequestError(f"{field.name} must be between {low} and {high}")


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's ?field=value filters, each value first checked by its model field.

    Wagtail converts booleans and integers itself but passes malformed dates and
    foreign keys beyond the database's integers on to the query, which raises.
    """

    def filter_queryset(self, request, queryset, view):
        names = set(view.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for name in sorted(names.intersection(request.GET)):
            field = queryset.model._meta.get_field(name)
            if isinstance(field, models.Field):
                check_field_value(field, request.GET[name])
        return super().filter_queryset(request, queryset, view)


class CheckedParametersMixin:
    """Checks the parameters every view (listing, detail, find) reads, before it reads them."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        params = request.GET
        if any("\x00" in key + value for key, values in params.lists() for value in values):
            raise BadRequestError("query parameters cannot contain null characters")
        try:
            offset = int(params.get("offset", 0))
        except ValueError:
            offset = 0  # not a number: Wagtail's paginator says so
        if offset > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        if params.get("search_operator", "and") not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        if "search" in params:
            # Words only, as on the site's search page: quotes and operators break
            # SQLite's full-text matcher, and a blank query breaks the backend.
            params = params.copy()
            params["search"] = clean_query(params["search"])[:MAX_QUERY_LENGTH].strip()
            request._request.GET = params

    def find_object(self, queryset, request):
        if "id" in request.GET and not re.fullmatch(r"[0-9]+", request.GET["id"]):
            raise BadRequestError("id must be a positive integer")
        return super().find_object(queryset, request)


class ClinicalPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint, limited to the clinical page types."""

    filter_backends = [
        CheckedFieldsFilter if backend is FieldsFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

    def get_base_queryset(self):
        return super().get_base_queryset().type(*API_PAGE_TYPES)


class StatisticsAPIViewSet(CheckedParametersMixin, BaseAPIViewSet):
    """Every live figure the site shows, with its source, so apps quote it the same way."""

    model = Statistic
    body_fields = [*BaseAPIViewSet.body_fields, "value", "measure", "source", "source_url", "as_of"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "value", "measure"]

    def get_queryset(self):
        return Statistic.objects.filter(live=True).order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ClinicalPagesAPIViewSet)
api_router.register_endpoint("statistics", StatisticsAPIViewSet)
