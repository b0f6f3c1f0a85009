from django import template
from django.utils import translation

from public_pages.origin import absolute_url
from public_pages.templatetags.json_ld import json_ld

from ..structured_data import provider_json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def provider_data(context, provider):
    """The provider's JSON-LD, built from the data the page already shows (no extra queries)."""
    request = context["request"]
    picture = absolute_url(request, provider.picture.url) if provider.picture else None
    return json_ld(
        provider_json_ld(
            provider,
            absolute_url(request, provider.get_absolute_url()),
            translation.get_language(),
            lambda clinic: absolute_url(request, clinic.get_absolute_url()),
            picture,
        )
    )
