import datetime

import reversion
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.shortcuts import redirect
from django.urls import path
from django.utils import formats, timezone
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from modeltranslation.admin import TranslationStackedInline

from staff.content_admin import ContentAdmin
from staff.history import HistoryAdmin
from staff.roles import LimitedChangeAdmin
from staff.stale_edits import StaleEditAdmin
from translations.completeness import NeedsSpanishFilter, needs_spanish

from . import hours, public_holidays
from .forms import ClockTimeField
from .models import (
    Clinic,
    HoursChange,
    OpenAsUsual,
    OpeningHours,
    SpecialDay,
    SpecialHours,
    attach_schedules,
    clock_time,
)
from .templatetags.opening_hours import change_dates, intervals_text, week_text

HOLIDAYS_AHEAD = datetime.timedelta(days=45)
# Opening and closing times in plain inputs, shown and typed as the site shows them ("5:00 p.m."): the admin's
# clock widget offers "Now" and notes the gap to the server's time zone, which mean nothing for weekly hours.
CLOCK_TIMES = {models.TimeField: {"form_class": ClockTimeField, "widget": ClockTimeField.widget}}


def kept_rows(formset):
    """The inline rows that are valid on their own and will be saved (not empty, not marked for deletion)."""
    return [
        form for form in formset.forms if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]


def mark_overlaps(rows, message, **params):
    """Give the later row of each pair of overlapping intervals the error `message`, which names the times
    of the earlier one (and `params`)."""
    intervals = [
        hours.Interval(
            form.cleaned_data["opens"], form.cleaned_data["closes"], frozenset(form.cleaned_data.get("weeks") or ())
        )
        for form in rows
    ]
    for i, j in hours.overlapping(intervals):
        times = {"opens": clock_time(intervals[i].opens, False), "closes": clock_time(intervals[i].closes, False)}
        rows[j].add_error(None, message % (params | times))


class OpeningHoursFormSet(BaseInlineFormSet):
    def clean(self):
        """Intervals of one day may not overlap: the later row of each clash gets the error."""
        super().clean()
        rows = kept_rows(self)
        for weekday in WEEKDAYS:
            mark_overlaps(
                [form for form in rows if form.cleaned_data["weekday"] == weekday],
                _(
                    "This interval overlaps another on %(day)s (%(opens)s – %(closes)s). "
                    "Intervals of one day may not overlap."
                ),
                day=WEEKDAYS[weekday],
            )


class WeeklyHoursInline(admin.TabularInline):
    model = OpeningHours
    formset = OpeningHoursFormSet
    fields = ["weekday", "opens", "closes", "weeks", "by_appointment"]
    extra = 0
    formfield_overrides = CLOCK_TIMES
    classes = ["hours-table"]  # static/admin-site/admin.css


class OpeningHoursInline(WeeklyHoursInline):
    """The clinic's usual weekly hours: those of no change of hours."""

    fk_name = "clinic"
    verbose_name_plural = _("Weekly opening hours (a day without any interval is closed)")

    def get_queryset(self, request):
        return super().get_queryset(request).filter(change__isnull=True)


class NewHoursFormSet(OpeningHoursFormSet):
    def clean(self):
        super().clean()
        if not any(self.errors) and not kept_rows(self):
            raise ValidationError(
                _(
                    "Enter at least one interval: new hours without any would close the clinic every day. "
                    "For a closure, add a special day."
                )
            )


class NewHoursInline(WeeklyHoursInline):
    """The weekly hours of one change of hours; when it is being added, they start as the clinic's current
    hours, for staff to change."""

    fk_name = "change"
    formset = NewHoursFormSet
    verbose_name_plural = _("The new weekly hours (a day without any interval is closed)")

    def get_extra(self, request, obj=None, **kwargs):
        # Without a clinic to start from, one empty row: adding rows needs JavaScript.
        return max(len(current_hours(request)), 1) if obj is None else 0


def current_hours(request):
    """The weekly hours in effect today at the clinic the add form was opened for (?clinic=), as inline
    initial data; read once per request, though both the number of rows and their values need them."""
    if not hasattr(request, "_current_hours"):
        request._current_hours = _current_hours(request)
    return request._current_hours


def _current_hours(request):
    clinic = Clinic.objects.named_by(request.GET.get("clinic", ""))
    if clinic is None:
        return []
    [clinic] = attach_schedules([clinic], timezone.now())
    return [
        {"weekday": weekday, "opens": opens, "closes": closes, "weeks": sorted(weeks), "by_appointment": by_appointment}
        for weekday, intervals in clinic.schedule.weekly.items()
        for opens, closes, weeks, by_appointment in intervals
    ]


class HoursChangeInline(admin.TabularInline):
    """The clinic's changes of hours, on its form: what they are and when; each opens on a page of its own."""

    model = HoursChange
    extra = 0
    fields = ["when", "weekly_hours"]
    readonly_fields = fields
    show_change_link = True
    verbose_name = _("change of weekly hours")
    verbose_name_plural = _("Changes of weekly hours (new hours from a date, summer hours)")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("opening_hours")

    def has_add_permission(self, request, obj=None):
        return False  # on the change's own page, which starts from the current hours

    @admin.display(description=_("when"))
    def when(self, change):
        return change_dates(change, timezone.localdate())

    @admin.display(description=_("hours"))
    def weekly_hours(self, change):
        return week_text(hours.weekly_intervals(change.opening_hours.all()))


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


class SpecialDayInline(TranslationStackedInline):
    """The clinic's special days ahead. A day added here is closed; special hours are entered on the day's
    own page, which holds any number of intervals. Stacked, the dates side by side: in a table the reason's
    language tabs pushed Delete off a laptop's screen, squeezed errors into a narrow column, and cut the row
    off on a phone."""

    model = SpecialDay
    formset = SpecialDayFormSet
    extra = 0
    fields = [("start_date", "end_date"), "reason", "hours"]
    readonly_fields = ["hours"]
    show_change_link = True
    verbose_name_plural = _("Special days ahead (days for all clinics are listed under Special days)")

    def get_queryset(self, request):
        return super().get_queryset(request).upcoming(timezone.localdate()).prefetch_related("hours")

    @admin.display(description=_("hours"))
    def hours(self, special):
        return special_hours_text(special)


def special_hours_text(special):
    return intervals_text(special.intervals) if special.intervals else _("Closed")


@admin.register(Clinic)
class ClinicAdmin(LimitedChangeAdmin, ContentAdmin):
    # Content editors look after the clinic pictures, nothing else of a clinic.
    limited_permission = "locations.change_clinic_photo"
    limited_fields = ["picture", "picture_alt", "entrance_picture", "entrance_picture_alt"]
    list_display = ["name", "street_address", "city", "phone", needs_spanish, "display_order"]
    list_filter = [NeedsSpanishFilter]
    search_fields = ["name_en", "name_es", "street_address", "city", "zip_code"]
    prepopulated_fields = {"slug_en": ["name_en"], "slug_es": ["name_es"]}
    inlines = [OpeningHoursInline, HoursChangeInline, SpecialDayInline]
    change_list_template = "admin/locations/clinic/change_list.html"
    change_form_template = "admin/locations/clinic/change_form.html"
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


class AllClinicsChoice:
    """A ModelAdmin mixin for records of one clinic or of all: the empty choice of clinic says "All clinics"
    rather than "---------"."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "clinic":
            kwargs["empty_label"] = _("All clinics")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


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
        return [("all", _("All clinics (practice-wide)"))] + [(str(pk), name) for pk, name in Clinic.objects.choices()]

    def queryset(self, request, queryset):
        if self.value() == "all":
            return queryset.filter(clinic__isnull=True)
        if self.value() in {value for value, _name in self.lookup_choices}:
            return queryset.filter(clinic_id=self.value())
        return queryset  # an address with anything else in it lists every special day


class SpecialHoursFormSet(BaseInlineFormSet):
    def clean(self):
        """A day closed all day has no hours; a day open has some, and its intervals do not overlap."""
        super().clean()
        if any(self.errors):
            return
        rows = kept_rows(self)
        if self.instance.closed and rows:
            raise ValidationError(
                _('This day is ticked "closed all day": untick it to keep these hours, or delete them.')
            )
        if not self.instance.closed and not rows:
            raise ValidationError(_('Enter the hours of these dates, or tick "closed all day".'))
        mark_overlaps(rows, _("This interval overlaps another (%(opens)s – %(closes)s)."))


class SpecialHoursInline(admin.TabularInline):
    model = SpecialHours
    formset = SpecialHoursFormSet
    extra = 1
    verbose_name_plural = _("Hours of these dates (when not closed all day)")
    formfield_overrides = CLOCK_TIMES
    classes = ["hours-table"]


@admin.register(HoursChange)
class HoursChangeAdmin(StaleEditAdmin, HistoryAdmin):
    list_display = ["clinic", "start_date", "end_date"]
    list_filter = ["clinic"]
    list_select_related = ["clinic"]
    date_hierarchy = "start_date"
    fields = ["clinic", "start_date", "end_date"]
    inlines = [NewHoursInline]

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if request.method == "GET" and obj.pk is None and isinstance(inline, NewHoursInline):
            kwargs["initial"] = current_hours(request)
        return kwargs


@admin.register(SpecialDay)
class SpecialDayAdmin(AllClinicsChoice, ContentAdmin):
    list_display = ["reason", "start_date", "end_date", "applies_to", "hours", needs_spanish]
    list_filter = [WhenFilter, AppliesToFilter, NeedsSpanishFilter]
    search_fields = ["reason_en", "reason_es"]
    date_hierarchy = "start_date"
    list_select_related = ["clinic"]
    inlines = [SpecialHoursInline]
    fieldsets = [
        (None, {"fields": ["clinic", "start_date", "end_date", "reason"]}),
        (
            _("Hours"),
            {
                "description": _(
                    'Tick "closed all day", or untick it and enter the hours of these dates below, as many '
                    "intervals as needed."
                ),
                "fields": ["closed"],
            },
        ),
    ]

    @admin.display(description=_("applies to"), ordering="clinic")
    def applies_to(self, special):
        return special.clinic or _("All clinics")

    @admin.display(description=_("hours"))
    def hours(self, special):
        return special_hours_text(special)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("hours")


@admin.register(OpenAsUsual)
class OpenAsUsualAdmin(AllClinicsChoice, StaleEditAdmin, HistoryAdmin):
    list_display = ["date", "holiday", "applies_to"]
    list_filter = [WhenFilter, AppliesToFilter]
    list_select_related = ["clinic"]
    date_hierarchy = "date"
    fields = ["date", "clinic", "holiday"]

    @admin.display(description=_("applies to"), ordering="clinic")
    def applies_to(self, day):
        return day.clinic or _("All clinics")
