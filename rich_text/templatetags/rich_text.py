import re

from django import template
from django.utils.safestring import mark_safe

from rich_text.fields import sanitize

register = template.Library()

# The editor's headings (h3, h4) in sanitised HTML, which has no attributes on them.
_HEADING = re.compile(r"<(/?)h([34])>")


@register.filter
def rich_text(html, first_heading=3):
    """Text for the page: sanitised again on the way out, whatever wrote it to the database. The editor's
    first heading level is h3, for text under a section's h2; `first_heading=2` is for text that sits right
    under the page's h1 (a notice), so that no heading level is skipped."""
    shift = 3 - int(first_heading)
    cleaned = sanitize(html)
    if shift:
        cleaned = _HEADING.sub(lambda match: f"<{match[1]}h{int(match[2]) - shift}>", cleaned)
    return mark_safe(cleaned)
