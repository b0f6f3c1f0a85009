from modeltranslation.translator import TranslationOptions, register

from .models import Procedure


@register(Procedure)
class ProcedureTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "slug",
        "other_names",
        "summary",
        "what_it_is",
        "how_it_is_done",
        "how_long",
        "after",
        "risks",
        "results",
        "picture_alt",
    )
    required_languages = {"en": ("name", "slug", "summary")}
