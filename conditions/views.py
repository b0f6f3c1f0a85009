from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from public_pages.slugs import find_by_slug
from staff.requests import visible_pages

from .models import Condition


@require_safe
@cache_control(public=True)
def condition_list(request):
    return render(request, "conditions/condition_list.html", {"conditions": Condition.objects.published().for_links()})


@require_safe
@cache_control(public=True)
def condition_detail(request, slug):
    conditions = visible_pages(request, Condition).with_treatments()
    condition, moved = find_by_slug(conditions, slug, translation.get_language())
    if condition is None:
        raise Http404
    if moved:
        return HttpResponsePermanentRedirect(condition.get_absolute_url())
    return render(request, "conditions/condition_detail.html", {"condition": condition, "object": condition})
