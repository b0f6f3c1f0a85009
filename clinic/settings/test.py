"""The test suite: development settings with a fast password hasher (staff accounts are made in most tests;
the real hasher takes a quarter of a second for each)."""

from clinic.cache_urls import cache_from_url

from .dev import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Each test starts with no sign-in attempts counted (tests/conftest.py clears it).
CACHES["logins"] = cache_from_url("locmem://logins")  # noqa: F405
