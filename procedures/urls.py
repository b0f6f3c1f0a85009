from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "procedures"
urlpatterns = [
    path("", views.procedure_list, name="list"),
    path("<slug:slug>/", views.procedure_detail, name="detail"),
    path(_("<slug:slug>/prepare/"), views.prep_sheet, name="prep_sheet"),
]
