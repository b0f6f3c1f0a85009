from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

from phones.numbers import tel_uri as phone_tel_uri

register = template.Library()


@register.filter
def tel_uri(phone):
    """'619-543-0144' -> 'tel:+16195430144', for click-to-call links."""
    return phone_tel_uri(phone) if phone else ""


@register.filter
def call_button(phone):
    """The click-to-call button: "Call 619-543-0144". The words and the number each keep to one line, so a
    narrow button breaks between them ("Llamar al" above "619-543-0144")."""
    return format_html(
        '<a class="button button-call" href="{}"><span class="nowrap">{}</span> <span class="nowrap">{}</span></a>',
        tel_uri(phone),
        _("Call"),
        phone,
    )
