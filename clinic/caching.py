"""The site's one cache: whole public pages, in the "pages" cache alias.

- A view marks its pages as the same for every patient with Django's @cache_control(public=True). They are
  stored per address (the site's origin and the path, so per language) for PAGE_CACHE_SECONDS, or less
  when the view sets a shorter max-age: a page showing opening hours expires when the first status on it
  would change (a clinic opening, closing, a new day: locations.views.expire_with_schedules).
- PageCacheMiddleware answers a hit before sessions, languages, CSRF, authentication and URL resolution
  run, with what is left of the page's lifetime as its max-age. Staff requests, other methods than GET, and
  query strings other than tracking parameters are neither served from the cache nor stored; staff get
  every page as private, and a refused request (400: a city that does not exist) is sent as no-store.
- Any save or delete of content clears the alias once, when its transaction commits (and `migrate` does,
  so that a release never serves what the previous code rendered).
- Public pages go out compressed with Brotli or gzip when the client accepts it. A stored page is stored
  with both compressions made, so that a hit sends bytes as they are. Only public pages are compressed:
  they carry no secret (no CSRF token, no session), so compression cannot leak one (BREACH); the admin's
  pages are sent as Django makes them.
- A request that can only get an answer that is never stored pays no cache lookup: with the page cache
  turned off, at an address no URL pattern matches (a 404), or for a view that has not stored a page in this
  process (robots.txt, the language switch). Under Redis each lookup is a round trip.
"""

import gzip
import hashlib
import math
import threading
import time

import brotli
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import get_max_age, patch_cache_control, patch_vary_headers

from public_pages.origin import site_origin
from staff.requests import staff_request

from .apps import content_apps

# Links from ads, newsletters and the practice's search listing add these to an address. No page reads them,
# so such a visit gets the cached page: an ad click (a new gclid each time) would otherwise always render.
TRACKING_PARAMETERS = {"dclid", "fbclid", "gbraid", "gclid", "igshid", "mc_cid", "mc_eid", "msclkid", "wbraid"}


def pages():
    return caches["pages"]


# Content types worth compressing, and the size below which compression does not pay.
COMPRESSIBLE = ("text/html", "application/xml", "text/calendar", "text/plain")
SMALLEST_COMPRESSED = 200


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        # The views that have stored a page: only their addresses are worth looking up.
        self.storing_views = set()

    def __call__(self, request):
        cacheable_request = (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method == "GET"
            and (not request.META.get("QUERY_STRING") or only_tracking(request.GET))
            and not staff_request(request)
        )
        encoding = accepted_encoding(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        if cacheable_request:
            # The site's origin, not whatever Host the request names: pages are rendered with that origin,
            # and requests naming other ports or hosts cannot push real pages out of the cache.
            address = site_origin(request) + request.path
            key = "page:" + hashlib.md5(address.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()
            cached = pages().get(key) if self.view_of(request.path_info) in self.storing_views else None
            if cached is not None:
                status, headers, bodies, expires = cached
                response = HttpResponse(status=status, headers=headers)
                send(response, bodies, encoding)
                # What is left of its lifetime, so that browsers do not keep it longer than the cache does.
                patch_cache_control(response, max_age=max(0, math.ceil(expires - time.time())))
                return response
        response = self.get_response(request)
        is_public = public(response)
        if is_public and response.status_code >= 400:
            # A refused filter (400) is no page to keep, here or on the way: the next request asks again.
            # It is still compressed, as a public page.
            del response["Cache-Control"]
            patch_cache_control(response, no_store=True)
        elif is_public:
            max_age = get_max_age(response)
            timeout = settings.PAGE_CACHE_SECONDS if max_age is None else min(max_age, settings.PAGE_CACHE_SECONDS)
            patch_cache_control(response, max_age=timeout)
        if staff_request(request) or response.cookies or "Cookie" in response.get("Vary", ""):
            # Staff may see drafts, and a response that sets or reads cookies is one visitor's: theirs alone,
            # for any cache on the way.
            patch_cache_control(response, private=True)
            return response
        if not is_public or response.streaming:
            return response
        compressible = response.get("Content-Type", "").startswith(COMPRESSIBLE) and not response.has_header(
            "Content-Encoding"
        )
        if compressible:
            patch_vary_headers(response, ["Accept-Encoding"])
        if cacheable_request and response.status_code == 200 and get_max_age(response):
            headers = dict(response.items())
            bodies = compressions(response.content) if compressible else {"": response.content}
            pages().set(key, (response.status_code, headers, bodies, time.time() + timeout), timeout)
            if request.resolver_match is not None:
                self.storing_views.add(request.resolver_match.func)
            send(response, bodies, encoding)
        elif compressible and encoding:
            send(response, compressions(response.content, only=encoding), encoding)
        return response

    @staticmethod
    def view_of(path):
        """The view that answers `path`, in the language its prefix names; None for an unknown address."""
        try:
            with translation.override(translation.get_language_from_path(path) or settings.LANGUAGE_CODE):
                return resolve(path).func
        except Resolver404:
            return None


def accepted_encoding(header):
    """ "br", "gzip" or "" (none) for an Accept-Encoding header: Brotli, which is smaller, when both are
    accepted; an encoding given q=0 is refused."""
    weights = {}
    for part in header.split(","):
        name, _separator, parameters = part.partition(";")
        weight = 1.0
        for parameter in parameters.split(";"):
            key, _equals, value = parameter.strip().partition("=")
            if key == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        weights[name.strip().lower()] = weight
    for encoding in ("br", "gzip"):
        if weights.get(encoding, weights.get("*", 0)) > 0:
            return encoding
    return ""


def compressions(content, only=None):
    """{encoding: body}: the content as it is ("") and compressed with Brotli and gzip (or only one)."""
    bodies = {"": content}
    if len(content) >= SMALLEST_COMPRESSED:
        if only in (None, "br"):
            bodies["br"] = brotli.compress(content, quality=5)
        if only in (None, "gzip"):
            bodies["gzip"] = gzip.compress(content, compresslevel=6, mtime=0)
    return bodies


def send(response, bodies, encoding):
    """Give the response the body of `encoding`, or the uncompressed one where there is none."""
    encoding = encoding if encoding in bodies else ""
    response.content = bodies[encoding]
    if encoding:
        response["Content-Encoding"] = encoding
    response["Content-Length"] = str(len(response.content))


def public(response):
    """Whether the view marked the response as the same for every patient, with Django's
    @cache_control(public=True)."""
    return "public" in (directive.strip() for directive in response.get("Cache-Control", "").split(","))


def only_tracking(query):
    return all(name.startswith("utm_") or name in TRACKING_PARAMETERS for name in query)


# Whether this thread has a clear of the pages waiting for its transaction to commit. A transaction that
# saves many rows clears once: the first of its waiting clears does it, the others find nothing to do. A
# rolled-back transaction leaves the flag set, which only means that the next commit clears, as it would.
_waiting = threading.local()


def _clear_pages():
    if getattr(_waiting, "clear", False):
        _waiting.clear = False
        pages().clear()


def clear_on_content_change(sender, **kwargs):
    if sender._meta.app_label in content_apps():
        _waiting.clear = True
        transaction.on_commit(_clear_pages)


def clear_after_migrate(**kwargs):
    pages().clear()


def connect_signals():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(clear_on_content_change, dispatch_uid=f"clear-pages-{signal}")
    post_migrate.connect(clear_after_migrate, dispatch_uid="clear-pages-after-migrate")
