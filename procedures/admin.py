from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from .models import Procedure


@admin.register(Procedure)
class ProcedureAdmin(TabbedTranslationAdmin):
    list_display = ["name", "published", "display_order"]
    list_editable = ["display_order"]
    list_filter = ["published"]
    search_fields = ["name_en", "name_es", "other_names_en", "other_names_es", "summary_en", "summary_es"]
    prepopulated_fields = {"slug": ["name_en"]}
    filter_horizontal = ["related"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "other_names", "summary", "published", "display_order"]}),
        (
            _("Sections"),
            {
                "description": _("Empty sections are not shown. Leave a blank line between paragraphs."),
                "fields": [field for field, _heading, _anchor in Procedure.SECTIONS],
            },
        ),
        (_("Image"), {"fields": ["image", "image_alt"]}),
        (_("Other options"), {"fields": ["related"]}),
    ]
