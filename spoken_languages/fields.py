"""The languages a provider, or a clinic's staff, speak with patients, as language tags (which JSON-LD's
knowsLanguage and availableLanguage also use), ticked in the admin from a fixed list."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# Languages staff and providers may speak with patients: English, Spanish and the languages most spoken in
# California after them. Stored as language tags, which JSON-LD's knowsLanguage also uses.
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("zh", _("Chinese")),
    ("tl", _("Tagalog")),
    ("vi", _("Vietnamese")),
    ("ko", _("Korean")),
    ("hy", _("Armenian")),
    ("fa", _("Persian")),
    ("ru", _("Russian")),
    ("ja", _("Japanese")),
    ("ar", _("Arabic")),
    ("pa", _("Punjabi")),
    ("km", _("Khmer")),
    ("hmn", _("Hmong")),
    ("hi", _("Hindi")),
    ("th", _("Thai")),
    ("pt", _("Portuguese")),
    ("fr", _("French")),
    ("ase", _("American Sign Language")),
]
LANGUAGE_NAMES = dict(LANGUAGES)


def language_names(tags):
    """The names of the languages tagged, in the page's language; a tag no longer offered is left out."""
    return [LANGUAGE_NAMES[tag] for tag in tags if tag in LANGUAGE_NAMES]


class LanguagesField(models.JSONField):
    """The tags of the languages spoken, as a list; ticked in the admin from LANGUAGES."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=LANGUAGES,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if not isinstance(value, list) or any(tag not in LANGUAGE_NAMES for tag in value):
            raise ValidationError(_("Choose the languages from the list."), code="invalid_language")
