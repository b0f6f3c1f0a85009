"""Staff sign-ins: the client's real address, and a limit on attempts that is checked before any password is
hashed. Hashing one costs a quarter of a second of a core: a flood of guesses would otherwise take every
worker from the patients."""

import ipaddress
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.translation import gettext as _

from .requests import ADMIN_PREFIX

SIGN_IN_PATH = ADMIN_PREFIX + "login/"


def client_address(request):
    """REMOTE_ADDR; or, behind TRUSTED_PROXIES proxies that each append the address they were reached from
    to X-Forwarded-For (nginx's $proxy_add_x_forwarded_for), the entry that many places from its end. What
    a client writes into the header itself lies further left, and is never read."""
    remote = request.META.get("REMOTE_ADDR", "")
    if settings.TRUSTED_PROXIES:
        forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if len(forwarded) >= settings.TRUSTED_PROXIES:
            candidate = forwarded[-settings.TRUSTED_PROXIES]
            try:
                return str(ipaddress.ip_address(candidate))
            except ValueError:
                pass
    return remote


def seconds_to_wait(request):
    """0 if this sign-in attempt may go ahead; else how long until the next one may, for this client address
    (SIGN_INS_PER_ADDRESS a minute) or for everyone (SIGN_INS_PER_MINUTE)."""
    now = time.time()
    window = int(now // 60)
    counters = caches["logins"]
    limits = [
        (f"sign-ins:{client_address(request)}:{window}", settings.SIGN_INS_PER_ADDRESS),
        (f"sign-ins:everyone:{window}", settings.SIGN_INS_PER_MINUTE),
    ]
    for key, limit in limits:
        counters.add(key, 0, timeout=120)
        try:
            count = counters.incr(key)
        except ValueError:  # expired in between
            counters.set(key, count := 1, timeout=120)
        if count > limit:
            return 60 - int(now % 60)
    return 0


def throttle_sign_ins(get_response):
    """Refuse sign-in attempts beyond the limits with a 429, before sessions, CSRF and the password hash."""

    def middleware(request):
        if request.method == "POST" and request.path_info == SIGN_IN_PATH:
            wait = seconds_to_wait(request)
            if wait:
                message = _("Too many sign-in attempts. Please wait a minute and try again.")
                return HttpResponse(
                    message, status=429, headers={"Retry-After": str(wait)}, content_type="text/plain; charset=utf-8"
                )
        return get_response(request)

    return middleware
