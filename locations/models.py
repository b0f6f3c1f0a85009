from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _

from clinic.phones import validate_us_phone

from .hours import week_schedule


class Clinic(models.Model):
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
    photo = models.ImageField(_("photo"), upload_to="clinics/", blank=True)
    photo_alt = models.CharField(
        _("photo description"),
        max_length=250,
        blank=True,
        help_text=_("What the photo shows, for patients who cannot see it."),
    )
    display_order = models.PositiveSmallIntegerField(
        _("display order"), default=0, help_text=_("Lower numbers come first.")
    )

    class Meta:
        ordering = ["display_order", "name"]
        verbose_name = _("clinic")
        verbose_name_plural = _("clinics")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("locations:detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.photo and not self.photo_alt:
            raise ValidationError({"photo_alt": _("Describe the photo for patients who cannot see it.")})
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

    def week_schedule(self):
        """The weekly hours by day; uses prefetched opening_hours when the view loaded them."""
        return week_schedule(self.opening_hours.all())


class OpeningHours(models.Model):
    """One open interval on a weekday; a weekday without any interval is closed."""

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="opening_hours", verbose_name=_("clinic"))
    weekday = models.PositiveSmallIntegerField(_("day"), choices=WEEKDAYS)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        ordering = ["weekday", "opens"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("weekly opening hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(closes__gt=F("opens")),
                name="opening_hours_close_after_open",
                violation_error_message=_("The closing time must be after the opening time."),
            )
        ]

    def __str__(self):
        return f"{WEEKDAYS[self.weekday]} {self.opens:%H:%M}-{self.closes:%H:%M}"

    def clean(self):
        if self.opens is not None and self.closes is not None and self.closes <= self.opens:
            raise ValidationError({"closes": _("The closing time must be after the opening time.")})
