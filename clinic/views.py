from django.shortcuts import render

from locations.models import Clinic
from procedures.models import Procedure


def home(request):
    return render(
        request,
        "home.html",
        {
            "clinics": Clinic.objects.prefetch_related("opening_hours"),
            "procedures": Procedure.objects.published(),
        },
    )
