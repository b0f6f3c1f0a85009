from django import template

from pictures.renditions import picture_sources

register = template.Library()


@register.inclusion_tag("includes/picture.html")
def picture(record, sizes="100vw", css_class=""):
    """A record's picture, responsive: WebP with a JPEG fallback, in the widths made at upload."""
    sources = picture_sources(record.picture, record.picture_width, record.picture_height)
    return {**sources, "alt": record.picture_alt, "sizes": sizes, "css_class": css_class}
