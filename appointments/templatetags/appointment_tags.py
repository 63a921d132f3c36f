"""The appointment request form the header (and a guide section's end) links to."""

from django import template
from django.utils import translation

from wagtail.models import Page

from appointments.models import AppointmentRequestPage
from programs.navigation import appointment_page_for

register = template.Library()


@register.simple_tag(takes_context=True)
def appointment_page(context):
    """This page's program's form in the page's language, from the menu's query; views with no
    menu in their context (the 404 page) look the active language's first form up."""
    if "appointment_pages" in context:
        return appointment_page_for(context.get("page"), context["appointment_pages"])
    return (
        Page.objects.live()
        .public()
        .type(AppointmentRequestPage)
        .filter(locale__language_code=translation.get_language())
        .first()
    )
