"""Which records still miss Spanish text: for staff in the admin, and for the lang attribute on pages."""

from django.conf import settings
from django.contrib import admin
from django.db.models import Q
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

DEFAULT = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def _field_pairs(model, lang):
    """(default-language name, `lang` name) of every translated field of a model."""
    for field in translator.get_options_for_model(model).fields:
        yield build_localized_fieldname(field, DEFAULT), build_localized_fieldname(field, lang)


def missing_translation(model, lang="es"):
    """Records with English text in a field whose `lang` version is empty: a Q for the database."""
    missing = Q()
    for default, other in _field_pairs(model, lang):
        has_default = Q(**{f"{default}__isnull": False}) & ~Q(**{default: ""})
        lacks_other = Q(**{f"{other}__isnull": True}) | Q(**{other: ""})
        missing |= has_default & lacks_other
    return missing


def lacks_translation(instance, lang="es"):
    """The same question for one record already loaded."""
    return any(
        getattr(instance, default) and not getattr(instance, other)
        for default, other in _field_pairs(type(instance), lang)
    )


class NeedsSpanishFilter(admin.SimpleListFilter):
    title = _("Spanish text")
    parameter_name = "spanish"

    def lookups(self, request, model_admin):
        return [("missing", _("Needs Spanish")), ("complete", _("Complete"))]

    def queryset(self, request, queryset):
        if self.value() == "missing":
            return queryset.filter(missing_translation(queryset.model))
        if self.value() == "complete":
            return queryset.exclude(missing_translation(queryset.model))
        return queryset


@admin.display(description=_("Spanish text"))
def needs_spanish(instance):
    """A warning where Spanish is missing; a plain word where the record is complete."""
    if not lacks_translation(instance):
        return _("Complete")
    return format_html(
        '<img src="{}" alt="" width="14" height="14"> {}', static("admin/img/icon-alert.svg"), _("Needs Spanish")
    )
