"""Wagtail's database search backend, with a text search configuration per language on PostgreSQL.

modelsearch's PostgreSQL backend uses one configuration (``SEARCH_CONFIG``) for every
object and every query. A Spanish page indexed with English stemming would not match
"tumores" for "tumor", so this backend picks the configuration from
``LANGUAGE_SEARCH_CONFIGS`` ({"es": "spanish"}): by each object's locale when indexing,
and by the active language (the URL's /es/ prefix) when searching. Languages not listed
use ``SEARCH_CONFIG`` (PostgreSQL's default when unset). Other databases (SQLite in
development and tests) get Wagtail's backend unchanged: it matches words, without stemming.
"""

import contextvars
from collections import defaultdict

from django.db import connection
from django.utils import translation

from modelsearch.backends.database import SearchBackend as DefaultSearchBackend

NOT_INDEXING = object()
_indexing_config = contextvars.ContextVar("indexing_config", default=NOT_INDEXING)


def _postgres_backend_class():
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
    )

    class LanguageIndex(PostgresIndex):
        def add_items(self, model, objs):
            """Index each language's objects with that language's configuration."""
            from wagtail.models import Locale

            languages = dict(Locale.objects.values_list("pk", "language_code"))
            groups = defaultdict(list)
            for obj in objs:
                groups[languages.get(getattr(obj, "locale_id", None))].append(obj)
            for language, group in groups.items():
                token = _indexing_config.set(self.backend.config_for(language))
                try:
                    super().add_items(model, group)
                finally:
                    _indexing_config.reset(token)

    class LanguagePostgresSearchBackend(PostgresSearchBackend):
        index_class = LanguageIndex

        def __init__(self, params):
            self.language_configs = dict(params.get("LANGUAGE_SEARCH_CONFIGS", {}))
            super().__init__(params)

        def config_for(self, language: str | None):
            base = (language or "").split("-")[0]
            return self.language_configs.get(base, self.default_config)

        @property
        def config(self):
            indexing = _indexing_config.get()
            if indexing is not NOT_INDEXING:
                return indexing
            return self.config_for(translation.get_language())

        @config.setter
        def config(self, value):
            self.default_config = value

    return LanguagePostgresSearchBackend


def SearchBackend(params):
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    return DefaultSearchBackend(params)
