from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from .models import Procedure


class ProcedureListView(ListView):
    queryset = Procedure.objects.published()
    context_object_name = "procedures"


class ProcedureDetailView(DetailView):
    context_object_name = "procedure"

    def get_queryset(self):
        # Staff who may see procedures also see drafts: the admin links here as a preview.
        drafts_visible = self.request.user.has_perm("procedures.view_procedure")
        procedures = Procedure.objects.all() if drafts_visible else Procedure.objects.published()
        return procedures.prefetch_related(
            Prefetch("related", queryset=Procedure.objects.published(), to_attr="other_options")
        )
