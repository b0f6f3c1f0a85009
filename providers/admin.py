from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from staff.content_admin import ContentAdmin
from translations.completeness import NeedsSpanishFilter, needs_spanish

from .models import BoardCertification, Provider


class BoardCertificationInline(TranslationTabularInline):
    model = BoardCertification
    extra = 0
    fields = ["board", "specialty", "display_order"]
    verbose_name_plural = _("Board certifications (shown with the name wherever the provider appears)")


@admin.register(Provider)
class ProviderAdmin(ContentAdmin):
    list_display = [
        "display_name",
        "degree",
        "license_type",
        "published",
        "accepting_new_patients",
        "demo",
        needs_spanish,
    ]
    list_filter = ["published", "accepting_new_patients", "demo", "clinics", NeedsSpanishFilter]
    search_fields = ["name", "license_number", "npi"]
    prepopulated_fields = {"slug_en": ["name"], "slug_es": ["name"]}
    filter_horizontal = ["clinics", "procedures"]
    inlines = [BoardCertificationInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "published", "accepting_new_patients", "display_order", "demo"]}),
        (
            _("License and training (California Business and Professions Code 680.5)"),
            {
                "description": _(
                    "The site shows the name, license type, highest academic degree and board certifications "
                    "together, wherever the provider appears."
                ),
                "fields": ["degree", "license_type", "license_number", "npi"],
            },
        ),
        (_("About"), {"fields": ["languages", "biography"]}),
        (_("Where and what"), {"fields": ["clinics", "procedures"]}),
        (_("Photo"), {"fields": ["picture", "picture_alt"]}),
    ]

    @admin.display(description=_("name"), ordering="name")
    def display_name(self, provider):
        return provider.display_name
