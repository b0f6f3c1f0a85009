from django.conf import settings
from django.contrib import admin
from django.utils import formats, timezone, translation
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from readability.admin import reading_level
from staff.content_admin import ContentAdmin
from translations.completeness import NeedsSpanishFilter, needs_spanish

from .models import Procedure, Reference


class ReviewDueFilter(admin.SimpleListFilter):
    title = _("medical review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("due", _("Due (none, or over 12 months ago)")), ("done", _("Up to date"))]

    def queryset(self, request, queryset):
        due = queryset.review_due(timezone.localdate())
        if self.value() == "due":
            return due
        if self.value() == "done":
            return queryset.exclude(pk__in=due.values("pk"))
        return queryset


class ReferenceInline(TranslationTabularInline):
    model = Reference
    extra = 1
    fields = ["title", "publisher", "url", "display_order"]
    verbose_name_plural = _("References (listed at the end of the page, for patients who want to read more)")


@admin.register(Procedure)
class ProcedureAdmin(ContentAdmin):
    list_display = ["name", "published", "review", reading_level, needs_spanish, "demo", "display_order"]
    list_filter = ["published", ReviewDueFilter, NeedsSpanishFilter, "demo"]
    list_select_related = ["reviewed_by"]
    inlines = [ReferenceInline]
    readonly_fields = ["preview", reading_level]
    search_fields = ["name_en", "name_es", "other_names_en", "other_names_es", "search_terms_en", "search_terms_es"]
    prepopulated_fields = {"slug_en": ["name_en"], "slug_es": ["name_es"]}
    filter_horizontal = ["related"]
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
                    "preview",
                    "display_order",
                    "demo",
                ]
            },
        ),
        (
            _("Medical review"),
            {
                "description": _(
                    'The page says "Medically reviewed by … on …". Have it reviewed again at least every 12 months.'
                ),
                "fields": ["reviewed_by", "reviewed_on"],
            },
        ),
        (
            _("Sections"),
            {
                "description": _("Empty sections are not shown."),
                "fields": [reading_level, *(field for field, _heading, _anchor in Procedure.SECTIONS)],
            },
        ),
        (_("Picture"), {"fields": ["picture", "picture_alt"]}),
        (_("Other options"), {"fields": ["related"]}),
    ]

    @admin.display(description=_("medical review"), ordering="reviewed_on")
    def review(self, procedure):
        if procedure.reviewed_on is None or procedure.reviewed_by is None:
            return _("Never reviewed: due")
        when = _("%(date)s by %(provider)s") % {
            "date": formats.date_format(procedure.reviewed_on, "SHORT_DATE_FORMAT"),
            "provider": procedure.reviewed_by,
        }
        if procedure.review_is_due(timezone.localdate()):
            return _("%(when)s: due") % {"when": when}
        return when

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
