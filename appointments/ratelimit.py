"""At most 5 accepted submissions per client in 10 minutes, counted in Django's cache.

Only submissions that are accepted (stored, or caught by the honeypot) count, so
a patient who has to correct mistakes several times is never locked out. The
client is the address that reached the site, or with ``TRUSTED_PROXY_COUNT``
set, the one the trusted proxies saw (X-Forwarded-For). The key is a keyed hash,
so no address is kept in the cache. With several server processes, point
``CACHES`` at a shared cache (e.g. Django's database cache) for one limit across them.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

LIMIT = 5


def window_seconds() -> int:
    """How long an accepted submission counts: 10 minutes unless settings say otherwise."""
    return getattr(settings, "FORM_RATE_LIMIT_WINDOW_SECONDS", 10 * 60)


def client_address(request) -> str:
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [a for a in forwarded if a]
        if len(forwarded) >= proxies:
            # Each trusted proxy appends the address it saw: the client is that many from the end.
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def cache_key(request) -> str:
    digest = salted_hmac("appointments.ratelimit", client_address(request)).hexdigest()
    return f"appointments:accepted:{digest}"


def is_limited(request) -> bool:
    return cache.get(cache_key(request), 0) >= LIMIT


def record(request) -> None:
    key = cache_key(request)
    if not cache.add(key, 1, window_seconds()):
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, window_seconds())
