from django import template

from clinic.phones import tel_uri as phone_tel_uri

register = template.Library()


@register.filter
def tel_uri(phone):
    """'619-543-0144' -> 'tel:+16195430144', for click-to-call links."""
    return phone_tel_uri(phone) if phone else ""
