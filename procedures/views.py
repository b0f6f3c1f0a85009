from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import translation
from django.views.generic import DetailView, ListView

from clinic.slugs import find_by_slug

from .models import Procedure, published_procedure, published_procedures


class ProcedureListView(ListView):
    http_method_names = ["get", "head"]
    template_name = "procedures/procedure_list.html"
    context_object_name = "procedures"

    def get_queryset(self):
        return published_procedures()


class ProcedureDetailView(DetailView):
    http_method_names = ["get", "head"]
    context_object_name = "procedure"

    def get(self, request, *args, **kwargs):
        slug, lang = kwargs["slug"], translation.get_language()
        self.object = None if self.drafts_visible() else published_procedure(slug, lang)
        moved = False
        if self.object is None:
            self.object, moved = find_by_slug(self.get_queryset(), slug, lang)
        if self.object is None:
            raise Http404
        if moved:
            return HttpResponsePermanentRedirect(self.object.get_absolute_url())
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_queryset(self):
        procedures = Procedure.objects.all() if self.drafts_visible() else Procedure.objects.published()
        return procedures.with_other_options()

    def drafts_visible(self):
        # Staff who may see procedures also see drafts: the admin links here as a preview. Patients have
        # no session, and looking for one would make every page vary by cookie.
        request = self.request
        has_session = settings.SESSION_COOKIE_NAME in request.COOKIES
        return has_session and request.user.has_perm("procedures.view_procedure")
