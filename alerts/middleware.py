from django.utils.cache import get_max_age, patch_cache_control


def expire_with_alerts(get_response):
    """A page that showed the alerts (alerts.showing) may be kept only until an alert appears or
    disappears: the page cache then renders it again, with no one saving anything at that moment. Placed
    after clinic.caching.PageCacheMiddleware, so the cache stores the page with this lifetime."""

    def middleware(request):
        response = get_response(request)
        shown = getattr(request, "_alerts", None)
        if shown is None:
            return response
        left = shown.seconds_left()
        cacheable = "public" in response.get("Cache-Control", "") or get_max_age(response) is not None
        if left is not None and cacheable:
            max_age = get_max_age(response)
            if max_age is None or left < max_age:
                patch_cache_control(response, max_age=left)
        return response

    return middleware
