import base64
import hashlib
import re
from pathlib import Path

import django.views
from csp.constants import HEADER, UNSAFE_INLINE
from csp.utils import build_policy
from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _

from staff.requests import ADMIN_PREFIX

# Django's admin, the rich-text editor's import map and the language tabs use inline scripts and styles.
ADMIN_UPDATE = {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE]}


def debug_page_styles():
    """CSP hashes of the style sheets inside Django's own debug pages (page not found, server error), which
    DEBUG shows in place of ours: allowed by hash, they are readable under `make run` while every other
    inline style stays refused."""
    templates = Path(django.views.__file__).parent / "templates"
    hashes = []
    for name in ("technical_404.html", "technical_500.html"):
        for style in re.findall(r"<style>(.*?)</style>", (templates / name).read_text(), re.DOTALL):
            digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
            hashes.append(f"'sha256-{digest}'")
    return hashes


class ContentSecurityPolicyMiddleware:
    """The strict policy from settings on every response, except that the admin (staff only) may use inline
    scripts and styles, and that with DEBUG on Django's debug pages keep their style. Both headers are built
    once, with django-csp's own builder: its middleware builds them anew for each response, which took a
    third of the time of a page served from the cache."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.public_policy = build_policy(update={"style-src": debug_page_styles()} if settings.DEBUG else None)
        self.admin_policy = build_policy(update=ADMIN_UPDATE)

    def __call__(self, request):
        response = self.get_response(request)
        admin = request.path_info.startswith(ADMIN_PREFIX)
        response.headers.setdefault(HEADER, self.admin_policy if admin else self.public_policy)
        # No other site may embed our pages, pictures or files as its own resources.
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
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


class OutOfRangeIsBadRequest:
    """A value in the address that the database or a date cannot hold is the client's mistake: a 400 that
    says so, not a server error. The admin's filters and ordering read such values: ?id__in=99999999999999999999
    or ?start_date__year=... overflow, and PostgreSQL refuses text holding a NUL byte (which no form sends, so
    it is refused before anything reads it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        # A NUL arrives as itself or as %00; only then are the decoded values worth reading.
        if "\x00" in query or (
            "%00" in query and any("\x00" in value for _name, values in request.GET.lists() for value in values)
        ):
            return bad_request(_("Bad request: this address holds a character no page uses."))
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OverflowError):
            return bad_request(_("Bad request: a number in this address is out of range."))
        return None


def bad_request(message):
    return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
