from django import template

from clinic.images import picture_sources

register = template.Library()


@register.inclusion_tag("includes/picture.html")
def picture(image, width, height, alt, sizes="100vw", css_class=""):
    """A responsive <picture>: WebP with a JPEG fallback, in the widths made at upload."""
    return {**picture_sources(image, width, height), "alt": alt, "sizes": sizes, "css_class": css_class}
