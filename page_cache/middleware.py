"""Serve anonymous page views from the cache; editors and forms always get a fresh page."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import cc_delim_re

EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/search/", "/static/", "/media/")


def cache_key(path: str) -> str:
    return "page:" + hashlib.sha256(path.encode()).hexdigest()


def is_cacheable_request(request) -> bool:
    """An anonymous visitor's plain GET or HEAD of a page (no query, no session)."""
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.GET
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(EXCLUDED_PREFIXES)
    )


def is_marked_private(response) -> bool:
    """Wagtail marks every response of a page with view restrictions (on it or an
    ancestor) with Django's ``add_never_cache_headers``: such a page is never public."""
    directives = cc_delim_re.split(response.get("Cache-Control", "").lower())
    return any(d.split("=")[0].strip() in ("private", "no-store", "no-cache") for d in directives)


def is_cacheable_response(request, response) -> bool:
    """A public page that opted in (``page_cache.wagtail_hooks``), rendered for nobody."""
    user = getattr(request, "user", None)
    return (
        getattr(request, "page_cache_allowed", False)
        and response.status_code == 200
        and not is_marked_private(response)
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (user and user.is_authenticated)
    )


class PageCacheMiddleware:
    """Whole-response cache for anonymous page views, shared by every app server.

    Responses also say ``Cache-Control: public, max-age=0, s-maxage=N``: a CDN or
    Varnish may keep them (and is purged on publish), a browser re-checks each time.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        # A disallowed Host gets Django's 400 (DisallowedHost), never a cached page.
        request.get_host()
        key = cache_key(request.path)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            response["Cache-Control"] = f"public, max-age=0, s-maxage={settings.PAGE_CACHE_SECONDS}"
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response
