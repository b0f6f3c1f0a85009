from modeltranslation.translator import TranslationOptions, register

from .models import Procedure, Reference


@register(Procedure)
class ProcedureTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "slug",
        "other_names",
        "search_terms",
        "summary",
        "what_it_is",
        "why_done",
        "preparation",
        "how_it_is_done",
        "what_you_feel",
        "how_long",
        "after",
        "recovery",
        "risks",
        "results",
        "when_to_call",
        "questions",
        "picture_alt",
    )
    required_languages = {"en": ("name", "slug", "summary")}


@register(Reference)
class ReferenceTranslationOptions(TranslationOptions):
    # A source read in Spanish has its own title and address; the publisher's name is a proper name.
    fields = ("title", "url")
    required_languages = {"en": ("title", "url")}
