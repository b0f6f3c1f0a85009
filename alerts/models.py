from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from locations.models import TIME_ZONES, ZONE_NAMES, default_time_zone


class AlertQuerySet(models.QuerySet):
    def not_over(self, moment):
        """Alerts showing at `moment` and those still to come, with their clinics."""
        return self.filter(ends_at__gt=moment).prefetch_related("clinics")


class Alert(models.Model):
    """A message for patients that shows by itself between two moments: practice-wide on every page, or on
    the pages of the clinics it names."""

    message = models.CharField(
        _("message"), max_length=300, help_text=_('For example "Escondido is closed today because of a power outage."')
    )
    clinics = models.ManyToManyField(
        "locations.Clinic",
        blank=True,
        related_name="alerts",
        verbose_name=_("clinics"),
        help_text=_("Leave empty for an alert on every page of the site."),
    )
    starts_at = models.DateTimeField(_("shows from"))
    ends_at = models.DateTimeField(_("shows until"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TIME_ZONES,
        default=default_time_zone,
        help_text=_("The times below are in this time zone, and pages name it."),
    )

    objects = AlertQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        constraints = [models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="alert_ends_after_start")]

    def __str__(self):
        return self.message

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The alert must end after it starts.")})

    @property
    def tz(self):
        return ZoneInfo(self.time_zone)

    @property
    def zone_name(self):
        """ "Pacific time": how pages name the zone the alert's times are in."""
        return ZONE_NAMES.get(self.time_zone, self.time_zone)

    def shows_at(self, moment):
        return self.starts_at <= moment < self.ends_at
