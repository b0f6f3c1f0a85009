from django.urls import path

from clinic.caching import public_page

from . import views

app_name = "procedures"
urlpatterns = [
    path("", public_page(views.ProcedureListView.as_view()), name="list"),
    path("<slug:slug>/", public_page(views.ProcedureDetailView.as_view()), name="detail"),
]
