"""Project-wide views: the server-error page and the favicon browsers ask for by name."""

import logging

from django.http import HttpResponseServerError
from django.shortcuts import redirect
from django.template import loader
from django.templatetags.static import static

from wagtail.models import Site

from programs.hospital_settings import HospitalSettings

logger = logging.getLogger(__name__)


def server_error(request):
    """Render 500.html with the hospital's phone number if the database can still give it."""
    hospital = None
    try:
        site = Site.find_for_request(request)
        hospital = HospitalSettings.for_site(site) if site else None
    except Exception:  # the error being reported may be the database itself
        logger.warning("500 page rendered without hospital settings", exc_info=True)
    html = loader.get_template("500.html").render({"hospital": hospital})
    return HttpResponseServerError(html)


def favicon(request):
    """Browsers request /favicon.ico whatever the page links to; send them to the real icon."""
    return redirect(static("images/favicon.svg"), permanent=True)
