from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from public_pages.slugs import find_by_slug
from staff.requests import visible_pages

from .models import Procedure


@require_safe
@cache_control(public=True)
def procedure_list(request):
    return render(request, "procedures/procedure_list.html", {"procedures": Procedure.objects.published()})


@require_safe
@cache_control(public=True)
def procedure_detail(request, slug):
    procedures = visible_pages(request, Procedure)
    procedure, moved = find_by_slug(procedures.with_other_options().with_providers(), slug, translation.get_language())
    if procedure is None:
        raise Http404
    if moved:
        return HttpResponsePermanentRedirect(procedure.get_absolute_url())
    return render(request, "procedures/procedure_detail.html", {"procedure": procedure, "object": procedure})
