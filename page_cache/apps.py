from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "page_cache"
    verbose_name = "Page cache"

    def ready(self):
        from . import checks, signals  # noqa: F401  (registers the deploy check and the purges)
