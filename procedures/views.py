from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import translation
from django.views.generic import DetailView, ListView

from clinic.slugs import find_by_slug

from .models import Procedure


class ProcedureListView(ListView):
    http_method_names = ["get", "head"]
    queryset = Procedure.objects.published()
    context_object_name = "procedures"


class ProcedureDetailView(DetailView):
    http_method_names = ["get", "head"]
    context_object_name = "procedure"

    def get(self, request, *args, **kwargs):
        self.object, moved = find_by_slug(self.get_queryset(), kwargs["slug"], translation.get_language())
        if self.object is None:
            raise Http404
        if moved:
            return HttpResponsePermanentRedirect(self.object.get_absolute_url())
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_queryset(self):
        # Staff who may see procedures also see drafts: the admin links here as a preview. Patients have
        # no session, and looking for one would make every page vary by cookie.
        request = self.request
        has_session = settings.SESSION_COOKIE_NAME in request.COOKIES
        drafts_visible = has_session and request.user.has_perm("procedures.view_procedure")
        procedures = Procedure.objects.all() if drafts_visible else Procedure.objects.published()
        return procedures.prefetch_related(
            Prefetch("related", queryset=Procedure.objects.published(), to_attr="other_options")
        )
