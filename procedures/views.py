from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect, QueryDict
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from locations.models import Clinic
from public_pages.pagination import paged
from public_pages.slugs import find_by_slug
from staff.requests import visible_pages

from .models import Procedure

PROCEDURES_PER_PAGE = 30


@require_safe
@cache_control(public=True)
def procedure_list(request):
    context = paged(Procedure.objects.published().for_links(), PROCEDURES_PER_PAGE, request, QueryDict())
    context["procedures"] = context["page"].object_list
    return render(request, "procedures/procedure_list.html", context)


def _find(queryset, slug):
    """(procedure, redirect): the procedure at `slug`, or where its page moved; Http404 when there is none."""
    procedure, moved = find_by_slug(queryset, slug, translation.get_language())
    if procedure is None:
        raise Http404
    return procedure, moved


@require_safe
@cache_control(public=True)
def procedure_detail(request, slug):
    procedures = visible_pages(request, Procedure)
    procedures = procedures.with_other_options().with_providers().with_conditions().with_review()
    procedure, moved = _find(procedures, slug)
    if moved:
        return HttpResponsePermanentRedirect(procedure.get_absolute_url())
    context = {"procedure": procedure, "object": procedure, "clinics": Clinic.objects.choices()}
    return render(request, "procedures/procedure_detail.html", context)


@require_safe
@cache_control(public=True)
def prep_sheet(request, slug):
    """One printable page for one visit: the procedure's preparation and when-to-call sections with the
    chosen clinic's address and visit details; with ?both=on, in English and Spanish side by side."""
    procedure, moved = _find(visible_pages(request, Procedure), slug)
    if moved:
        return HttpResponsePermanentRedirect(f"{prep_sheet_url(procedure)}?{request.GET.urlencode()}")
    clinic = Clinic.objects.named_by(request.GET.get("clinic", ""))
    if clinic is None:
        context = {"procedure": procedure, "clinics": Clinic.objects.choices(), "choose_clinic": True}
        return render(request, "procedures/prep_sheet_choice.html", context)
    current = translation.get_language()
    languages = [current] + [code for code, _name in settings.LANGUAGES if code != current]
    columns = []
    for code in languages if request.GET.get("both") else [current]:
        with translation.override(code):
            columns.append(
                render_to_string(
                    "includes/prep_sheet_column.html",
                    {"procedure": procedure, "clinic": clinic, "lang": code},
                    request,
                )
            )
    context = {"procedure": procedure, "clinic": clinic, "columns": columns, "object": procedure}
    return render(request, "procedures/prep_sheet.html", context)


def prep_sheet_url(procedure):
    return reverse("procedures:prep_sheet", kwargs={"slug": procedure.slug})
