from types import MappingProxyType

from django.urls import reverse

from .caching import cached_practice
from .per_language import per_language


def practice(request):
    """The practice's details, for the header and footer of every page."""
    return {"practice": cached_practice()}


def site_urls(request):
    """The addresses of the pages that the header and footer of every page link to, in the page's language."""
    return {"site_urls": _site_urls()}


@per_language
def _site_urls():
    names = {
        "home": "home",
        "procedures": "procedures:list",
        "clinics": "locations:list",
        "week": "week",
        "language_assistance": "language_assistance",
    }
    return MappingProxyType({key: reverse(name) for key, name in names.items()})
