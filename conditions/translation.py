from modeltranslation.translator import TranslationOptions, register

from .models import Condition


@register(Condition)
class ConditionTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "slug",
        "other_names",
        "search_terms",
        "summary",
        "what_it_is",
        "symptoms",
        "causes",
        "diagnosis",
        "treatment",
        "when_to_call",
        "picture_alt",
    )
    required_languages = {"en": ("name", "slug", "summary")}
