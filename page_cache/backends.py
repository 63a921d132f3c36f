"""Wagtail's HTTP PURGE, carrying the shared secret deploy/varnish/default.vcl asks for.

Wagtail's HTTPBackend sends no headers of its own choosing, and Varnish refuses a PURGE
without ``X-Purge-Token`` (any process on the host could otherwise empty the cache).
"""

import logging
from urllib.error import HTTPError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from wagtail import __version__
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest

logger = logging.getLogger("wagtail.frontendcache")


class PurgeTokenHTTPBackend(HTTPBackend):
    """``PURGE_TOKEN`` in the backend's settings is sent with every PURGE."""

    def __init__(self, params):
        self.purge_token = params.pop("PURGE_TOKEN")
        super().__init__(params)

    def purge(self, url):
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        request = PurgeRequest(
            url=urlunsplit((self.cache_scheme, self.cache_netloc, parts.path, parts.query, "")),
            headers={
                "Host": host,
                "User-Agent": "Wagtail-frontendcache/" + __version__,
                "X-Purge-Token": self.purge_token,
            },
        )
        try:
            # A publish waits for this: never longer than a few seconds.
            with urlopen(request, timeout=5):  # noqa: S310 - LOCATION comes from settings
                pass
        except HTTPError as error:
            logger.error("Couldn't purge %r from HTTP cache: %d %s", url, error.code, error.reason)
        except OSError as error:  # refused, unreachable, timed out
            logger.error("Couldn't purge %r from HTTP cache: %s", url, error)
