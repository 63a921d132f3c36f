"""Template helpers for every public page: is this still the example site, and same-site links."""

from urllib.parse import urlsplit

from django import template

from wagtail.models import Site

from launch.examples import example_fields

register = template.Library()


@register.filter
def is_example_site(hospital) -> bool:
    """True while any hospital setting holds an example value (no query: fields only)."""
    return bool(hospital) and bool(example_fields(hospital))


@register.simple_tag(takes_context=True)
def site_relative(context, url: str) -> str:
    """``url`` as a path when it points into the site serving this request, else unchanged.

    The seed points the appointment link at the site's own form page, as an absolute
    URL (the settings field is a URL field) on the Wagtail site's hostname; as a path
    it also works when that hostname is not the one in the address bar (``make run``).
    """
    # Already found (and kept on the request) by the settings lookup: no query.
    site = Site.find_for_request(context.get("request"))
    parts = urlsplit(url)
    if site is None or f"{parts.scheme}://{parts.netloc}" != site.root_url:
        return url
    return parts._replace(scheme="", netloc="").geturl()
