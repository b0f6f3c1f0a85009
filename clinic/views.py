from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from locations.models import Clinic
from procedures.models import Procedure

from .models import LanguageTagline


def home(request):
    return render(
        request,
        "home.html",
        {"clinics": Clinic.objects.with_schedule(timezone.now()), "procedures": Procedure.objects.published()},
    )


def language_assistance(request):
    taglines = LanguageTagline.objects.select_related("practice")
    return render(request, "language_assistance.html", {"taglines": taglines})


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
