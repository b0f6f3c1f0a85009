from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from locations.models import all_clinics_with_schedule
from procedures.models import published_procedures

from .caching import expire_with_schedules, public_page
from .models import LanguageTagline


@require_safe
@public_page
def home(request):
    clinics = all_clinics_with_schedule(timezone.now())
    response = render(request, "home.html", {"clinics": clinics, "procedures": published_procedures()})
    return expire_with_schedules(response, clinics)


@require_safe
@public_page
def language_assistance(request):
    taglines = LanguageTagline.objects.select_related("practice")
    return render(request, "language_assistance.html", {"taglines": taglines})


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
