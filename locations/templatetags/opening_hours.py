"""Opening hours in words, in the page's language, from what locations/hours.py computes."""

import functools

from django import template
from django.utils import formats, translation
from django.utils.dates import WEEKDAYS
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from locations import hours
from locations.models import clock_time, clock_times, weekday_pair, weeks_text
from translations.templatetags.translations import fallback_lang

register = template.Library()


def _at(moment, **params):
    """The count that picks "a la 1:00" or "a las 2:00" in Spanish (a plural form), and the format values."""
    return int(moment.strftime("%I")), {"time": clock_time(moment), **params}


@register.filter
def long_date(day):
    """'Thursday, November 26' / 'jueves 26 de noviembre', from Django's own month-day format."""
    return long_date_in(day, translation.get_language())


# The dates of the coming weeks, in each language: remembered for the same reason as clock times
# (locations.models.clock_text), as special days and the week view name the same dates on every card.
@functools.lru_cache(maxsize=1024)
def long_date_in(day, language):
    with translation.override(language):
        return pgettext("weekday and date", "%(weekday)s, %(date)s") % {
            "weekday": WEEKDAYS[day.weekday()],
            "date": formats.date_format(day, "MONTH_DAY_FORMAT"),
        }


@register.filter
def special_dates(special):
    return _date_range(special.start_date, special.end_date)


def _date_range(first, last):
    if first == last:
        return long_date(first)
    return _("%(first)s to %(last)s") % {"first": long_date(first), "last": long_date(last)}


@register.filter
def weekday_range(group):
    """'Monday–Wednesday' / 'lunes a miércoles' (two days: 'Monday and Tuesday') for a hours.WeekdayGroup."""
    return _weekday_range(group.first, group.last)


def _weekday_range(first, last):
    if first == last:
        return str(WEEKDAYS[first])
    if last == first + 1:
        return weekday_pair(first, last)
    return _("%(first)s–%(last)s") % {"first": WEEKDAYS[first], "last": WEEKDAYS[last]}


def _opening(opens_at, today):
    """The next opening in words, relative to today; `opens_at` is in the clinic's time zone."""
    days = (opens_at.date() - today).days
    if days == 0:
        hour, params = _at(opens_at)
        return ngettext("Opens today at %(time)s", "Opens today at %(time)s", hour) % params
    if days == 1:
        hour, params = _at(opens_at)
        return ngettext("Opens tomorrow at %(time)s", "Opens tomorrow at %(time)s", hour) % params
    if days < 7:
        hour, params = _at(opens_at, weekday=WEEKDAYS[opens_at.weekday()])
        return ngettext("Opens %(weekday)s at %(time)s", "Opens %(weekday)s at %(time)s", hour) % params
    hour, params = _at(opens_at, date=long_date(opens_at.date()))
    return ngettext("Opens %(date)s at %(time)s", "Opens %(date)s at %(time)s", hour) % params


def _with_reason(message, special):
    """A translated sentence holding a special day's reason, marked lang="en" where Spanish is missing."""
    lang = fallback_lang(special, "reason")
    reason = format_html("<span{}>{}</span>", lang, special.reason) if lang else conditional_escape(special.reason)
    return mark_safe(conditional_escape(message) % {"reason": reason})


@register.simple_tag
def clinic_status(schedule):
    """The clinic's state in one line: a short headline a patient can scan, then the detail."""
    status = schedule.status
    special = status.special
    if status.is_open:
        headline = _("Open now, closing soon") if status.closing_soon else _("Open now")
        hour, params = _at(status.closes_at.astimezone(schedule.tz))
        detail = ngettext("Closes at %(time)s", "Closes at %(time)s", hour) % params
        if special is not None:
            detail = format_html("{} {}", detail, _with_reason(_("Special hours today: %(reason)s."), special))
        state = "closing-soon" if status.closing_soon else "open"
    elif status.appointments_until is not None:
        headline = _("By appointment only")
        hour, params = _at(status.appointments_until.astimezone(schedule.tz))
        detail = (
            ngettext(
                "Until %(time)s. Please call us to make an appointment.",
                "Until %(time)s. Please call us to make an appointment.",
                hour,
            )
            % params
        )
        state = "appointment"
    else:
        if special is not None and not special.intervals:
            headline = _with_reason(_("Closed today: %(reason)s"), special)
        else:
            headline = _("Closed now")
        if status.opens_at is None:
            detail = _("Please call us to ask when it opens again.")
        else:
            detail = _opening(status.opens_at.astimezone(schedule.tz), schedule.today)
        state = "closed"
    return format_html('<p class="status status-{}"><strong>{}.</strong> {}</p>', state, headline, detail)


def _remarks(interval, weekday):
    """What else a patient must know of an interval: the weeks it repeats on, whether it is by appointment."""
    remarks = []
    if interval.weeks and weekday is not None:
        remarks.append(weeks_text(interval.weeks, weekday))
    if interval.by_appointment:
        remarks.append(_("by appointment only"))
    return remarks


def intervals_text(intervals, weekday=None):
    """Intervals as plain text, "8:00 a.m. – 10:00 a.m., 2:00 p.m. – 5:00 p.m. (by appointment only)": for
    admin lists and calendar feeds, where the page's <time> elements (the filter below) have no place."""
    texts = []
    for interval in intervals:
        remarks = [f"({remark})" for remark in _remarks(interval, weekday)]
        texts.append(" ".join([clock_times(interval.opens, interval.closes), *remarks]))
    return ", ".join(texts)


def week_text(weekly):
    """A week of hours in one line of text, the days it is closed left out: for the admin and the feeds."""
    groups = [group for group in hours.grouped_week(weekly) if group.intervals]
    if not groups:
        return _("Closed every day")
    return "; ".join(f"{_weekday_range(g.first, g.last)}: {intervals_text(g.intervals, g.first)}" for g in groups)


def change_dates(change, today):
    """When a change of weekly hours applies, in words, for the admin."""
    if change.end_date is None:
        dates = _("From %(date)s") % {"date": long_date(change.start_date)}
    else:
        dates = _date_range(change.start_date, change.end_date)
    if change.end_date is not None and change.end_date < today:
        return _("%(dates)s (over)") % {"dates": dates}
    if change.start_date <= today:
        return _("%(dates)s (in effect)") % {"dates": dates}
    return dates


register.filter("grouped_week", hours.grouped_week)


@register.filter
def period_caption(period, is_first):
    """The caption of the hours table of an hours.Period: the hours in effect today, or those ahead."""
    if is_first:
        if period.last is None:
            return _("Regular hours")
        return _("Hours until %(date)s") % {"date": long_date(period.last)}
    if period.last is None:
        return _("New hours from %(date)s") % {"date": long_date(period.first)}
    return _("Hours from %(first)s to %(last)s") % {"first": long_date(period.first), "last": long_date(period.last)}


@register.filter
def intervals(intervals, weekday=None):
    """Intervals as <time> elements ("8:00 a.m. – 5:00 p.m."), or "Closed"; with the weekday of a weekly
    table, the weeks of the month an interval repeats on.

    A filter rather than an include: hours tables use it for every row, and it is the hot path of the
    pages patients load most."""
    if not intervals:
        return format_html('<span class="closed">{}</span>', _("Closed"))
    return format_html_join(
        "",
        # The dash keeps to the opening time, so a narrow column breaks after it, never before.
        '<span class="interval"><time datetime="{}">{}</time>\N{NO-BREAK SPACE}– '
        '<time datetime="{}">{}</time>{}</span>',
        (
            (
                interval.opens.strftime("%H:%M"),
                clock_time(interval.opens),
                interval.closes.strftime("%H:%M"),
                clock_time(interval.closes),
                format_html_join("", ' <span class="remark">({})</span>', ((r,) for r in _remarks(interval, weekday))),
            )
            for interval in intervals
        ),
    )
