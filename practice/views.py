from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .models import LanguageTagline


@require_safe
@cache_control(public=True)
def language_assistance(request):
    taglines = LanguageTagline.objects.select_related("practice")
    return render(request, "practice/language_assistance.html", {"taglines": taglines})
