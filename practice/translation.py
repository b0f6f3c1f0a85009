from modeltranslation.translator import TranslationOptions, register

from .models import Practice


@register(Practice)
class PracticeTranslationOptions(TranslationOptions):
    fields = ("name", "intro", "spanish_line")
    required_languages = {"en": ("name", "intro", "spanish_line"), "es": ("name", "intro", "spanish_line")}
