from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from locations.models import ZONE_NAMES
from staff.content_admin import ContentAdmin
from translations.completeness import NeedsSpanishFilter, needs_spanish

from .models import Alert


class ShowingFilter(admin.SimpleListFilter):
    title = _("when")
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [("now", _("Showing now")), ("upcoming", _("Upcoming")), ("over", _("Over"))]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "now":
            return queryset.filter(starts_at__lte=now, ends_at__gt=now)
        if self.value() == "upcoming":
            return queryset.filter(starts_at__gt=now)
        if self.value() == "over":
            return queryset.filter(ends_at__lte=now)
        return queryset


@admin.register(Alert)
class AlertAdmin(ContentAdmin):
    list_display = ["message", "applies_to", "shows_from", "shows_until", "state", needs_spanish]
    list_filter = [ShowingFilter, "clinics", NeedsSpanishFilter]
    search_fields = ["message_en", "message_es"]
    filter_horizontal = ["clinics"]
    fields = ["message", "clinics", "time_zone", "starts_at", "ends_at"]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # The times are entered, and shown, in the alert's own time zone (the one just chosen on a save).
        zone = request.POST.get("time_zone")
        if zone not in ZONE_NAMES:
            alert = self.get_object(request, unquote(object_id)) if object_id else None
            zone = alert.time_zone if alert is not None else settings.TIME_ZONE
        with timezone.override(ZoneInfo(zone)):
            response = super().changeform_view(request, object_id, form_url, extra_context)
            # The form's times are written out in the zone: render here, not after this view returns.
            return response.render() if hasattr(response, "render") else response

    @admin.display(description=_("applies to"))
    def applies_to(self, alert):
        return ", ".join(clinic.name for clinic in alert.clinics.all()) or _("All pages")

    def _local(self, alert, moment):
        return f"{formats.date_format(moment.astimezone(alert.tz), 'SHORT_DATETIME_FORMAT')} ({alert.zone_name})"

    @admin.display(description=_("shows from"), ordering="starts_at")
    def shows_from(self, alert):
        return self._local(alert, alert.starts_at)

    @admin.display(description=_("shows until"), ordering="ends_at")
    def shows_until(self, alert):
        return self._local(alert, alert.ends_at)

    @admin.display(description=_("state"))
    def state(self, alert):
        now = timezone.now()
        if alert.shows_at(now):
            return _("Showing now")
        return _("Upcoming") if alert.starts_at > now else _("Over")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("clinics")
