from django.views.generic import DetailView, ListView

from .models import Clinic


class ClinicListView(ListView):
    queryset = Clinic.objects.prefetch_related("opening_hours")
    context_object_name = "clinics"


class ClinicDetailView(DetailView):
    queryset = Clinic.objects.prefetch_related("opening_hours")
    context_object_name = "clinic"
