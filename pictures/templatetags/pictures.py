from django import template

from pictures.renditions import picture_sources

register = template.Library()


@register.inclusion_tag("includes/picture.html")
def picture(record, sizes="100vw", css_class="", field="picture"):
    """A record's picture (or its other picture `field`, such as "entrance_picture"), responsive: WebP with a
    JPEG fallback, in the widths made at upload."""
    width, height = getattr(record, f"{field}_width"), getattr(record, f"{field}_height")
    sources = picture_sources(getattr(record, field), width, height)
    return {**sources, "alt": getattr(record, f"{field}_alt"), "sizes": sizes, "css_class": css_class}
