from modeltranslation.translator import TranslationOptions, register

from .models import Clinic, SpecialDay


@register(Clinic)
class ClinicTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "picture_alt", "parking", "transit", "entrance", "entrance_picture_alt")
    required_languages = {"en": ("name", "slug")}


@register(SpecialDay)
class SpecialDayTranslationOptions(TranslationOptions):
    fields = ("reason",)
    required_languages = {"en": ("reason",)}
