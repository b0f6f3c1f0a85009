from modeltranslation.translator import TranslationOptions, register

from .models import Notice


@register(Notice)
class NoticeTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "summary", "body", "contact_title")
    required_languages = {"en": ("name", "slug", "summary", "body")}
