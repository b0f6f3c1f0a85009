from modeltranslation.translator import TranslationOptions, register

from .models import BoardCertification, Provider


@register(Provider)
class ProviderTranslationOptions(TranslationOptions):
    # The name is the same in every language; its slug is not always (accents).
    fields = ("slug", "license_type", "biography", "picture_alt")
    required_languages = {"en": ("slug", "license_type")}


@register(BoardCertification)
class BoardCertificationTranslationOptions(TranslationOptions):
    # A board's name is a proper name, the specialty a common noun.
    fields = ("specialty",)
