"""JSON-LD for search engines, built from the data the page already shows (no extra queries)."""

from django import template
from django.urls import reverse
from django.utils import translation

from clinic.origin import absolute_url
from clinic.structured_data import organization_json_ld
from locations.structured_data import clinic_json_ld
from procedures.structured_data import procedure_json_ld

from .json_ld import json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def organization_data(context, clinics):
    request, practice = context["request"], context.get("practice")
    if not practice:
        return ""
    return json_ld(
        organization_json_ld(
            practice,
            absolute_url(request, reverse("home")),
            clinics,
            lambda clinic: absolute_url(request, clinic.get_absolute_url()),
        )
    )


@register.simple_tag(takes_context=True)
def clinic_data(context, clinic):
    request = context["request"]
    return json_ld(clinic_json_ld(clinic, absolute_url(request, clinic.get_absolute_url()), context.get("practice")))


@register.simple_tag(takes_context=True)
def procedure_data(context, procedure):
    request = context["request"]
    url = absolute_url(request, procedure.get_absolute_url())
    return json_ld(procedure_json_ld(procedure, url, translation.get_language(), context.get("practice")))
