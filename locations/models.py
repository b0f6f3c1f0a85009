import datetime
import functools
from collections import defaultdict
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import formats, translation
from django.utils.dates import WEEKDAYS
from django.utils.text import get_text_list
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from choice_lists.fields import ChoiceListField
from phones.numbers import validate_us_phone
from pictures.fields import PictureField
from public_pages.models import PublicPage, picture_upload_to
from spoken_languages.fields import LanguagesField, language_names

from . import hours

TIME_ZONES = [
    ("America/Los_Angeles", _("Pacific time")),
    ("America/Phoenix", _("Arizona time")),
    ("America/Denver", _("Mountain time")),
    ("America/Chicago", _("Central time")),
    ("America/New_York", _("Eastern time")),
    ("America/Anchorage", _("Alaska time")),
    ("Pacific/Honolulu", _("Hawaii time")),
]
ZONE_NAMES = dict(TIME_ZONES)


def default_time_zone():
    return settings.TIME_ZONE


class ClinicQuerySet(models.QuerySet):
    def named_by(self, value):
        """The clinic whose number a query string gives (?clinic=2), or None for anything else."""
        if value.isascii() and value.isdigit() and len(value) < 10:
            return self.filter(pk=value).first()
        return None

    def choices(self):
        """(pk, name) of each clinic, for a list to choose one from: at 100 clinics, loading whole rows cost a
        procedure page about 4 ms of its 29, and clinics with only their names 0.8 ms more than these pairs."""
        return self.values_list("pk", "name")

    def summaries(self):
        """(name, slug, city) of each clinic, as named tuples: what the home page says of each at 100
        clinics (its city, and its name and address in the page's structured data), read in a fifth of the
        time clinic instances take."""
        return self.values_list("name", "slug", "city", named=True)

    def with_schedule(self, moment):
        """The clinics as a list, each with `.schedule` at `moment`, in three queries at most whatever their number."""
        return attach_schedules(list(self), moment)

    def with_providers(self):
        """Each with `published_providers`: who sees patients there, with their board certifications."""
        # The providers app refers to this one, not the other way round.
        providers = self.model._meta.get_field("providers").related_model.objects.published().for_pages()
        return self.prefetch_related(models.Prefetch("providers", queryset=providers, to_attr="published_providers"))


def attach_schedules(clinics, moment):
    """Give each clinic its `.schedule` at `moment`, in three queries at most whatever their number: their
    weekly hours with the changes of hours not yet over, the special days (their own and practice-wide) not
    yet over on the earliest "today" of `moment`, and the hours of those that are not closed all day."""
    pks = [clinic.pk for clinic in clinics]
    today = earliest_today(moment)
    rows = defaultdict(list)  # (clinic, change or None): weekly hours
    changes = {}
    not_over = Q(change__isnull=True) | Q(change__end_date__isnull=True) | Q(change__end_date__gte=today)
    # Plain rows rather than model instances, and the special days' hours by hand rather than with
    # prefetch_related: at 100 clinics, building 1,400 instances took most of the page's time.
    fields = ["clinic_id", "change_id", "weekday", "opens", "closes", "weeks", "by_appointment"]
    loaded = OpeningHours.objects.filter(not_over, clinic__in=pks).values_list(
        *fields, "change__start_date", "change__end_date", named=True
    )
    for row in loaded:
        rows[row.clinic_id, row.change_id].append(row)
        if row.change_id is not None and row.change_id not in changes:
            changes[row.change_id] = HoursChange(
                pk=row.change_id,
                clinic_id=row.clinic_id,
                start_date=row.change__start_date,
                end_date=row.change__end_date,
            )
    for change in changes.values():
        change.weekly = hours.weekly_intervals(rows[change.clinic_id, change.pk])
    specials = list(SpecialDay.objects.filter(Q(clinic__isnull=True) | Q(clinic__in=pks), end_date__gte=today))
    hours_of = defaultdict(list)
    open_days = [special.pk for special in specials if not special.closed]
    for interval in SpecialHours.objects.filter(special_day__in=open_days) if open_days else ():
        hours_of[interval.special_day_id].append(interval)
    for special in specials:
        special.loaded_hours = hours_of[special.pk]
    specials_of, changes_of = defaultdict(list), defaultdict(list)  # by clinic (None: practice-wide)
    for special in specials:
        specials_of[special.clinic_id].append(special)
    for change in changes.values():
        changes_of[change.clinic_id].append(change)
    for clinic in clinics:
        # A clinic's own special days take precedence over practice-wide ones on the same date.
        weekly = hours.weekly_intervals(rows[clinic.pk, None])
        own = specials_of[clinic.pk] + specials_of[None]
        clinic.schedule = hours.Schedule(weekly, own, clinic.tz, moment, changes_of[clinic.pk])
    return clinics


def clinic_path(slug):
    """The address of the clinic page at `slug`, in the page's language."""
    return reverse("locations:detail", kwargs={"slug": slug})


def earliest_today(moment):
    """The earliest "today" of any time zone at this moment."""
    return (moment.astimezone(datetime.UTC) - datetime.timedelta(days=1)).date()


class Clinic(PublicPage):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, help_text=_("The last part of the page address."))
    street_address = models.CharField(_("street address"), max_length=120)
    suite = models.CharField(_("suite"), max_length=40, blank=True, help_text=_('For example "Suite A".'))
    city = models.CharField(_("city"), max_length=60)
    state = models.CharField(
        _("state"),
        max_length=2,
        default="CA",
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Use the two capital letters of the state, e.g. CA."))],
    )
    zip_code = models.CharField(
        _("ZIP code"),
        max_length=10,
        validators=[RegexValidator(r"^\d{5}(-\d{4})?$", _("Enter a ZIP code such as 92108 or 92108-1234."))],
    )
    phone = models.CharField(
        _("phone"),
        max_length=30,
        blank=True,
        validators=[validate_us_phone],
        help_text=_("Leave empty to show the practice's main number."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    display_order = models.PositiveSmallIntegerField(
        _("display order"), default=0, help_text=_("Lower numbers come first.")
    )
    time_zone = models.CharField(_("time zone"), max_length=40, choices=TIME_ZONES, default=default_time_zone)

    # Visit details: how patients get there and in. A feature left unknown is not shown.
    parking = models.TextField(
        _("parking"), blank=True, help_text=_("Where to park, what it costs, accessible spaces.")
    )
    transit = models.TextField(
        _("public transit"), blank=True, help_text=_("The bus or trolley lines and the nearest stops.")
    )
    entrance = models.TextField(
        _("where the entrance is"), blank=True, help_text=_("How to find the door and the suite once there.")
    )
    entrance_picture = PictureField(
        _("entrance photo"),
        upload_to=picture_upload_to,
        blank=True,
        width_field="entrance_picture_width",
        height_field="entrance_picture_height",
        help_text=_("Optional: a photo that helps patients find the door."),
    )
    entrance_picture_width = models.PositiveIntegerField(null=True, editable=False)
    entrance_picture_height = models.PositiveIntegerField(null=True, editable=False)
    entrance_picture_alt = models.CharField(
        _("entrance photo description"),
        max_length=250,
        blank=True,
        help_text=_("What the photo shows, for patients who cannot see it."),
    )
    step_free_entrance = models.BooleanField(_("step-free entrance"), null=True, blank=True)
    elevator = models.BooleanField(_("elevator"), null=True, blank=True)
    accessible_restroom = models.BooleanField(_("accessible restroom"), null=True, blank=True)
    wheelchairs_available = models.BooleanField(_("wheelchairs available"), null=True, blank=True)
    staff_languages = LanguagesField(_("languages the staff speak"), default=list, blank=True)
    demo = models.BooleanField(
        _("demo visit details"),
        default=False,
        help_text=_(
            "The visit details are made-up demo text: check them at the clinic, correct them, then untick this."
        ),
    )

    # (field, what schema.org's amenityFeature calls it): the accessibility features, in the order shown.
    FEATURES = [
        ("step_free_entrance", "Step-free entrance"),
        ("elevator", "Elevator"),
        ("accessible_restroom", "Accessible restroom"),
        ("wheelchairs_available", "Wheelchairs available"),
    ]

    objects = ClinicQuerySet.as_manager()

    class Meta:
        ordering = ["display_order", "name"]
        verbose_name = _("clinic")
        verbose_name_plural = _("clinics")
        permissions = [("change_clinic_photo", _("Can change a clinic's photo"))]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return clinic_path(self.slug)

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Enter both latitude and longitude, or neither."))

    @property
    def street_line(self):
        return ", ".join(part for part in (self.street_address, self.suite) if part)

    @property
    def city_line(self):
        return f"{self.city}, {self.state} {self.zip_code}"

    @property
    def full_address(self):
        return f"{self.street_line}, {self.city_line}"

    @property
    def directions_url(self):
        """Google Maps directions to the clinic: a plain link, no embedded map or API key."""
        return "https://www.google.com/maps/dir/?" + urlencode({"api": 1, "destination": self.full_address})

    def features(self):
        """[(label, yes or no)] for the accessibility features staff recorded, in the page's language."""
        return [
            (self._meta.get_field(field).verbose_name, getattr(self, field))
            for field, _name in self.FEATURES
            if getattr(self, field) is not None
        ]

    def staff_language_names(self):
        return language_names(self.staff_languages)

    @property
    def has_visit_details(self):
        return bool(self.parking or self.transit or self.entrance or self.features() or self.staff_languages)

    @property
    def tz(self):
        return ZoneInfo(self.time_zone)


def check_last_day_not_before_first(first, last):
    if first and last and last < first:
        raise ValidationError({"end_date": _("The last day cannot be before the first day.")})


class HoursInterval(models.Model):
    """What every kind of open interval has: an opening and a closing time that day, and whether patients
    come only at a time they booked."""

    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))
    by_appointment = models.BooleanField(
        _("by appointment only"), default=False, help_text=_("Patients come only at a time they booked.")
    )

    class Meta:
        abstract = True

    def clean(self):
        if self.opens is not None and self.closes is not None and self.closes <= self.opens:
            raise ValidationError({"closes": _("The closing time must be after the opening time.")})


WEEKS_OF_MONTH = [
    (1, _("1st")),
    (2, _("2nd")),
    (3, _("3rd")),
    (4, _("4th")),
    (5, _("5th")),
    (hours.LAST, _("last")),
]


def weeks_text(weeks, weekday):
    """ "1st and 3rd Saturday of the month" / "1.er y 3.er sábado de cada mes"."""
    names = [str(name) for week, name in WEEKS_OF_MONTH if week in weeks]
    return gettext("%(weeks)s %(weekday)s of the month") % {
        "weeks": get_text_list(names, gettext("and")),
        "weekday": WEEKDAYS[weekday],
    }


def clock_time(moment, one_line=True):
    """A wall-clock time (a time, or an aware datetime in the clinic's time zone) in words: "8:00 a.m.", and
    "noon" rather than "12:00 p.m." ("12 del mediodía", which reads after "a las"). On pages it is kept on
    one line; plain text (the admin, calendar feeds) keeps ordinary spaces."""
    time = moment.time() if isinstance(moment, datetime.datetime) else moment
    text = clock_text(time.hour, time.minute, translation.get_language())
    return text.replace(" ", "\N{NO-BREAK SPACE}") if one_line else text


@functools.cache
def clock_text(hour, minute, language):
    # Remembered, as the words for a time in a language change only with the translations (then
    # locations.apps.forget_wording forgets them): an hours table names a few times again and again, and
    # Django's time_format takes 13 µs each, a fifth of a clinics list's render at 100 clinics.
    with translation.override(language):
        if (hour, minute) == (12, 0):
            return pgettext("clock time", "noon")
        return formats.time_format(datetime.time(hour, minute), "TIME_FORMAT")


def clock_times(opens, closes):
    """ "8:00 a.m. – noon", as plain text: an interval as the admin and the calendar feeds name it."""
    return f"{clock_time(opens, one_line=False)} – {clock_time(closes, one_line=False)}"


def weekday_pair(first, last):
    """ "Monday and Tuesday" / "lunes y martes": two days are not a range. (Beside weeks_text, as the
    Spanish crawl would take a public "and" for English on any page naming an English board.)"""
    return get_text_list([str(WEEKDAYS[first]), str(WEEKDAYS[last])], gettext("and"))


class WeeksOfMonthField(ChoiceListField):
    options = WEEKS_OF_MONTH
    coerce = int


class HoursChange(models.Model):
    """Weekly hours that replace the usual ones from a date: for good, or until a last day (summer hours)."""

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="hours_changes", verbose_name=_("clinic"))
    start_date = models.DateField(_("first day"), help_text=_("The new hours apply from the start of this day."))
    end_date = models.DateField(
        _("last day"),
        null=True,
        blank=True,
        help_text=_("Leave empty when the new hours stay. After the last day, the hours from before come back."),
    )

    class Meta:
        ordering = ["clinic", "start_date"]
        verbose_name = _("change of weekly hours")
        verbose_name_plural = _("changes of weekly hours")
        constraints = [
            models.UniqueConstraint(
                fields=["clinic", "start_date"],
                name="hours_change_one_per_first_day",
                violation_error_message=_("This clinic already has a change of hours starting that day."),
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="hours_change_end_after_start",
                violation_error_message=_("The last day cannot be before the first day."),
            ),
        ]

    def __str__(self):
        dates = _date(self.start_date)
        if self.end_date:
            dates = f"{dates} – {_date(self.end_date)}"
        return f"{self.clinic}: {dates}"

    def clean(self):
        check_last_day_not_before_first(self.start_date, self.end_date)


def _date(day):
    return formats.date_format(day, "SHORT_DATE_FORMAT")


class OpeningHours(HoursInterval):
    """One interval on a weekday, of a clinic's usual weekly hours or of a change of them; a weekday without
    any interval is closed."""

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="opening_hours", verbose_name=_("clinic"))
    change = models.ForeignKey(
        HoursChange,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="opening_hours",
        verbose_name=_("change of hours"),
    )
    weekday = models.PositiveSmallIntegerField(_("day"), choices=WEEKDAYS)
    weeks = WeeksOfMonthField(
        _("weeks of the month"),
        default=list,
        blank=True,
        help_text=_("Tick nothing for every week; tick 1st and 3rd for the first and third of the month."),
    )

    class Meta:
        ordering = ["weekday", "opens"]
        verbose_name = _("opening time")
        verbose_name_plural = _("weekly opening hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(closes__gt=F("opens")),
                name="opening_hours_close_after_open",
                violation_error_message=_("The closing time must be after the opening time."),
            )
        ]

    def __str__(self):
        return f"{WEEKDAYS[self.weekday]} {clock_times(self.opens, self.closes)}"

    def save(self, *args, **kwargs):
        if self.change_id is not None:
            self.clinic_id = self.change.clinic_id
        super().save(*args, **kwargs)


class SpecialDayQuerySet(models.QuerySet):
    def upcoming(self, today):
        return self.filter(end_date__gte=today)

    def past(self, today):
        return self.filter(end_date__lt=today)


class SpecialDay(models.Model):
    """A date or date range whose hours replace the weekly ones: closed, or open at its own times."""

    clinic = models.ForeignKey(
        Clinic,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="special_days",
        verbose_name=_("clinic"),
        help_text=_('Choose "All clinics" for a day that applies to every clinic.'),
    )
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"), blank=True, help_text=_("Leave empty for a single day."))
    reason = models.CharField(_("reason"), max_length=120, help_text=_('Shown to patients, e.g. "Thanksgiving".'))
    closed = models.BooleanField(
        _("closed all day"), default=True, help_text=_("Untick it and enter the hours below to open that day.")
    )

    objects = SpecialDayQuerySet.as_manager()

    class Meta:
        ordering = ["start_date", "end_date"]
        verbose_name = _("special day")
        verbose_name_plural = _("special days")
        constraints = [
            models.CheckConstraint(condition=Q(end_date__gte=F("start_date")), name="special_day_end_after_start"),
        ]

    def __str__(self):
        """ "Winter break (December 24, 2026 – January 1, 2027)", the dates in the language's own format."""
        dates = formats.date_format(self.start_date)
        if self.end_date and self.end_date != self.start_date:
            dates = f"{dates} – {formats.date_format(self.end_date)}"
        return f"{self.reason} ({dates})"

    def save(self, *args, **kwargs):
        if self.end_date is None:
            self.end_date = self.start_date
        super().save(*args, **kwargs)

    def clean(self):
        check_last_day_not_before_first(self.start_date, self.end_date)
        if self.start_date:
            self._check_no_other_special_day_on_these_dates()

    @property
    def intervals(self):
        """The hours.Intervals of the day, sorted; none when closed all day."""
        if self.closed:
            return []
        rows = self.loaded_hours if hasattr(self, "loaded_hours") else self.hours.all()  # see attach_schedules
        return sorted(hours.Interval(row.opens, row.closes, by_appointment=row.by_appointment) for row in rows)

    def _check_no_other_special_day_on_these_dates(self):
        if self.clinic is not None and self.clinic.pk is None:
            return  # a clinic being created has no special days yet
        end = self.end_date or self.start_date
        clashes = SpecialDay.objects.filter(clinic=self.clinic, start_date__lte=end, end_date__gte=self.start_date)
        clash = clashes.exclude(pk=self.pk).first()
        if clash is None:
            return
        if self.clinic is None:
            message = _("All clinics already have a special day on these dates: %(other)s.")
        else:
            message = _("%(clinic)s already has a special day on these dates: %(other)s.")
        raise ValidationError(message, params={"clinic": self.clinic, "other": clash}, code="overlap")


class SpecialHours(HoursInterval):
    """One interval of a special day that is not closed all day."""

    special_day = models.ForeignKey(
        SpecialDay, on_delete=models.CASCADE, related_name="hours", verbose_name=_("special day")
    )

    class Meta:
        ordering = ["opens"]
        verbose_name = _("opening time")
        verbose_name_plural = _("hours that day")
        constraints = [
            models.CheckConstraint(
                condition=Q(closes__gt=F("opens")),
                name="special_hours_close_after_open",
                violation_error_message=_("The closing time must be after the opening time."),
            )
        ]

    def __str__(self):
        return clock_times(self.opens, self.closes)


class OpenAsUsualQuerySet(models.QuerySet):
    def upcoming(self, today):
        return self.filter(date__gte=today)

    def past(self, today):
        return self.filter(date__lt=today)


class OpenAsUsual(models.Model):
    """A public holiday on which a clinic, or every clinic, keeps its weekly hours: the front desk's answer
    to the site check's "no special day entered for this holiday"."""

    date = models.DateField(_("date"))
    clinic = models.ForeignKey(
        Clinic,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="open_as_usual",
        verbose_name=_("clinic"),
        help_text=_('Choose "All clinics" when every clinic keeps its weekly hours that day.'),
    )
    holiday = models.CharField(_("holiday"), max_length=120, blank=True)

    objects = OpenAsUsualQuerySet.as_manager()

    class Meta:
        ordering = ["date"]
        verbose_name = _("holiday open as usual")
        verbose_name_plural = _("holidays open as usual")
        constraints = [
            models.UniqueConstraint(fields=["date", "clinic"], name="open_as_usual_once_per_clinic"),
            models.UniqueConstraint(
                fields=["date"], condition=Q(clinic__isnull=True), name="open_as_usual_once_practice_wide"
            ),
        ]

    def __str__(self):
        return f"{self.holiday or _('Holiday')} ({formats.date_format(self.date, 'SHORT_DATE_FORMAT')})"
