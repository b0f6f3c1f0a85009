"""Whole-page caching that is never wrong.

Public pages are cached per address (so per language) in the default cache. Any save or delete of the
practice's content clears that cache; a page showing opening hours also expires by itself when what it
says would change (a clinic opening, closing, "closes soon", or a new day), so a cached status is as
right as a fresh one.

PageCacheMiddleware answers from the cache before sessions, languages, CSRF, authentication and URL
resolution run, with one cache read. Django's own cache middleware does all that work first and reads
the cache twice; on a page served thousands of times a minute that is most of the cost.
"""

import functools
import hashlib
import math
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_max_age, patch_cache_control

from .apps import CONTENT_APPS

# How long a process may keep the content it read without a change: it reads it anew at least this often.
CONTENT_SECONDS = 5 * 60
# Links from ads, newsletters and the practice's search listing add these to an address. No page reads them,
# so such a visit gets the cached page: an ad click (a new gclid each time) would otherwise always render.
TRACKING_PARAMETERS = {"dclid", "fbclid", "gbraid", "gclid", "igshid", "mc_cid", "mc_eid", "msclkid", "wbraid"}


def public_page(view):
    """Mark a view's pages as the same for every patient: cacheable for PAGE_CACHE_SECONDS, or less when
    the view says so with expire_at(). Staff, who have a session and may preview drafts, get private pages."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
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
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )
        if not cacheable_request:
            return self.get_response(request)
        # get_host() refuses hosts outside ALLOWED_HOSTS, so nobody can fill the cache with made-up ones.
        address = f"{request.scheme}://{request.get_host()}{request.path}"
        key = "page:" + hashlib.md5(address.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()
        cached = cache.get(key)
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
            cache.set(key, entry, timeout)
        return response


def only_tracking(query):
    return all(name.startswith("utm_") or name in TRACKING_PARAMETERS for name in query)


GENERATION_KEY = "content-generation"
# What this process last read of the content, kept while the content's generation (a token that clearing
# the cache removes) stays the same: a page then reads that token, not every clinic and procedure it shows.
_read_here = (None, {})


def cached_content(key, load):
    """What `load()` reads from the database, kept in the cache until the next change of content (or
    CONTENT_SECONDS): pages rendered afresh, such as when a clinic's status changes, need no query for it.
    Callers share what it returns and must not change it."""
    global _read_here
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=CONTENT_SECONDS)
        generation = cache.get(GENERATION_KEY)
        if generation is None:  # cleared meanwhile, or no cache at all
            return load()
    read_generation, read_here = _read_here
    if read_generation != generation:
        read_here = {}
        _read_here = (generation, read_here)
    if key not in read_here:
        # Under its generation: a render that read the database just before a change, and stores what it
        # read once the cache is cleared, stores it where no one looks any more.
        read_here[key] = cache.get_or_set(f"content:{generation}:{key}", load, timeout=CONTENT_SECONDS)
    return read_here[key]


def cached_practice():
    """The practice's details for every page."""
    from .models import Practice

    return cached_content("practice", Practice.load)


def clear_on_content_change(sender, **kwargs):
    if sender._meta.app_label in CONTENT_APPS:
        cache.clear()
        # Again once the change is committed: a page rendered meanwhile may hold the old content.
        transaction.on_commit(cache.clear)


def clear_after_migrate(**kwargs):
    """A release runs migrate: pages and content cached by the previous code are not kept for the new."""
    cache.clear()


def connect_signals():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(clear_on_content_change, dispatch_uid=f"clear-pages-{signal}")
    post_migrate.connect(clear_after_migrate, dispatch_uid="clear-pages-after-migrate")
