"""Production: every secret and host comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from clinic.cache_urls import cache_from_url

from .base import *  # noqa: F403

DEBUG = False

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY: production refuses to start without it.")

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h.strip()]

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "1") == "1"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
LANGUAGE_COOKIE_SECURE = True
# The __Host- prefix makes browsers refuse these cookies unless they are Secure, for the whole site and set
# by this host itself: a neighbouring subdomain cannot plant a session or CSRF token.
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
LANGUAGE_COOKIE_NAME = "__Host-django_language"

# The site's address as patients know it; by default the first allowed host, over HTTPS.
_host = ALLOWED_HOSTS[0] if ALLOWED_HOSTS else ""
SITE_URL = SITE_URL or (f"https://{_host}" if _host and _host[0] not in ".*" else "")  # noqa: F405

# Without REDIS_URL/CACHE_URL, the gunicorn workers of one server share a file cache of pages: an in-memory
# cache per worker would go on serving a page that staff just changed through another worker.
if not (os.environ.get("REDIS_URL") or os.environ.get("CACHE_URL")):
    CACHES["pages"] = cache_from_url(f"file://{BASE_DIR / 'var' / 'pages'}")  # noqa: F405

STATIC_ROOT = BASE_DIR / "staticfiles"  # noqa: F405
STORAGES = {
    # DJANGO_MEDIA_STORAGE=storages.backends.s3.S3Storage keeps uploads in object storage (README).
    "default": {"BACKEND": os.environ.get("DJANGO_MEDIA_STORAGE", "django.core.files.storage.FileSystemStorage")},
    # Compressed, content-hashed static files that WhiteNoise serves with far-future cache headers.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Every unhandled error is logged with its request path ("Internal Server Error: /en/...") and traceback to
# stderr, which gunicorn and the service manager keep; lockouts and other warnings of django-axes too. With
# DJANGO_ADMINS (and Django's EMAIL_* settings) the errors are also mailed.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"}},
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "plain"},
        "mail_admins": {"class": "django.utils.log.AdminEmailHandler", "level": "ERROR"},
    },
    "loggers": {
        "django": {"handlers": ["stderr", "mail_admins"], "level": "ERROR"},
        "axes": {"handlers": ["stderr"], "level": "WARNING"},
    },
}
ADMINS = [("", address.strip()) for address in os.environ.get("DJANGO_ADMINS", "").split(",") if address.strip()]
SERVER_EMAIL = os.environ.get("DJANGO_SERVER_EMAIL", "root@localhost")
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("DJANGO_EMAIL_USE_TLS", "0") == "1"

# Optional error tracking: SENTRY_DSN with the sentry-sdk package installed (pip install sentry-sdk). No
# personal data is sent; patients' pages have no forms, and staff's form contents stay on the server.
if os.environ.get("SENTRY_DSN"):
    import sentry_sdk

    sentry_sdk.init(dsn=os.environ["SENTRY_DSN"], send_default_pii=False, max_request_body_size="never")
