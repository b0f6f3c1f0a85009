"""The languages a provider, or a clinic's staff, speak with patients, as language tags (which JSON-LD's
knowsLanguage and availableLanguage also use), ticked in the admin from a fixed list."""

from django.utils.translation import gettext_lazy as _

from choice_lists.fields import ChoiceListField

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


class LanguagesField(ChoiceListField):
    """The tags of the languages spoken, as a list; ticked in the admin from LANGUAGES."""

    options = LANGUAGES
