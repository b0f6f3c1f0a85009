from django.contrib import admin
from django.contrib.admin.widgets import AdminTimeWidget
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from .models import Clinic, OpeningHours


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0
    verbose_name = _("open interval")
    verbose_name_plural = _("Weekly opening hours (a day without any interval is closed)")
    formfield_overrides = {models.TimeField: {"widget": AdminTimeWidget(format="%H:%M")}}


@admin.register(Clinic)
class ClinicAdmin(TabbedTranslationAdmin):
    list_display = ["name", "street_address", "city", "phone", "display_order"]
    list_editable = ["display_order"]
    search_fields = ["name_en", "name_es", "street_address", "city", "zip_code"]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [OpeningHoursInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "phone", "display_order"]}),
        (_("Address"), {"fields": ["street_address", "suite", "city", "state", "zip_code"]}),
        (
            _("Map position"),
            {
                "classes": ["collapse"],
                "description": _("Optional. Directions links use the address."),
                "fields": ["latitude", "longitude"],
            },
        ),
        (_("Photo"), {"fields": ["photo", "photo_alt"]}),
    ]
