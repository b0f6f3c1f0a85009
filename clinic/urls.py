from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from locations import views as location_views
from notices import views as notice_views
from site_check.views import site_check
from site_search import views as search_views

from . import views
from .sitemaps import sitemap_section, sitemap_xml

urlpatterns = [
    path("admin/site-check/", admin.site.admin_view(site_check), name="site_check"),
    path("admin/", admin.site.urls),
    # The language switch only sets a preference cookie: no CSRF token is needed, so pages stay cacheable.
    path("language/", csrf_exempt(set_language), name="set_language"),
    path("sitemap.xml", sitemap_xml, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_section, name="sitemap_section"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("manifest.webmanifest", views.web_manifest, name="web_manifest"),
    path(_("procedures/"), include("procedures.urls")),
    path(_("conditions/"), include("conditions.urls")),
    path(_("clinics/"), include("locations.urls")),
    path(_("hours/"), location_views.week, name="week"),
    path(_("providers/"), include("providers.urls")),
    path(_("notices/"), include("notices.urls")),
    path(_("search/"), search_views.search, name="search"),
    # The language assistance page's address before it became a notice.
    path(_("language-assistance/"), notice_views.language_assistance),
)
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
