"""Settings shared by every environment.

Safe to run in production as it is: DEBUG is off, and secrets and hosts come only
from the environment. dev.py and test.py loosen what they need; production.py
hardens the rest.
"""

import os
from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "programs",
    "patient_guide",
    "appointments",
    "audit",
    "backups",
    "site_search",
    "page_cache",
    "launch",
    "staff_access",
    "seed_content",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
    # Last: its post_migrate set-up needs every other app's permissions to exist.
    "medical_review",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "radiosurgery_site.middleware.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTML is gzipped for deployments without a proxy (WhiteNoise compresses static files
    # itself). Above the page cache: the cache keeps one uncompressed copy per URL, purged
    # as one, and each response is compressed, or not, for whoever asked.
    "django.middleware.gzip.GZipMiddleware",
    # Before sessions: a cached page is served without touching the session or database.
    "page_cache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Staff sign-in (staff_access): a script's refused admin change gets 403 (around all
    # the gates below and the admin's own refusals), idle limit, the second factor, the
    # lockout page.
    "staff_access.middleware.ScriptRefusalMiddleware",
    "staff_access.middleware.IdleTimeoutMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "staff_access.middleware.SecondFactorMiddleware",
    "axes.middleware.AxesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "radiosurgery_site.urls"
WSGI_APPLICATION = "radiosurgery_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Form widgets render through TEMPLATES, so the project can override widget templates
# (templates/wagtailadmin/widgets/: date choosers without inline scripts, for the CSP).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# SQLite unless DATABASE_URL names another database (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Staff sign-in (staff_access, docs/deploying.md#staff-sign-in). django-axes counts failed
# sign-ins per username and per address in the shared cache and pauses both; the client
# address is read as the forms read it (TRUSTED_PROXY_COUNT).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",  # its ModelBackend half lets sessions name it (force_login)
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("SIGN_IN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("SIGN_IN_PAUSE_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "staff_access.throttling.username_for_axes"
AXES_CLIENT_IP_CALLABLE = "appointments.ratelimit.client_address"
AXES_LOCKOUT_CALLABLE = "staff_access.lockout.locked_out"
AXES_VERBOSE = False
# Superusers and these groups must sign in with a second factor; anyone else may.
ADMIN_2FA_REQUIRED_GROUPS = [
    g.strip() for g in os.environ.get("ADMIN_2FA_REQUIRED_GROUPS", "Intake").split(",") if g.strip()
]
OTP_TOTP_ISSUER = "Spinal Radiosurgery admin"
# Signed out after this long without a request, and (these groups) when the browser closes.
ADMIN_IDLE_TIMEOUT_MINUTES = int(os.environ.get("ADMIN_IDLE_TIMEOUT_MINUTES", "30"))
ADMIN_BROWSER_SESSION_GROUPS = ["Intake"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English unprefixed, Spanish under /es/ (docs/architecture.md#i18n).
# Spanish pages are written by people, not machine-translated: wagtail.contrib.simple_translation
# copies a page or tree into Spanish for an editor to rewrite, then it goes through medical review.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("es", _("Spanish"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Who signs medical reviews: a clinician profile with a ``user`` (medical_review.models).
MEDICAL_REVIEW_CLINICIAN_MODEL = "programs.Clinician"
# Languages load_program_content builds (English first: the others are its translations).
SEED_CONTENT_LANGUAGES = ["en", "es"]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "America/New_York")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The page editor posts one field per block; long pages need more than Django's 1000.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")

WAGTAIL_SITE_NAME = "Stereotactic Spinal Radiosurgery Program"
# No avatars from gravatar.com: the admin makes no requests to third parties.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database backend: PostgreSQL full-text search on PostgreSQL, a simpler
# matcher on SQLite. A site that outgrows it sets SEARCH_BACKEND (and SEARCH_URL) to
# e.g. wagtail.search.backends.opensearch3 or wagtail.search.backends.elasticsearch8.
# site_search.backends.database is Wagtail's database backend, plus per-language text search
# configurations on PostgreSQL (Spanish pages are indexed and searched with 'spanish' stemming).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": os.environ.get("SEARCH_BACKEND", "site_search.backends.database"),
        "LANGUAGE_SEARCH_CONFIGS": {"es": "spanish"},
        **({"URLS": [os.environ["SEARCH_URL"]]} if os.environ.get("SEARCH_URL") else {}),
    }
}
# Clinical governance: any edit after approval needs approving again, and reviews recur.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_FINISH_WORKFLOW_ACTION = "medical_review.workflows.publish_and_record_review"
MEDICAL_REVIEW_INTERVAL_MONTHS = int(os.environ.get("MEDICAL_REVIEW_INTERVAL_MONTHS", "12"))
# Appointment requests and referrals: days submissions are kept (purge_submissions), how many
# proxies in front of the site append to X-Forwarded-For (for the per-client rate limit),
# and a CSRF failure page that explains itself and gives the phone number.
FORM_SUBMISSION_RETENTION_DAYS = int(os.environ.get("FORM_SUBMISSION_RETENTION_DAYS", "180"))
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
CSRF_FAILURE_VIEW = "appointments.views.csrf_failure"
# Audit trail (audit app): days entries are kept before purge_audit_log deletes them (6 years).
AUDIT_RETENTION_DAYS = int(os.environ.get("AUDIT_RETENTION_DAYS", "2192"))
# Fernet key(s) encrypting what people send (appointments.encryption), comma-separated,
# newest first. production.py refuses to start without a valid one; dev.py makes a local one.
SUBMISSIONS_KEY = os.environ.get("SUBMISSIONS_KEY", "")
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "jpg", "jpeg", "png", "webp"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Security headers on every response. Scripts only from our own origin (no inline
# script anywhere, the admin included); inline styles are allowed for the admin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

# Cache: Redis when REDIS_URL is set (shared by every app server), else this
# process's memory, for dev and tests only (`check --deploy` refuses it: page_cache.checks).
# A Redis outage is logged and treated as a miss, never an error.
REDIS_URL = os.environ.get("REDIS_URL") or os.environ.get("CACHE_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # One process holds django-axes' sign-in counts well enough; a deployment has Redis.
    SILENCED_SYSTEM_CHECKS = ["axes.W001"]
# How long an anonymous page view is served from the cache; publishing purges sooner.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))

# A CDN or Varnish in front: Wagtail purges changed pages there too (see docs).
if os.environ.get("FRONTEND_CACHE_LOCATION"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": os.environ.get(
                "FRONTEND_CACHE_BACKEND", "wagtail.contrib.frontend_cache.backends.HTTPBackend"
            ),
            "LOCATION": os.environ["FRONTEND_CACHE_LOCATION"],
        }
    }
