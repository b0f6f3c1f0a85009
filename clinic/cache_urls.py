"""CACHE_URL / REDIS_URL to a Django cache: locmem://, file:///path, redis://host:port/db, dummy://."""

from django.core.exceptions import ImproperlyConfigured

BACKENDS = {
    "locmem": "django.core.cache.backends.locmem.LocMemCache",
    "file": "django.core.cache.backends.filebased.FileBasedCache",
    "redis": "django.core.cache.backends.redis.RedisCache",
    "rediss": "django.core.cache.backends.redis.RedisCache",
    "dummy": "django.core.cache.backends.dummy.DummyCache",
}


def cache_from_url(url):
    scheme, separator, rest = url.partition("://")
    if not separator or scheme not in BACKENDS:
        raise ImproperlyConfigured(
            f"Unknown cache address {url!r}: use locmem://, file:///path, redis://... or dummy://"
        )
    config = {"BACKEND": BACKENDS[scheme]}
    if scheme.startswith("redis"):
        config["LOCATION"] = url
    elif scheme == "file":
        config["LOCATION"] = rest
    elif scheme == "locmem":
        config["LOCATION"] = rest or "clinic"
    return config
