"""The server-error page: as helpful as it can be, even when the database is what failed."""

import logging

from django.http import HttpResponseServerError
from django.template import loader

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
