from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from staff.content_admin import ContentAdmin
from staff.roles import LimitedChangeAdmin

from .models import LanguageTagline, Practice


class LanguageTaglineInline(admin.TabularInline):
    model = LanguageTagline
    extra = 0
    verbose_name_plural = _("Taglines in other languages (on the language assistance notice)")


@admin.register(Practice)
class PracticeAdmin(LimitedChangeAdmin, ContentAdmin):
    # The front desk keeps the phone number and portal address current; nothing else.
    limited_permission = "practice.change_practice_contact"
    limited_fields = ["phone", "portal_url"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["name", "intro", "spanish_line"]}),
        (_("Contact"), {"fields": ["phone", "portal_url"]}),
        (_("Social links"), {"fields": ["facebook_url", "twitter_url"]}),
    ]
    inlines = [LanguageTaglineInline]

    def has_add_permission(self, request):
        return not Practice.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        """There is one practice: the list goes straight to its form."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        practice = Practice.load()
        if practice is None:
            return redirect(reverse("admin:practice_practice_add"))
        return redirect(reverse("admin:practice_practice_change", args=[practice.pk]))
