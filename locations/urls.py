from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "locations"
urlpatterns = [
    path("", views.clinic_list, name="list"),
    path(_("calendar.ics"), views.practice_calendar, name="practice_calendar"),
    path("<slug:slug>/", views.clinic_detail, name="detail"),
    path(format_lazy("<slug:slug>/{}", _("calendar.ics")), views.clinic_calendar, name="calendar"),
]
