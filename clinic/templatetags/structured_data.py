"""The home page's JSON-LD: the practice and its clinics, built from the data the page already shows."""

from django import template
from django.urls import reverse

from clinic.structured_data import organization_json_ld
from locations.models import clinic_path
from public_pages.origin import absolute_url
from public_pages.templatetags.json_ld import json_ld

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
            lambda clinic: absolute_url(request, clinic_path(clinic.slug)),
        )
    )
