import datetime

import reversion
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminTimeWidget
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.shortcuts import redirect
from django.urls import path
from django.utils import formats, timezone
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from modeltranslation.admin import TranslationTabularInline

from staff.content_admin import ContentAdmin
from staff.history import HistoryAdmin
from staff.roles import LimitedChangeAdmin
from staff.stale_edits import StaleEditAdmin
from translations.completeness import NeedsSpanishFilter, needs_spanish

from . import hours, public_holidays
from .models import Clinic, OpenAsUsual, OpeningHours, SpecialDay
from .templatetags.opening_hours import intervals_text

HOLIDAYS_AHEAD = datetime.timedelta(days=45)
HOURS_AND_MINUTES = {models.TimeField: {"widget": AdminTimeWidget(format="%H:%M")}}


def _time(value):
    return formats.time_format(value, "TIME_FORMAT")


def kept_rows(formset):
    """The inline rows that are valid on their own and will be saved (not empty, not marked for deletion)."""
    return [
        form for form in formset.forms if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]


class OpeningHoursFormSet(BaseInlineFormSet):
    def clean(self):
        """Intervals of one day may not overlap: the later row of each clash gets the error."""
        super().clean()
        rows = kept_rows(self)
        for weekday in WEEKDAYS:
            day_rows = [form for form in rows if form.cleaned_data["weekday"] == weekday]
            intervals = [(form.cleaned_data["opens"], form.cleaned_data["closes"]) for form in day_rows]
            for i, j in hours.overlapping(intervals):
                opens, closes = intervals[i]
                day_rows[j].add_error(
                    None,
                    _(
                        "This interval overlaps another on %(day)s (%(opens)s – %(closes)s). "
                        "Intervals of one day may not overlap."
                    )
                    % {"day": WEEKDAYS[weekday], "opens": _time(opens), "closes": _time(closes)},
                )


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    formset = OpeningHoursFormSet
    extra = 0
    verbose_name = _("open interval")
    verbose_name_plural = _("Weekly opening hours (a day without any interval is closed)")
    formfield_overrides = HOURS_AND_MINUTES


class SpecialDayFormSet(BaseInlineFormSet):
    def clean(self):
        """Two special days of one clinic may not share a date: which one would apply?"""
        super().clean()
        rows = kept_rows(self)
        for i, form in enumerate(rows):
            start = form.cleaned_data["start_date"]
            end = form.cleaned_data.get("end_date") or start
            for other in rows[:i]:
                other_start = other.cleaned_data["start_date"]
                other_end = other.cleaned_data.get("end_date") or other_start
                if start <= other_end and other_start <= end:
                    form.add_error("start_date", _("These dates overlap with another special day in this list."))


class SpecialDayInline(TranslationTabularInline):
    model = SpecialDay
    formset = SpecialDayFormSet
    extra = 0
    fields = ["start_date", "end_date", "reason", "closed", "opens", "closes", "opens_2", "closes_2"]
    verbose_name = _("special day")
    verbose_name_plural = _("Special days and holidays ahead (practice-wide ones are under Special days)")
    formfield_overrides = HOURS_AND_MINUTES

    def get_queryset(self, request):
        return super().get_queryset(request).upcoming(timezone.localdate())


@admin.register(Clinic)
class ClinicAdmin(LimitedChangeAdmin, ContentAdmin):
    # Content editors look after the clinic pictures, nothing else of a clinic.
    limited_permission = "locations.change_clinic_photo"
    limited_fields = ["picture", "picture_alt", "entrance_picture", "entrance_picture_alt"]
    list_display = ["name", "street_address", "city", "phone", needs_spanish, "display_order"]
    list_filter = [NeedsSpanishFilter]
    search_fields = ["name_en", "name_es", "street_address", "city", "zip_code"]
    prepopulated_fields = {"slug_en": ["name_en"], "slug_es": ["name_es"]}
    inlines = [OpeningHoursInline, SpecialDayInline]
    change_list_template = "admin/locations/clinic/change_list.html"
    fieldsets = [
        (None, {"fields": ["name", "slug", "phone", "display_order", "time_zone"]}),
        (_("Address"), {"fields": ["street_address", "suite", "city", "state", "zip_code"]}),
        (
            _("Map position"),
            {
                "classes": ["collapse"],
                "description": _("Optional. Directions links use the address."),
                "fields": ["latitude", "longitude"],
            },
        ),
        (_("Picture"), {"fields": ["picture", "picture_alt"]}),
        (
            _("Getting here (visit details)"),
            {
                "description": _(
                    'Shown on the clinic\'s page under "Getting here". Leave a feature unknown to leave it out.'
                ),
                "fields": [
                    "demo",
                    "parking",
                    "transit",
                    "entrance",
                    "entrance_picture",
                    "entrance_picture_alt",
                    ("step_free_entrance", "elevator"),
                    ("accessible_restroom", "wheelchairs_available"),
                    "staff_languages",
                ],
            },
        ),
    ]

    def get_urls(self):
        close = self.admin_site.admin_view(require_POST(self.close_for_holiday))
        return [path("close-for-holiday/", close, name="locations_clinic_close_for_holiday"), *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        """The list of clinics, under the public holidays of the next 45 days on which a clinic normally open
        has nothing decided, each with one button that closes every clinic that day."""
        today = timezone.localdate()
        context = {
            "undecided_holidays": public_holidays.undecided(today, today + HOLIDAYS_AHEAD),
            "may_close_for_holidays": request.user.has_perm("locations.add_specialday"),
            **(extra_context or {}),
        }
        return super().changelist_view(request, context)

    def close_for_holiday(self, request):
        """Closed days for a holiday the list offers, named in both languages: one practice-wide day when
        nothing at all is decided for that date, else one for each clinic still waiting, so that a clinic
        marked open as usual, or with its own hours that day, keeps them."""
        if not request.user.has_perm("locations.add_specialday"):
            raise PermissionDenied
        today = timezone.localdate()
        offered = {
            str(holiday.date): (holiday, clinics)
            for holiday, clinics in public_holidays.undecided(today, today + HOLIDAYS_AHEAD)
        }
        holiday, waiting = offered.get(request.POST.get("date", ""), (None, []))
        if holiday is None:
            messages.error(request, _("That holiday has already been decided, or is not one of the next 45 days."))
            return redirect("admin:locations_clinic_changelist")
        decided = (
            OpenAsUsual.objects.filter(date=holiday.date).exists()
            or SpecialDay.objects.filter(start_date__lte=holiday.date, end_date__gte=holiday.date).exists()
        )
        names = {"start_date": holiday.date, "end_date": holiday.date, "reason_en": holiday.name_en}
        closures = [SpecialDay(clinic=clinic, **names, reason_es=holiday.name_es) for clinic in waiting]
        if not decided:
            closures = [SpecialDay(**names, reason_es=holiday.name_es)]
        try:
            for closure in closures:
                closure.full_clean()
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("admin:locations_clinic_changelist")
        for closure in closures:
            with reversion.create_revision():
                closure.save()
                reversion.set_user(request.user)
                reversion.set_comment(_("Closed for a public holiday"))
            self.log_addition(request, closure, [{"added": {}}])
        params = {"date": formats.date_format(holiday.date), "holiday": closures[0].reason}
        if decided:
            params["clinics"] = ", ".join(clinic.name for clinic in waiting)
            messages.success(request, _("Closed on %(date)s (%(holiday)s): %(clinics)s.") % params)
        else:
            messages.success(request, _("Every clinic is closed on %(date)s (%(holiday)s).") % params)
        return redirect("admin:locations_clinic_changelist")


class WhenFilter(admin.SimpleListFilter):
    title = _("when")
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [("upcoming", _("Today and later")), ("past", _("Past"))]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "upcoming":
            return queryset.upcoming(today)
        if self.value() == "past":
            return queryset.past(today)
        return queryset


class AppliesToFilter(admin.SimpleListFilter):
    title = _("applies to")
    parameter_name = "clinic"

    def lookups(self, request, model_admin):
        return [("all", _("All clinics (practice-wide)"))] + [(str(c.pk), c.name) for c in Clinic.objects.all()]

    def queryset(self, request, queryset):
        if self.value() == "all":
            return queryset.filter(clinic__isnull=True)
        if self.value() in {value for value, _name in self.lookup_choices}:
            return queryset.filter(clinic_id=self.value())
        return queryset  # an address with anything else in it lists every special day


@admin.register(SpecialDay)
class SpecialDayAdmin(ContentAdmin):
    list_display = ["reason", "start_date", "end_date", "applies_to", "hours", needs_spanish]
    list_filter = [WhenFilter, AppliesToFilter, NeedsSpanishFilter]
    search_fields = ["reason_en", "reason_es"]
    date_hierarchy = "start_date"
    list_select_related = ["clinic"]
    formfield_overrides = HOURS_AND_MINUTES
    fieldsets = [
        (None, {"fields": ["clinic", "start_date", "end_date", "reason"]}),
        (
            _("Hours"),
            {
                "description": _('Tick "closed all day", or untick it and enter the hours for these dates.'),
                "fields": ["closed", ("opens", "closes"), ("opens_2", "closes_2")],
            },
        ),
    ]

    @admin.display(description=_("applies to"), ordering="clinic")
    def applies_to(self, special):
        return special.clinic or _("All clinics")

    @admin.display(description=_("hours"))
    def hours(self, special):
        if not special.intervals:
            return _("Closed")
        return intervals_text(special.intervals)


@admin.register(OpenAsUsual)
class OpenAsUsualAdmin(StaleEditAdmin, HistoryAdmin):
    list_display = ["date", "holiday", "applies_to"]
    list_filter = [WhenFilter, AppliesToFilter]
    list_select_related = ["clinic"]
    date_hierarchy = "date"
    fields = ["date", "clinic", "holiday"]

    @admin.display(description=_("applies to"), ordering="clinic")
    def applies_to(self, day):
        return day.clinic or _("All clinics")
