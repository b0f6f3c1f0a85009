from django.shortcuts import render
from django.utils import timezone

from locations.models import Clinic
from procedures.models import Procedure


def home(request):
    return render(
        request,
        "home.html",
        {
            "clinics": Clinic.objects.with_schedule(timezone.now()),
            "procedures": Procedure.objects.published(),
        },
    )
