"""Local development: debug pages, console email, a throwaway secret key."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret-" + "x" * 40
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Static files come straight from the app folders; no collectstatic in development.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Submissions are encrypted here too, with the local key `make run` writes (git-ignored).
LOCAL_SUBMISSIONS_KEY = BASE_DIR / ".make" / "submissions.key"  # noqa: F405
if not SUBMISSIONS_KEY and LOCAL_SUBMISSIONS_KEY.exists():  # noqa: F405
    SUBMISSIONS_KEY = LOCAL_SUBMISSIONS_KEY.read_text().strip()
