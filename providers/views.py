from django.db.models import Prefetch
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from procedures.models import Procedure
from public_pages.slugs import find_by_slug
from staff.requests import visible_pages

from .models import Provider


@require_safe
@cache_control(public=True)
def provider_list(request):
    providers = Provider.objects.published().for_pages()
    return render(request, "providers/provider_list.html", {"providers": providers})


@require_safe
@cache_control(public=True)
def provider_detail(request, slug):
    providers = (
        visible_pages(request, Provider)
        .for_pages()
        .prefetch_related("clinics", Prefetch("procedures", queryset=Procedure.objects.published().for_links()))
    )
    provider, moved = find_by_slug(providers, slug, translation.get_language())
    if provider is None:
        raise Http404
    if moved:
        return HttpResponsePermanentRedirect(provider.get_absolute_url())
    return render(request, "providers/provider_detail.html", {"provider": provider, "object": provider})
