from django import template
from django.utils import translation

from public_pages.origin import absolute_url
from public_pages.templatetags.json_ld import json_ld

from ..structured_data import condition_json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def condition_data(context, condition):
    """The condition's JSON-LD, built from the data the page already shows (no extra queries)."""
    request = context["request"]
    data = condition_json_ld(
        condition,
        absolute_url(request, condition.get_absolute_url()),
        translation.get_language(),
        context.get("practice"),
        procedure_url=lambda procedure: absolute_url(request, procedure.get_absolute_url()),
    )
    return json_ld(data)
