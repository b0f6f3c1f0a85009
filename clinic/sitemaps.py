"""/sitemap.xml: every public page in both languages, each with its hreflang alternates and x-default; once a
section holds more addresses than one file should (LIMIT), a sitemap index of the sections, each in files of
LIMIT addresses (/sitemap-procedures.xml?p=2)."""

import math
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, sitemap
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from conditions.models import Condition
from locations.models import Clinic
from notices.models import Notice
from procedures.models import Procedure
from providers.models import Provider
from public_pages.origin import absolute_url

# Addresses per sitemap file (a page in both languages is two), each with its three alternates: about 430
# bytes each, so that a file stays near 45 KB and quick to render.
LIMIT = 100


class BilingualSitemap(Sitemap):
    limit = LIMIT
    i18n = True
    alternates = True
    x_default = True

    def get_urls(self, page=1, site=None, protocol=None):
        # Django points x-default at the address without a language prefix, which exists only when the
        # default language has no prefix. Ours has one, so x-default is the English page, as in each
        # page's own <link rel="alternate" hreflang="x-default">.
        if settings.SITE_URL:
            protocol = urlsplit(settings.SITE_URL).scheme
        urls = super().get_urls(page, site, protocol)
        for url in urls:
            alternates = {alternate["lang_code"]: alternate for alternate in url["alternates"]}
            alternates["x-default"]["location"] = alternates[settings.LANGUAGE_CODE]["location"]
        return urls

    def file_count(self):
        """How many files of LIMIT addresses the section takes, counted in SQL (Django's paginator would
        load every page to count them)."""
        items = self.items()
        pages = len(items) if isinstance(items, list) else items.count()
        return max(1, math.ceil(pages * len(settings.LANGUAGES) / LIMIT))

    def get_domain(self, site=None):
        """The site's own host (SITE_URL), not the Host the request named."""
        return urlsplit(settings.SITE_URL).netloc if settings.SITE_URL else super().get_domain(site)


class PagesSitemap(BilingualSitemap):
    def items(self):
        return [
            "home",
            "procedures:list",
            "conditions:list",
            "locations:list",
            "week",
            "providers:list",
            "notices:list",
        ]

    def location(self, item):
        return reverse(item)


class ProcedureSitemap(BilingualSitemap):
    def items(self):
        return Procedure.objects.published().only("slug")


class ConditionSitemap(BilingualSitemap):
    def items(self):
        return Condition.objects.published().only("slug")


class ClinicSitemap(BilingualSitemap):
    def items(self):
        return Clinic.objects.only("slug")


class ProviderSitemap(BilingualSitemap):
    def items(self):
        return Provider.objects.published().only("slug")


class NoticeSitemap(BilingualSitemap):
    def items(self):
        return Notice.objects.only("slug")


SITEMAPS = {
    "pages": PagesSitemap,
    "procedures": ProcedureSitemap,
    "conditions": ConditionSitemap,
    "clinics": ClinicSitemap,
    "providers": ProviderSitemap,
    "notices": NoticeSitemap,
}


@require_safe
@cache_control(public=True)
def sitemap_xml(request):
    files = {name: kind().file_count() for name, kind in SITEMAPS.items()}
    if all(count <= 1 for count in files.values()):
        return _in_both_languages(sitemap(request, sitemaps=SITEMAPS))
    items = []
    for name, count in files.items():
        url = absolute_url(request, reverse("sitemap_section", kwargs={"section": name}))
        items += [SitemapIndexItem(url if page == 1 else f"{url}?p={page}") for page in range(1, count + 1)]
    index = TemplateResponse(request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml")
    return _in_both_languages(index)


@require_safe
@cache_control(public=True)
def sitemap_section(request, section):
    """One file of the sitemap index: a section's addresses, LIMIT at a time (?p=2 for the next ones)."""
    return _in_both_languages(sitemap(request, sitemaps=SITEMAPS, section=section))


def _in_both_languages(response):
    # Pages in both languages, whoever asks first: the cached copy must not keep that visitor's language.
    response.headers["Content-Language"] = ", ".join(code for code, _name in settings.LANGUAGES)
    return response
