"""A deployment must give every process one shared cache (Redis): `check --deploy` says so."""

from django.conf import settings
from django.core.checks import Error, Tags, register

# Each process keeps its own: nothing one worker stores, counts or purges reaches another.
PER_PROCESS_BACKENDS = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """With a per-process cache, a purge (publish, unpublish, privacy set) empties only the
    cache of the process that made the change: every other gunicorn worker keeps serving
    the old, unpublished or now-private page for up to PAGE_CACHE_SECONDS, and the forms'
    rate limit counts per worker. One worker is no better: `publish_scheduled` runs in its
    own process. A deploy check, so one-off commands (migrate at build time) need no Redis.
    """
    backend = settings.CACHES["default"]["BACKEND"]
    if backend not in PER_PROCESS_BACKENDS:
        return []
    return [
        Error(
            f"The default cache is {backend.rsplit('.', 1)[-1]}, private to each process: "
            "page-cache purges and the form rate limit would not reach the other workers.",
            hint="Set REDIS_URL (or CACHE_URL) to a Redis server every app process shares, "
            "e.g. redis://127.0.0.1:6379/0.",
            id="page_cache.E001",
        )
    ]
