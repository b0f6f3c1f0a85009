from django.conf import settings
from django.contrib import admin
from django.utils import translation
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from staff.content_admin import ContentAdmin
from translations.completeness import NeedsSpanishFilter, needs_spanish

from .models import Procedure


@admin.register(Procedure)
class ProcedureAdmin(ContentAdmin):
    list_display = ["name", "published", needs_spanish, "display_order"]
    list_filter = ["published", NeedsSpanishFilter]
    readonly_fields = ["preview"]
    search_fields = ["name_en", "name_es", "other_names_en", "other_names_es", "summary_en", "summary_es"]
    prepopulated_fields = {"slug_en": ["name_en"], "slug_es": ["name_es"]}
    filter_horizontal = ["related"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "other_names", "summary", "published", "preview", "display_order"]}),
        (
            _("Sections"),
            {
                "description": _("Empty sections are not shown."),
                "fields": [field for field, _heading, _anchor in Procedure.SECTIONS],
            },
        ),
        (_("Picture"), {"fields": ["picture", "picture_alt"]}),
        (_("Other options"), {"fields": ["related"]}),
    ]

    @admin.display(description=_("preview"))
    def preview(self, procedure):
        """Links to the page as patients will see it, also before it is published (staff only)."""
        if procedure.pk is None:
            return _("Save first to preview the page.")
        links = []
        for code, name in settings.LANGUAGES:
            with translation.override(code):
                links.append((procedure.get_absolute_url(), name))
        return format_html_join(" | ", '<a href="{}" target="_blank">{}</a>', links)
