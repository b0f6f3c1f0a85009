"""The site's origin ("https://www.example.com"), for absolute addresses and the page cache's keys."""

from django.conf import settings


def site_origin(request):
    """SITE_URL when it is set (production), else the origin the request was made to (development, tests):
    absolute links, structured data and the sitemap never depend on the Host a request names."""
    return settings.SITE_URL or f"{request.scheme}://{request.get_host()}"


def absolute_url(request, path):
    return site_origin(request) + path
