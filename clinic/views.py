from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from locations.models import Clinic
from procedures.models import Procedure

from .caching import expire_with_schedules, public_page
from .models import LanguageTagline
from .origin import absolute_url


@require_safe
@public_page
def home(request):
    clinics = Clinic.objects.with_schedule(timezone.now())
    response = render(request, "home.html", {"clinics": clinics, "procedures": Procedure.objects.published()})
    return expire_with_schedules(response, clinics)


@require_safe
@public_page
def language_assistance(request):
    taglines = LanguageTagline.objects.select_related("practice")
    return render(request, "language_assistance.html", {"taglines": taglines})


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {absolute_url(request, reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
