from django import template
from django.utils.safestring import mark_safe

from rich_text.fields import sanitize

register = template.Library()


@register.filter
def rich_text(html):
    """Section HTML for the page: sanitised again on the way out, whatever wrote it to the database."""
    return mark_safe(sanitize(html))
