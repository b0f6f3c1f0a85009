from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from staff.content_admin import ContentAdmin
from translations.completeness import NeedsSpanishFilter, needs_spanish

from .models import Notice


@admin.register(Notice)
class NoticeAdmin(ContentAdmin):
    list_display = ["name", "kind", "effective_date", "demo", needs_spanish]
    list_filter = ["demo", NeedsSpanishFilter]
    search_fields = ["name_en", "name_es", "summary_en", "summary_es"]
    prepopulated_fields = {"slug_en": ["name_en"], "slug_es": ["name_es"]}
    readonly_fields = ["required_by"]
    fieldsets = [
        (None, {"fields": ["kind", "required_by", "name", "slug", "summary", "effective_date", "demo"]}),
        (_("Text"), {"fields": ["body", "document"]}),
        (
            _("Contact for questions"),
            {
                "description": _(
                    "Shown under the text. The nondiscrimination notice names the Section 1557 coordinator here."
                ),
                "fields": ["contact_title", "contact_phone", "contact_email", "contact_address"],
            },
        ),
    ]

    def get_readonly_fields(self, request, obj=None):
        # A notice stays the kind it was created as: its page is where the law's notice is.
        return [*super().get_readonly_fields(request, obj), *(["kind"] if obj else [])]

    def has_add_permission(self, request):
        missing = set(Notice.ORDER) - set(Notice.objects.values_list("kind", flat=True))
        return bool(missing) and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        # The law asks for every one of them: staff change a notice, they never take it off the site.
        return False

    @admin.display(description=_("required by"))
    def required_by(self, notice):
        return notice.law or "-"
