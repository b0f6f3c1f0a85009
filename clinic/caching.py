"""The site's one cache: whole public pages, in the "pages" cache alias.

- A view marks its pages with @public_page. They are stored per address (the site's origin and the path,
  so per language) for PAGE_CACHE_SECONDS, or less when the view calls expire_at(): a page showing opening
  hours expires when the first status on it would change (a clinic opening, closing, a new day).
- PageCacheMiddleware answers a hit before sessions, languages, CSRF, authentication and URL resolution
  run, with what is left of the page's lifetime as its max-age. Staff requests, other methods than GET, and
  query strings other than tracking parameters are neither served from the cache nor stored.
- Any save or delete of content clears the alias once, when its transaction commits (and `migrate` does,
  so that a release never serves what the previous code rendered).
"""

import functools
import hashlib
import math
import threading
import time

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_max_age, patch_cache_control

from .apps import CONTENT_APPS
from .origin import site_origin

# Links from ads, newsletters and the practice's search listing add these to an address. No page reads them,
# so such a visit gets the cached page: an ad click (a new gclid each time) would otherwise always render.
TRACKING_PARAMETERS = {"dclid", "fbclid", "gbraid", "gclid", "igshid", "mc_cid", "mc_eid", "msclkid", "wbraid"}


def pages():
    return caches["pages"]


def staff_request(request):
    """Whether the request comes from staff. Patients never log in, so a session means staff: they may
    preview drafts, so their pages are private, and looking at the session itself would make every page
    vary by cookie."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def public_page(view):
    """Mark a view's pages as the same for every patient: cacheable for PAGE_CACHE_SECONDS, or less when
    the view says so with expire_at(). Staff get private pages."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if staff_request(request):
            patch_cache_control(response, private=True)
        elif response.status_code == 200:
            patch_cache_control(response, max_age=min(get_max_age(response) or math.inf, settings.PAGE_CACHE_SECONDS))
        return response

    return wrapper


def expire_at(response, moment):
    """Let caches keep the response until `moment` at most (and never longer than PAGE_CACHE_SECONDS)."""
    seconds = math.ceil((moment - timezone.now()).total_seconds())
    patch_cache_control(response, max_age=max(0, min(seconds, settings.PAGE_CACHE_SECONDS)))
    return response


def expire_with_schedules(response, clinics):
    """Expire a page showing clinics' hours when the first of them changes what it says."""
    if clinics:
        expire_at(response, min(clinic.schedule.valid_until for clinic in clinics))
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cacheable_request = (
            request.method == "GET"
            and (not request.META.get("QUERY_STRING") or only_tracking(request.GET))
            and not staff_request(request)
        )
        if not cacheable_request:
            return self.get_response(request)
        # The site's origin, not whatever Host the request names: pages are rendered with that origin, and
        # requests naming other ports or hosts cannot push real pages out of the cache.
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
        timeout = get_max_age(response)
        cacheable_response = (
            response.status_code == 200
            and not response.streaming
            and timeout
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
            and "Cookie" not in response.get("Vary", "")
        )
        if cacheable_response:
            entry = (response.status_code, dict(response.items()), response.content, time.time() + timeout)
            pages().set(key, entry, timeout)
        return response


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
    if sender._meta.app_label in CONTENT_APPS:
        _waiting.clear = True
        transaction.on_commit(_clear_pages)


def clear_after_migrate(**kwargs):
    pages().clear()


def connect_signals():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(clear_on_content_change, dispatch_uid=f"clear-pages-{signal}")
    post_migrate.connect(clear_after_migrate, dispatch_uid="clear-pages-after-migrate")
