from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.utils import timezone, translation

from clinic.slugs import find_by_slug

from .models import Clinic

# Each view computes the open/closed status for this request, from hours loaded in three queries:
# it is a pure function of data in memory and costs microseconds, works without JavaScript and for
# screen readers, and does not depend on the patient's clock or time zone. Caches store the data and
# pages only until the status next changes (Status.changes_at), so a cached page is never wrong.


def clinic_list(request):
    return render(request, "locations/clinic_list.html", {"clinics": Clinic.objects.with_schedule(timezone.now())})


def clinic_detail(request, slug):
    clinic, moved = find_by_slug(Clinic.objects.all(), slug, translation.get_language())
    if clinic is None:
        raise Http404
    if moved:
        return HttpResponsePermanentRedirect(clinic.get_absolute_url())
    [clinic] = Clinic.objects.filter(pk=clinic.pk).with_schedule(timezone.now())
    return render(request, "locations/clinic_detail.html", {"clinic": clinic, "object": clinic})


def week(request):
    """Every clinic by every day of the coming week, for "who is open Thursday afternoon?"."""
    clinics = Clinic.objects.with_schedule(timezone.now())
    today = timezone.localdate()
    # One row per date, holding each clinic's (date, intervals, special day) in column order.
    rows = list(zip(*(clinic.schedule.days_ahead(today) for clinic in clinics), strict=True))
    return render(request, "locations/week.html", {"clinics": clinics, "rows": rows, "today": today})
