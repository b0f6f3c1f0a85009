"""Local development (`make run`): DEBUG on, SQLite, a throwaway secret key."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "django-insecure-local-development-only"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]
