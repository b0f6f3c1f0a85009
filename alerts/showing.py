"""Which alerts a page shows, read once per request: those showing now, and when that next changes."""

import datetime

from django.utils import timezone

from .models import Alert


class Showing:
    """The alerts of one moment, from one query (two when any exists: their clinics)."""

    def __init__(self, moment):
        self.moment = moment
        self.not_over = alerts = list(Alert.objects.not_over(moment))
        self.now = [alert for alert in alerts if alert.shows_at(moment)]
        # The next moment an alert appears or disappears: a cached page must not outlive it.
        boundaries = [alert.starts_at for alert in alerts if alert.starts_at > moment]
        boundaries += [alert.ends_at for alert in self.now]
        self.changes_at = min(boundaries, default=None)

    @property
    def practice_wide(self):
        return [alert for alert in self.now if not alert.clinics.all()]

    def for_clinic(self, clinic):
        return [alert for alert in self.now if _names(alert, clinic)]

    def on_day(self, day, clinic):
        """The alerts for `clinic` (its own and practice-wide) that show at some time of its local date `day`."""
        starts = datetime.datetime.combine(day, datetime.time(), tzinfo=clinic.tz)
        ends = starts + datetime.timedelta(days=1)
        return [
            alert
            for alert in self.not_over
            if alert.starts_at < ends and alert.ends_at > starts and (not alert.clinics.all() or _names(alert, clinic))
        ]

    def seconds_left(self):
        """Whole seconds until the next change, rounded down: a page expires at it, never after it."""
        if self.changes_at is None:
            return None
        return max(0, int((self.changes_at - self.moment) / datetime.timedelta(seconds=1)))


def _names(alert, clinic):
    return any(named.pk == clinic.pk for named in alert.clinics.all())


def showing(request):
    """The request's Showing, made on first use (pages that never show alerts pay nothing)."""
    if not hasattr(request, "_alerts"):
        request._alerts = Showing(timezone.now())
    return request._alerts
