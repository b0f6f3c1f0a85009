"""Settings shared by every environment; dev.py and prod.py add the rest."""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _
from whitenoise.compress import Compressor

from clinic.cache_urls import cache_from_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch its forms.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "django_prose_editor",
    "reversion",
    "reversion_compare",
    "axes",
    # The project package: settings, root URLs, site-wide pages, the page cache, backups.
    "clinic",
    # Shared building blocks.
    "pictures",
    "phones",
    "rich_text",
    "public_pages",
    "translations",
    "demo",
    # The practice's content, in the order its demo content loads.
    "practice",
    "locations",
    "procedures",
    "conditions",
    "providers",
    "notices",
    "alerts",
    "site_check",
    "site_search",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "clinic.middleware.ContentSecurityPolicyMiddleware",
    "clinic.middleware.limit_request_size",
    "clinic.middleware.OutOfRangeIsBadRequest",
    "staff.logins.throttle_sign_ins",
    "clinic.caching.PageCacheMiddleware",
    "alerts.middleware.expire_with_alerts",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "staff.middleware.staff_saves_take_turns",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Staff logins: after 5 failures for one user name from one address, that login is locked for
# 30 minutes (or until an administrator runs `manage.py axes_reset`).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_RESET_ON_SUCCESS = True
# Failures are counted in the "logins" cache, never in the database: a flood of guesses writes no row and
# cannot grow one. The client address is the real one behind DJANGO_TRUSTED_PROXIES proxies.
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_CACHE = "logins"
AXES_CLIENT_IP_CALLABLE = "staff.logins.client_address"
TRUSTED_PROXIES = int(os.environ.get("DJANGO_TRUSTED_PROXIES", "0"))
# Sign-in attempts let through to the password check (staff/logins.py): per client address, and in all.
SIGN_INS_PER_ADDRESS = 10
SIGN_INS_PER_MINUTE = 60

ROOT_URLCONF = "clinic.urls"
WSGI_APPLICATION = "clinic.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "clinic.context_processors.practice",
                "clinic.context_processors.site_urls",
            ],
        },
    },
]

# SQLite is the embedded default; production sets DATABASE_URL (PostgreSQL).
DATABASES = {"default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite as a web server's database: readers never wait for a writer (WAL), a transaction takes the
    # write lock when it begins rather than failing halfway when it first writes (IMMEDIATE), and a save
    # waits up to 20 s for another one instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    # Tests run on a file too (not SQLite's shared in-memory database, which locks differently), so
    # that the concurrency tests prove what production does.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / "test.sqlite3")}

# Whole public pages are cached in the "pages" alias, which every change of content clears as a whole
# (clinic/caching.py). REDIS_URL (or CACHE_URL=redis://...) shares it between servers: give it a Redis
# database of its own. Nothing else is cached; the default alias is only there for Django's own use.
CACHES = {
    "default": cache_from_url("locmem://default"),
    "pages": cache_from_url(os.environ.get("REDIS_URL") or os.environ.get("CACHE_URL") or "locmem://pages"),
    # Sign-in attempts and lockouts, shared by the workers of one server; with several servers, a Redis
    # database other than the pages' (which is cleared as a whole), e.g. LOGINS_CACHE_URL=redis://host/1.
    "logins": cache_from_url(os.environ.get("LOGINS_CACHE_URL") or f"file://{BASE_DIR / 'var' / 'logins'}"),
}
# django-axes warns that a file cache is not safe for its counts: two wrong passwords at the same instant may
# count as one. The sign-in limit (staff/logins.py) bounds the guesses anyway, so one server keeps its
# counts in files; several servers need LOGINS_CACHE_URL (Redis), which the warning is not silenced for.
if not CACHES["logins"]["BACKEND"].endswith("RedisCache"):
    SILENCED_SYSTEM_CHECKS = ["axes.W001"]
# How long a page may be served from a cache at most; clinic pages expire sooner when their status changes.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# The site's own origin, e.g. "https://www.example.com": absolute links and the page cache use it, whatever
# Host a request names. Unset in development and tests, where the request's own origin is used.
SITE_URL = os.environ.get("DJANGO_SITE_URL", "").rstrip("/")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("es", _("Spanish"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
# Both languages show 12-hour times ("8:00 a.m."), as patients in California
# read them; see clinic/formats/.
FORMAT_MODULE_PATH = ["clinic.formats"]

# The practice's clinics are all in this zone; hours logic runs in it.
TIME_ZONE = "America/Los_Angeles"
USE_TZ = True
# Addresses typed without a scheme (a reference, the portal) are taken as https, as Django 6 will.
FORMS_URLFIELD_ASSUME_HTTPS = True
# The history compares a link to another record (a procedure's reviewer) by which record it names, not by
# that record's own fields.
REVERSION_COMPARE_FOREIGN_OBJECTS_AS_ID = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# The tabbed admin's jQuery UI is served from our own static files (installed
# from npm by `make`), never from modeltranslation's default Google CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "static/"
# static/vendor/ is filled by `make` from npm packages (git-ignored).
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = BASE_DIR / "media"

# The icons are also at the site's root (/favicon.ico, /apple-touch-icon.png), where browsers and crawlers
# look for them without reading a page.
WHITENOISE_ROOT = BASE_DIR / "static" / "icons"
# For the production storage (clinic/settings/prod.py): source maps (the editor's is 2 MB) are read by
# developer tools only, not worth compressing at every release.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = (*Compressor.SKIP_COMPRESS_EXTENSIONS, "map")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Requests larger than this are refused before they are read (uploads are at most 10 MB).
MAX_REQUEST_BYTES = 12 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Sent on HTTPS responses only, so harmless on http://127.0.0.1 during development.
SECURE_HSTS_SECONDS = 31536000
# Opt-in: every subdomain of the practice's domain must serve HTTPS first, and preloading is hard to undo.
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("DJANGO_HSTS_INCLUDE_SUBDOMAINS", "0") == "1"
SECURE_HSTS_PRELOAD = os.environ.get("DJANGO_HSTS_PRELOAD", "0") == "1"
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
}
# Nothing but what the pages use, from our own origin, nothing inline: public pages have no inline script
# or style (their JSON-LD blocks are data, which CSP does not govern). clinic.middleware relaxes this for
# the admin only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
