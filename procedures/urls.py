from django.urls import path

from . import views

app_name = "procedures"
urlpatterns = [
    path("", views.ProcedureListView.as_view(), name="list"),
    path("<slug:slug>/", views.ProcedureDetailView.as_view(), name="detail"),
]
