"""Test runs: the same apps as production, with fast hashing and in-memory email."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret-" + "x" * 40
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
# Keep connections short so live-server threads do not hold PostgreSQL open between tests.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# Tests see every render; the page-cache tests switch it on themselves.
PAGE_CACHE_SECONDS = 0
# Static files come straight from the app folders; nothing is collected for tests.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# The suite's English tests load English only; tests/test_i18n.py loads Spanish too.
SEED_CONTENT_LANGUAGES = ["en"]
# A fixed key, also put in the environment: the production-settings processes some tests
# start (check --deploy, gunicorn, backup and restore) need one and inherit it.
SUBMISSIONS_KEY = os.environ["SUBMISSIONS_KEY"] = "dGVzdC1vbmx5LXN1Ym1pc3Npb25zLWtleS0zMmJ5dGU="
