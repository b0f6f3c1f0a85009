from modeltranslation.translator import TranslationOptions, register

from .models import Clinic


@register(Clinic)
class ClinicTranslationOptions(TranslationOptions):
    fields = ("name", "photo_alt")
    required_languages = {"en": ("name",)}
