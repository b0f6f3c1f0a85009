from django import template
from django.utils.translation import gettext as _

from locations.models import clock_time
from locations.templatetags.opening_hours import long_date

from ..showing import showing

register = template.Library()


def until(alert):
    """ "Until Wednesday, December 2, 5:00 p.m. (Pacific time)": in the alert's time zone, named."""
    end = alert.ends_at.astimezone(alert.tz)
    return _("Until %(date)s, %(time)s (%(zone)s)") % {
        "date": long_date(end.date()),
        "time": clock_time(end),
        "zone": alert.zone_name,
    }


@register.inclusion_tag("includes/alerts.html", takes_context=True)
def alerts(context, clinic=None):
    """The alerts showing now: a clinic's own, or without a clinic the practice-wide ones."""
    shown = showing(context["request"])
    current = shown.for_clinic(clinic) if clinic is not None else shown.practice_wide
    return {"alerts": [(alert, until(alert)) for alert in current]}


@register.simple_tag(takes_context=True)
def day_alerts(context, day, clinic):
    """The alerts that show on `day` for `clinic`, for a cell of the week view."""
    return showing(context["request"]).on_day(day, clinic)
