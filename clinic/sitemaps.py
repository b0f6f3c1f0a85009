"""/sitemap.xml: every public page in both languages, each with its hreflang alternates and x-default."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from locations.models import Clinic
from procedures.models import Procedure


class BilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def _urls(self, page, protocol, domain):
        # Django points x-default at the address without a language prefix, which exists only when the
        # default language has no prefix. Ours has one, so x-default is the English page, as in each
        # page's own <link rel="alternate" hreflang="x-default">.
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            alternates = {alternate["lang_code"]: alternate for alternate in url["alternates"]}
            alternates["x-default"]["location"] = alternates[settings.LANGUAGE_CODE]["location"]
        return urls


class PagesSitemap(BilingualSitemap):
    def items(self):
        return ["home", "procedures:list", "locations:list", "week", "language_assistance"]

    def location(self, item):
        return reverse(item)


class ProcedureSitemap(BilingualSitemap):
    def items(self):
        return Procedure.objects.published()


class ClinicSitemap(BilingualSitemap):
    def items(self):
        return Clinic.objects.all()


SITEMAPS = {"pages": PagesSitemap, "procedures": ProcedureSitemap, "clinics": ClinicSitemap}
