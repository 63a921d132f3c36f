"""Pages opt in to the anonymous page cache (``cache_for_anonymous = True``); form pages
and anything else stay uncached."""

from wagtail import hooks
from wagtail.contrib.forms.models import FormMixin


@hooks.register("before_serve_page")
def allow_caching_of_site_pages(page, request, serve_args, serve_kwargs):
    """Content pages only: a form page is personal (its CSRF token, its errors) and never cached.

    Private pages need no query here: Wagtail's view-restriction check marks their
    responses ``private`` and the middleware never stores those (``is_marked_private``).
    """
    cacheable = getattr(page, "cache_for_anonymous", False)
    request.page_cache_allowed = cacheable and not isinstance(page, FormMixin)
