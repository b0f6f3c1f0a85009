"""The site's one cache: whole public pages, in the "pages" cache alias.

- A view marks its pages as the same for every patient with Django's @cache_control(public=True). They are
  stored per address (the site's origin and the path, so per language) for PAGE_CACHE_SECONDS, or less
  when the view sets a shorter max-age: a page showing opening hours expires when the first status on it
  would change (a clinic opening, closing, a new day: locations.views.expire_with_schedules).
- PageCacheMiddleware answers a hit before sessions, languages, CSRF, authentication and URL resolution
  run, with what is left of the page's lifetime as its max-age. Staff requests, other methods than GET, and
  query strings other than tracking parameters are neither served from the cache nor stored; staff get
  every page as private.
- Any save or delete of content clears the alias once, when its transaction commits (and `migrate` does,
  so that a release never serves what the previous code rendered).
"""

import hashlib
import math
import threading
import time

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.http import HttpResponse
from django.utils.cache import get_max_age, patch_cache_control

from public_pages.origin import site_origin
from staff.requests import staff_request

from .apps import content_apps

# Links from ads, newsletters and the practice's search listing add these to an address. No page reads them,
# so such a visit gets the cached page: an ad click (a new gclid each time) would otherwise always render.
TRACKING_PARAMETERS = {"dclid", "fbclid", "gbraid", "gclid", "igshid", "mc_cid", "mc_eid", "msclkid", "wbraid"}


def pages():
    return caches["pages"]


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cacheable_request = (
            request.method == "GET"
            and (not request.META.get("QUERY_STRING") or only_tracking(request.GET))
            and not staff_request(request)
        )
        if cacheable_request:
            # The site's origin, not whatever Host the request names: pages are rendered with that origin,
            # and requests naming other ports or hosts cannot push real pages out of the cache.
            address = site_origin(request) + request.path
            key = "page:" + hashlib.md5(address.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()
            cached = pages().get(key)
            if cached is not None:
                status, headers, content, expires = cached
                response = HttpResponse(content, status=status, headers=headers)
                # What is left of its lifetime, so that browsers do not keep it longer than the cache does.
                patch_cache_control(response, max_age=max(0, math.ceil(expires - time.time())))
                return response
        response = self.get_response(request)
        is_public = public(response)
        if is_public:
            max_age = get_max_age(response)
            timeout = settings.PAGE_CACHE_SECONDS if max_age is None else min(max_age, settings.PAGE_CACHE_SECONDS)
            patch_cache_control(response, max_age=timeout)
        if staff_request(request) or response.cookies or "Cookie" in response.get("Vary", ""):
            # Staff may see drafts, and a response that sets or reads cookies is one visitor's: theirs alone,
            # for any cache on the way.
            patch_cache_control(response, private=True)
            return response
        storable = is_public and response.status_code == 200 and not response.streaming
        if cacheable_request and storable and get_max_age(response):
            entry = (response.status_code, dict(response.items()), response.content, time.time() + timeout)
            pages().set(key, entry, timeout)
        return response


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
