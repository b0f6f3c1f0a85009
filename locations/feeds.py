"""iCalendar feeds (RFC 5545, written with the icalendar package) of the closures, special hours and changes
of weekly hours of the next 12 months, in the page's language: one per clinic, and one for the whole
practice. Each event's UID stays the same from one download to the next, so a subscribed calendar updates it
instead of adding it again."""

import datetime

import icalendar
from django.utils.translation import gettext as _

from . import hours
from .templatetags.opening_hours import intervals_text, week_text

HORIZON = datetime.timedelta(days=365)


def _summary(special, clinic_name):
    if not special.intervals:
        if clinic_name is None:
            return _("All clinics closed: %(reason)s") % {"reason": special.reason}
        return _("%(clinic)s clinic closed: %(reason)s") % {"clinic": clinic_name, "reason": special.reason}
    params = {"clinic": clinic_name, "hours": intervals_text(special.intervals), "reason": special.reason}
    if clinic_name is None:
        return _("All clinics: special hours %(hours)s (%(reason)s)") % params
    return _("%(clinic)s clinic: special hours %(hours)s (%(reason)s)") % params


def _hours_change_events(clinic, today, domain, language, named):
    """An all-day event on each day of the next 12 months when the clinic's weekly hours change, saying the
    new ones. The UID names the clinic and the day, which is what the event is about."""
    events = []
    for period in clinic.schedule.periods[1:]:
        if period.first > today + HORIZON:
            break
        params = {"clinic": clinic.name, "hours": week_text(period.weekly)}
        summary = (
            _("%(clinic)s clinic: new weekly hours: %(hours)s") % params
            if named
            else _("New weekly hours: %(hours)s") % params
        )
        uid = f"weekly-hours-clinic-{clinic.pk}-{period.first:%Y%m%d}@{domain}"
        events.append(_event(uid, period.first, period.first, summary, language, clinic.full_address))
    return events


def _event(uid, first, last, summary, language, location=""):
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", datetime.datetime.now(datetime.UTC).replace(microsecond=0))
    # All-day events: the day's hours are in words, and a closure is a whole local day wherever one reads it.
    event.add("dtstart", first)
    event.add("dtend", last + datetime.timedelta(days=1))
    event.add("summary", summary, parameters={"LANGUAGE": language})
    event.add("transp", "TRANSPARENT")
    if location:
        event.add("location", location)
    return event


def _calendar(name):
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Practice website//Closures and special hours//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def clinic_feed(clinic, today, domain, language):
    """The clinic's own feed: for each run of days decided by one special day (its own or practice-wide),
    one event, as the clinic's page would show those days."""
    calendar = _calendar(_("%(clinic)s clinic: closures and special hours") % {"clinic": clinic.name})
    for event in _hours_change_events(clinic, today, domain, language, named=False):
        calendar.add_component(event)
    runs = []
    day, last_day = today, today + HORIZON
    while day <= last_day:
        special = hours.special_on(day, clinic.schedule.specials)
        if special is not None:
            if runs and runs[-1][0] is special and runs[-1][2] == day - datetime.timedelta(days=1):
                runs[-1][2] = day
            else:
                runs.append([special, day, day])
        day += datetime.timedelta(days=1)
    for special, first, last in runs:
        # A closure already under way keeps the UID it had when it began, day after day.
        began = special.start_date if first == today and special.start_date < today else first
        uid = f"special-day-{special.pk}-clinic-{clinic.pk}-{began:%Y%m%d}@{domain}"
        summary = _summary(special, clinic.name)
        calendar.add_component(_event(uid, first, last, summary, language, clinic.full_address))
    return calendar.to_ical()


def practice_feed(clinics, specials, today, domain, language, practice_name):
    """The practice's feed: every special day of the next 12 months, practice-wide or of one clinic, and
    each clinic's changes of weekly hours."""
    calendar = _calendar(_("%(practice)s: closures and special hours") % {"practice": practice_name})
    for clinic in clinics:
        for event in _hours_change_events(clinic, today, domain, language, named=True):
            calendar.add_component(event)
    for special in specials:
        if special.end_date < today or special.start_date > today + HORIZON:
            continue
        clinic = special.clinic
        summary = _summary(special, clinic.name if clinic else None)
        location = clinic.full_address if clinic else ""
        uid = f"special-day-{special.pk}@{domain}"
        calendar.add_component(_event(uid, special.start_date, special.end_date, summary, language, location))
    return calendar.to_ical()
