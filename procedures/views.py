from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from .models import Procedure


class ProcedureListView(ListView):
    queryset = Procedure.objects.published()
    context_object_name = "procedures"


class ProcedureDetailView(DetailView):
    queryset = Procedure.objects.published().prefetch_related(
        Prefetch("related", queryset=Procedure.objects.published(), to_attr="other_options")
    )
    context_object_name = "procedure"
