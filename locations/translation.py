from modeltranslation.translator import TranslationOptions, register

from .models import Clinic, SpecialDay


@register(Clinic)
class ClinicTranslationOptions(TranslationOptions):
    fields = ("name", "photo_alt")
    required_languages = {"en": ("name",)}


@register(SpecialDay)
class SpecialDayTranslationOptions(TranslationOptions):
    fields = ("reason",)
    required_languages = {"en": ("reason",)}
