"""The test suite: development settings with a fast password hasher (staff accounts are made in most tests;
the real hasher takes a quarter of a second for each)."""

from .dev import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
