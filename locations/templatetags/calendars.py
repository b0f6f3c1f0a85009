from urllib.parse import urlsplit, urlunsplit

from django import template

from public_pages.origin import site_origin

register = template.Library()


@register.inclusion_tag("includes/calendar_links.html", takes_context=True)
def calendar_links(context, feed, label):
    """A link to download an iCalendar feed, and its webcal:// twin that calendar apps subscribe to."""
    origin = urlsplit(site_origin(context["request"]))
    return {"feed": feed, "label": label, "webcal": urlunsplit(("webcal", origin.netloc, feed, "", ""))}
