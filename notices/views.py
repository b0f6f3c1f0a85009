from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from practice.models import LanguageTagline
from public_pages.slugs import find_by_slug

from .models import Notice


@require_safe
@cache_control(public=True)
def notice_list(request):
    return render(request, "notices/notice_list.html", {"notices": Notice.in_order()})


@require_safe
@cache_control(public=True)
def notice_detail(request, slug):
    notice, moved = find_by_slug(Notice.objects.all(), slug, translation.get_language())
    if notice is None:
        raise Http404
    if moved:
        return HttpResponsePermanentRedirect(notice.get_absolute_url())
    context = {"notice": notice, "object": notice}
    if notice.kind == "language_assistance":
        context["taglines"] = LanguageTagline.objects.all()
    return render(request, "notices/notice_detail.html", context)


@require_safe
def language_assistance(request):
    """The address the language assistance page had before it became a notice."""
    notice = Notice.objects.filter(kind="language_assistance").first()
    if notice is None:
        raise Http404
    return redirect(notice, permanent=True)
