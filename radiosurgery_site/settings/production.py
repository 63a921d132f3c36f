"""Production: everything from the environment; refuses to start without its secret keys.

Environment: SECRET_KEY, SUBMISSIONS_KEY (Fernet keys, newest first; required too),
ALLOWED_HOSTS, DATABASE_URL, REDIS_URL (or CACHE_URL;
required, `check --deploy` fails without it: page_cache.checks),
FRONTEND_CACHE_LOCATION / FRONTEND_CACHE_BACKEND / FRONTEND_CACHE_PURGE_TOKEN (32+
characters, the same as Varnish's purge-token file), EMAIL_HOST / EMAIL_PORT /
EMAIL_HOST_USER / EMAIL_HOST_PASSWORD / DEFAULT_FROM_EMAIL, WAGTAILADMIN_BASE_URL,
and AWS_STORAGE_BUCKET_NAME (with the usual AWS_* variables) to keep uploaded
media in object storage instead of on local disk.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from appointments.encryption import parse_keys

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")
parse_keys(SUBMISSIONS_KEY)  # noqa: F405 -- missing or malformed: ImproperlyConfigured, now

# Static files: hashed, compressed names served by WhiteNoise with far-future caching.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true") == "true"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true") == "true"

# Varnish (deploy/varnish/default.vcl) accepts PURGE only with the secret in its
# purge-token file; a CDN backend (FRONTEND_CACHE_BACKEND) keeps base's settings.
if os.environ.get("FRONTEND_CACHE_LOCATION") and not os.environ.get("FRONTEND_CACHE_BACKEND"):
    if len(os.environ.get("FRONTEND_CACHE_PURGE_TOKEN", "")) < 32:
        raise ImproperlyConfigured(
            "Set FRONTEND_CACHE_PURGE_TOKEN to Varnish's purge token (32+ characters)."
        )
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "page_cache.backends.PurgeTokenHTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_LOCATION"],
            "PURGE_TOKEN": os.environ["FRONTEND_CACHE_PURGE_TOKEN"],
        }
    }
