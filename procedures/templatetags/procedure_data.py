from django import template
from django.utils import translation

from public_pages.origin import absolute_url
from public_pages.templatetags.json_ld import json_ld

from ..structured_data import procedure_json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def procedure_data(context, procedure):
    """The procedure's JSON-LD, built from the data the page already shows (no extra queries)."""
    request = context["request"]
    url = absolute_url(request, procedure.get_absolute_url())
    data = procedure_json_ld(
        procedure,
        url,
        translation.get_language(),
        context.get("practice"),
        provider_url=lambda provider: absolute_url(request, provider.get_absolute_url()),
    )
    return json_ld(data)
