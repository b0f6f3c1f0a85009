from modeltranslation.translator import TranslationOptions, register

from .models import Alert


@register(Alert)
class AlertTranslationOptions(TranslationOptions):
    fields = ("message",)
    required_languages = {"en": ("message",)}
