"""Read-only content API (Wagtail API v2) for the hospital's app and waiting-room kiosks.

It exposes live, public clinical pages (programs, indications, guides and their
sections) and live statistics. Drafts never appear (the API serves live pages
only) and form pages, which collect personal data, are not part of it at all.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from patient_guide.models import GuideSectionPage, PatientGuidePage
from programs.models import IndicationPage, ProgramPage
from programs.snippets import Statistic

API_PAGE_TYPES = (ProgramPage, IndicationPage, PatientGuidePage, GuideSectionPage)


class ClinicalPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, limited to the clinical page types."""

    def get_base_queryset(self):
        return super().get_base_queryset().type(*API_PAGE_TYPES)


class StatisticsAPIViewSet(BaseAPIViewSet):
    """Every live figure the site shows, with its source, so apps quote it the same way."""

    model = Statistic
    body_fields = [*BaseAPIViewSet.body_fields, "value", "measure", "source", "source_url", "as_of"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "value", "measure"]

    def get_queryset(self):
        return Statistic.objects.filter(live=True).order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ClinicalPagesAPIViewSet)
api_router.register_endpoint("statistics", StatisticsAPIViewSet)
