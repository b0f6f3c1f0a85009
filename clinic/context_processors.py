from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from notices.models import Notice
from practice.models import Practice
from public_pages.origin import site_origin


def practice(request):
    """The practice's details and its notices, for the header and footer of every page (read only by pages
    that show them: the sitemap does not)."""
    return {"practice": SimpleLazyObject(Practice.load), "notices": SimpleLazyObject(Notice.in_order)}


def site_urls(request):
    """The addresses of the pages that the header and footer of every page link to, in the page's language,
    and the site's origin for the absolute ones printed on paper."""
    names = {
        "home": "home",
        "procedures": "procedures:list",
        "conditions": "conditions:list",
        "clinics": "locations:list",
        "week": "week",
        "providers": "providers:list",
        "notices": "notices:list",
        "search": "search",
    }
    return {"site_urls": {key: reverse(name) for key, name in names.items()}, "site_origin": site_origin(request)}
