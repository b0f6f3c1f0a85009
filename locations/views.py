from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from .models import Clinic

# Each view computes the open/closed status for this request, from hours loaded in three queries:
# it is a pure function of data in memory and costs microseconds, works without JavaScript and for
# screen readers, and does not depend on the patient's clock or time zone. Caches store the data and
# pages only until the status next changes (Status.changes_at), so a cached page is never wrong.


def clinic_list(request):
    return render(request, "locations/clinic_list.html", {"clinics": Clinic.objects.with_schedule(timezone.now())})


def clinic_detail(request, slug):
    clinics = Clinic.objects.filter(slug=slug).with_schedule(timezone.now())
    if not clinics:
        raise Http404
    return render(request, "locations/clinic_detail.html", {"clinic": clinics[0], "object": clinics[0]})


def week(request):
    """Every clinic by every day of the coming week, for "who is open Thursday afternoon?"."""
    clinics = Clinic.objects.with_schedule(timezone.now())
    today = timezone.localdate()
    # One row per date, holding each clinic's (date, intervals, special day) in column order.
    rows = list(zip(*(clinic.schedule.days_ahead(today) for clinic in clinics), strict=True))
    return render(request, "locations/week.html", {"clinics": clinics, "rows": rows, "today": today})
