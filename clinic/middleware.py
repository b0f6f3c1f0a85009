from csp.constants import HEADER, UNSAFE_INLINE
from csp.utils import build_policy
from django.conf import settings
from django.db import connection, transaction
from django.http import HttpResponse
from django.utils.translation import gettext as _

ADMIN_PREFIX = "/admin/"
# Django's admin, the rich-text editor's import map and the language tabs use inline scripts and styles.
ADMIN_UPDATE = {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE]}


class ContentSecurityPolicyMiddleware:
    """The strict policy from settings on every response, except that the admin (staff only) may use inline
    scripts and styles. Both headers are built once, with django-csp's own builder: its middleware builds
    them anew for each response, which took a third of the time of a page served from the cache."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.public_policy = build_policy()
        self.admin_policy = build_policy(update=ADMIN_UPDATE)

    def __call__(self, request):
        response = self.get_response(request)
        admin = request.path_info.startswith(ADMIN_PREFIX)
        response.headers.setdefault(HEADER, self.admin_policy if admin else self.public_policy)
        return response


def limit_request_size(get_response):
    """Refuse a request body larger than MAX_REQUEST_BYTES before anything reads it."""

    def middleware(request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if length < 0:
            return HttpResponse(_("Bad request."), status=400, content_type="text/plain; charset=utf-8")
        if length > settings.MAX_REQUEST_BYTES:
            message = _("This request is too large. Images may be at most 10 MB.")
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return get_response(request)

    return middleware


def staff_saves_take_turns(get_response):
    """Each change staff make in the admin runs in one transaction, one at a time. The checks that read the
    database (a form opened before a colleague's save, two special days on one date) then see every save
    committed before theirs, and two saves cannot together store what neither may store alone. SQLite's
    IMMEDIATE transactions take the database's write lock when they begin; PostgreSQL takes a lock of the
    site's own. A login is no change of content and does not wait."""

    def middleware(request):
        if not (request.method == "POST" and request.path_info.startswith(ADMIN_PREFIX) and request.user.is_staff):
            return get_response(request)
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [STAFF_SAVES_LOCK])
            return get_response(request)

    return middleware


# Any number that identifies this lock among the database's advisory locks.
STAFF_SAVES_LOCK = 5_436_144
