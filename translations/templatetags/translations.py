from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from modeltranslation.utils import build_localized_fieldname

register = template.Library()


@register.simple_tag
def fallback_lang(instance, field):
    """` lang="en"` for an element whose text is shown in English because the page's language has none,
    so that screen readers pronounce it right (WCAG 3.1.2); nothing otherwise."""
    if getattr(instance, build_localized_fieldname(field, translation.get_language()), None):
        return ""
    for lang in settings.MODELTRANSLATION_FALLBACK_LANGUAGES:
        if getattr(instance, build_localized_fieldname(field, lang), None):
            return format_html(' lang="{}"', lang)
    return ""
