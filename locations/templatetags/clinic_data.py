from django import template

from public_pages.origin import absolute_url
from public_pages.templatetags.json_ld import json_ld

from ..structured_data import clinic_json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def clinic_data(context, clinic):
    """The clinic's JSON-LD, built from the data the page already shows (no extra queries)."""
    request = context["request"]
    return json_ld(clinic_json_ld(clinic, absolute_url(request, clinic.get_absolute_url()), context.get("practice")))
