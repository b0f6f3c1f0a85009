from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from readability.admin import reading_level
from staff.content_admin import ContentAdmin
from translations.completeness import NeedsSpanishFilter, needs_spanish

from .models import Condition


@admin.register(Condition)
class ConditionAdmin(ContentAdmin):
    list_display = ["name", "published", reading_level, needs_spanish, "demo", "display_order"]
    readonly_fields = [reading_level]
    list_filter = ["published", NeedsSpanishFilter, "demo"]
    search_fields = ["name_en", "name_es", "other_names_en", "other_names_es", "search_terms_en", "search_terms_es"]
    prepopulated_fields = {"slug_en": ["name_en"], "slug_es": ["name_es"]}
    filter_horizontal = ["procedures"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "slug",
                    "other_names",
                    "search_terms",
                    "summary",
                    "published",
                    "display_order",
                    "demo",
                ]
            },
        ),
        (
            _("Sections"),
            {
                "description": _("Empty sections are not shown."),
                "fields": [reading_level, *(field for field, _heading, _anchor in Condition.SECTIONS)],
            },
        ),
        (_("Treatments we offer"), {"fields": ["procedures"]}),
        (_("Picture"), {"fields": ["picture", "picture_alt"]}),
    ]
