from django.urls import path

from . import views

app_name = "locations"
urlpatterns = [
    path("", views.clinic_list, name="list"),
    path("<slug:slug>/", views.clinic_detail, name="detail"),
]
