from collections import Counter

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from conditions.models import Condition
from locations.models import Clinic, attach_schedules
from locations.views import expire_with_schedules
from practice.models import Practice
from procedures.models import Procedure
from public_pages.origin import absolute_url

# With more clinics than this, the home page says where they are (by city) rather than showing each one.
HOME_CLINICS = 6
# Conditions and procedures listed on the home page at most, with a link to all of them.
HOME_LINKS = 8


@require_safe
@cache_control(public=True)
def home(request):
    clinics = list(Clinic.objects.summaries())
    shown = []
    if len(clinics) <= HOME_CLINICS:
        shown = clinics = attach_schedules(list(Clinic.objects.all()), timezone.now())
    conditions = list(Condition.objects.published().for_links()[: HOME_LINKS + 1])
    procedures = list(Procedure.objects.published().for_links()[: HOME_LINKS + 1])
    context = {
        "clinics": clinics,
        "shown_clinics": shown,
        "cities": sorted(Counter(clinic.city for clinic in clinics).items()),
        "conditions": conditions[:HOME_LINKS],
        "more_conditions": len(conditions) > HOME_LINKS,
        "procedures": procedures[:HOME_LINKS],
        "more_procedures": len(procedures) > HOME_LINKS,
    }
    response = render(request, "home.html", context)
    return expire_with_schedules(response, shown)


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {absolute_url(request, reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(public=True)
def web_manifest(request):
    """What a phone needs to put the site on its home screen: the practice's name, its icon and colours, and
    the home page in the language of the page that links it."""
    practice = Practice.load()
    if practice is None:
        raise Http404
    manifest = {
        "name": practice.name,
        "lang": translation.get_language(),
        "start_url": reverse("home"),
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": "#0b5d7a",
        "icons": [
            {"src": static("icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {"src": static("icons/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    return JsonResponse(manifest, content_type="application/manifest+json")
