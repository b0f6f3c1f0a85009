from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from conditions.models import Condition
from locations.models import Clinic
from locations.views import expire_with_schedules
from procedures.models import Procedure
from public_pages.origin import absolute_url


@require_safe
@cache_control(public=True)
def home(request):
    clinics = Clinic.objects.with_schedule(timezone.now())
    context = {
        "clinics": clinics,
        "conditions": Condition.objects.published(),
        "procedures": Procedure.objects.published(),
    }
    response = render(request, "home.html", context)
    return expire_with_schedules(response, clinics)


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {absolute_url(request, reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
