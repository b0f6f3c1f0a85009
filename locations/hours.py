"""Opening-hours rules: plain functions over data already loaded, no request, template or database access.

Vocabulary:
- an Interval is an (opens, closes) pair of wall-clock times on one day, closes after opens; it may repeat
  only on some weeks of the month (the first and third Saturday), and may be by appointment only, which
  is never "open";
- `weekly` maps a weekday (0 is Monday, as in django.utils.dates.WEEKDAYS) to that day's sorted intervals;
- a change of hours is any object with `start_date`, `end_date` (None when it does not end) and `weekly`:
  on each date the change that covers it and began last replaces `weekly`;
- a special day is any object with `start_date`, `end_date`, `intervals` (empty when closed) and `reason`;
  `specials` lists them by precedence (a clinic's own before the practice-wide ones): on each date the
  first that covers it replaces the weekly hours.

Every moment is an aware datetime; wall-clock times are read in the clinic's time zone, so opening at
8:00 means 8:00 local time on both sides of a daylight-saving change, and "closes in 60 minutes" counts
real minutes.
"""

import datetime
import functools
from dataclasses import dataclass, replace
from typing import NamedTuple

UTC = datetime.UTC
CLOSING_SOON = datetime.timedelta(minutes=60)
# How far ahead to look for the next opening: longer than any realistic closure.
LOOKAHEAD_DAYS = 400


# The week of the month of the month's last seven days, whatever their number.
LAST = -1
WEEKS = (1, 2, 3, 4, 5, LAST)


class Interval(NamedTuple):
    opens: datetime.time
    closes: datetime.time
    weeks: frozenset = frozenset()  # the weeks of the month it repeats on (1 to 5, LAST); empty: every week
    by_appointment: bool = False


def weekly_intervals(opening_hours):
    """{weekday: [Interval, ...]} for all seven days, from objects with weekday, opens, closes, weeks and
    by_appointment."""
    weekly = {weekday: [] for weekday in range(7)}
    for row in opening_hours:
        weekly[row.weekday].append(Interval(row.opens, row.closes, frozenset(row.weeks), row.by_appointment))
    return {weekday: sorted(intervals) for weekday, intervals in weekly.items()}


def weeks_of_month(day):
    """The weeks of the month `day` is in: its number (days 1-7 are the first), and LAST in the last seven."""
    weeks = {(day.day - 1) // 7 + 1}
    if (day + datetime.timedelta(days=7)).month != day.month:
        weeks.add(LAST)
    return weeks


def on_date(intervals, day):
    """The intervals of `day`'s weekday that repeat on the week of the month `day` is in."""
    weeks = weeks_of_month(day)
    return [interval for interval in intervals if not interval.weeks or interval.weeks & weeks]


def _may_meet(weeks, other_weeks):
    """Whether two intervals repeating on these weeks can fall on the same date (the last week of a month
    is its fourth or fifth)."""
    if not weeks or not other_weeks:
        return True

    def numbered(weeks):
        return {4, 5} | weeks - {LAST} if LAST in weeks else weeks

    return bool(numbered(weeks) & numbered(other_weeks))


def overlapping(intervals):
    """Index pairs (i, j), i < j, of the intervals that overlap on some date (one ending as the next opens
    is fine; a first-Saturday and a third-Saturday interval never meet)."""
    return [
        (i, j)
        for i, interval in enumerate(intervals)
        for j, other in enumerate(intervals)
        if i < j
        and interval.opens < other.closes
        and other.opens < interval.closes
        and _may_meet(interval.weeks, other.weeks)
    ]


def weekly_on(day, weekly, changes=()):
    """The weekly hours in effect on `day`: those of the change covering it that began last, else `weekly`."""
    covering = [change for change in changes if change.start_date <= day and (change.end_date or day) >= day]
    if covering:
        return max(covering, key=lambda change: change.start_date).weekly
    return weekly


def special_on(day, specials):
    """The special day that decides `day`'s hours, or None when the weekly hours apply."""
    return next((special for special in specials if special.start_date <= day <= special.end_date), None)


def day_hours(day, weekly, specials, changes=()):
    """(intervals, special day or None) for a date: a special day overrides the weekly hours."""
    special = special_on(day, specials)
    if special is not None:
        return sorted(special.intervals), special
    return on_date(weekly_on(day, weekly, changes)[day.weekday()], day), None


def days_ahead(start, count, weekly, specials, changes=()):
    """[(date, intervals, special day or None), ...] for `count` days from `start`."""
    days = [start + datetime.timedelta(days=n) for n in range(count)]
    return [(day, *day_hours(day, weekly, specials, changes)) for day in days]


class Period(NamedTuple):
    first: datetime.date
    last: datetime.date | None  # None: until further notice
    weekly: dict


def periods(today, weekly, changes):
    """The weekly hours from `today` on, as Periods in date order: those in effect today, then each set
    that takes over later (when a change begins, or ends and gives way to the hours before it)."""
    one_day = datetime.timedelta(days=1)
    starts = {change.start_date for change in changes if change.start_date > today}
    ends = {change.end_date + one_day for change in changes if change.end_date is not None and change.end_date >= today}
    result = [Period(today, None, weekly_on(today, weekly, changes))]
    for day in sorted(starts | ends):
        weekly_then = weekly_on(day, weekly, changes)
        if weekly_then != result[-1].weekly:
            result[-1] = result[-1]._replace(last=day - one_day)
            result.append(Period(day, None, weekly_then))
    return result


class WeekdayGroup(NamedTuple):
    first: int
    last: int
    intervals: list


def grouped_week(weekly):
    """Consecutive weekdays with identical hours, Monday to Sunday, as WeekdayGroups. A day with hours on
    some weeks of the month only stands alone: "1st and 3rd Saturday" names its day."""
    groups = []
    for weekday in range(7):
        intervals = weekly[weekday]
        alone = any(interval.weeks for interval in intervals)
        if groups and groups[-1].intervals == intervals and not alone:
            groups[-1] = groups[-1]._replace(last=weekday)
        else:
            groups.append(WeekdayGroup(weekday, weekday, intervals))
    return groups


def upcoming_specials(today, specials, days=30):
    """Special days that have not ended and start within `days` days, in date order."""
    horizon = today + datetime.timedelta(days=days)
    return sorted(
        (special for special in specials if special.end_date >= today and special.start_date <= horizon),
        key=lambda special: (special.start_date, special.end_date),
    )


def open_spans(day, intervals, tz):
    """The real time spans, as [(start, end), ...] in UTC, during which the clock on the wall in `tz`
    reads a time inside one of `intervals` on the local date `day`.

    A daylight-saving change splits the day into two stretches with different UTC offsets; within each,
    wall-clock time is UTC plus that offset, so an interval maps to a span by subtracting it. A time
    skipped in spring therefore opens or closes at the change, and an hour repeated in autumn is open
    twice when it lies inside an interval.
    """
    day_start = _first_instant(day, tz)
    day_end = _first_instant(day + datetime.timedelta(days=1), tz)
    stretches = [(day_start, day_end)]
    change = _offset_change(day_start, day_end, tz)
    if change is not None:
        stretches = [(day_start, change), (change, day_end)]
    spans = []
    for stretch_start, stretch_end in stretches:
        offset = stretch_start.astimezone(tz).utcoffset()
        for opens, closes in intervals:
            start = max(_naive(day, opens) - offset, stretch_start.replace(tzinfo=None))
            end = min(_naive(day, closes) - offset, stretch_end.replace(tzinfo=None))
            if start < end:
                spans.append((start.replace(tzinfo=UTC), end.replace(tzinfo=UTC)))
    return sorted(spans)


@dataclass(frozen=True)
class Status:
    """What a patient needs to know at one moment. Datetimes are in UTC: a local time in an hour that
    autumn repeats would not even compare equal to itself in another zone (PEP 495)."""

    is_open: bool
    closing_soon: bool
    closes_at: datetime.datetime | None  # while open: when it closes
    opens_at: datetime.datetime | None  # while closed: the next opening, None when none is known
    special: object | None  # the special day in effect today, if any
    changes_at: datetime.datetime | None  # when this status (or the words that say it) next changes
    appointments_until: datetime.datetime | None = None  # while closed in hours by appointment: their end


def status_at(moment, weekly, specials, tz, changes=()):
    """Open now and until when, or closed and opening when, at `moment` in the clinic's time zone `tz`.
    Hours by appointment only are not open: they are said as such while they last."""
    moment = moment.astimezone(UTC)
    today = moment.astimezone(tz).date()
    special = special_on(today, specials)
    tomorrow_starts = _first_instant(today + datetime.timedelta(days=1), tz)
    weeklies = [weekly, *(change.weekly for change in changes)]
    every_interval = [i for w in weeklies for day in w.values() for i in day]
    every_interval += [i for day_off in specials for i in day_off.intervals]

    if not any(not interval.by_appointment for interval in every_interval):
        status = Status(False, False, None, None, special, tomorrow_starts)
    else:
        status = _walk_in_status(moment, today, weekly, specials, changes, tz, special, tomorrow_starts)
    if status.is_open or not any(interval.by_appointment for interval in every_interval):
        return status
    appointments = _spans_from(today, weekly, specials, changes, tz, by_appointment=True)
    for start, end in appointments:
        if start >= status.changes_at:
            break
        if start <= moment < end:
            until = _span_end(end, appointments)
            return replace(status, appointments_until=until, changes_at=min(status.changes_at, until))
        if start > moment:
            return replace(status, changes_at=start)
    return status


def _walk_in_status(moment, today, weekly, specials, changes, tz, special, tomorrow_starts):
    spans = _spans_from(today, weekly, specials, changes, tz)
    for start, end in spans:
        if start <= moment < end:
            closes_at = _span_end(end, spans)
            soon_from = closes_at - CLOSING_SOON
            closing_soon = moment >= soon_from
            return Status(
                is_open=True,
                closing_soon=closing_soon,
                closes_at=closes_at,
                opens_at=None,
                special=special,
                changes_at=closes_at if closing_soon else soon_from,
            )
        if start > moment:
            return Status(
                is_open=False,
                closing_soon=False,
                closes_at=None,
                opens_at=start,
                special=special,
                changes_at=min(start, tomorrow_starts),
            )
    return Status(False, False, None, None, special, tomorrow_starts)


class Schedule:
    """A clinic's hours as a page shows them at one moment: status, grouped week, changes of hours and
    special days ahead."""

    def __init__(self, weekly, specials, tz, moment, changes=()):
        self.specials = specials
        self.changes = changes
        self.tz = tz
        self.moment = moment.astimezone(tz)
        self.today = self.moment.date()
        self.base_weekly = weekly
        # The weekly hours in effect today.
        self.weekly = weekly_on(self.today, weekly, changes)

    @functools.cached_property
    def status(self):
        return status_at(self.moment, self.base_weekly, self.specials, self.tz, self.changes)

    @property
    def valid_until(self):
        """Until when all that a page shows from this schedule stays true: the status, and "today"."""
        return min(self.status.changes_at, _first_instant(self.today + datetime.timedelta(days=1), self.tz))

    @functools.cached_property
    def periods(self):
        """The weekly hours in effect today, then those that take over later."""
        return periods(self.today, self.base_weekly, self.changes)

    def upcoming_specials(self):
        return upcoming_specials(self.today, self.specials)

    def usual_hours(self, day):
        """`day`'s weekly hours, special days left aside."""
        return on_date(weekly_on(day, self.base_weekly, self.changes)[day.weekday()], day)

    def days_ahead(self, start, count=7):
        return days_ahead(start, count, self.base_weekly, self.specials, self.changes)


def _spans_from(today, weekly, specials, changes, tz, by_appointment=False):
    """Open spans (or, with `by_appointment`, spans by appointment) from `today` on, lazily, day by day:
    the caller stops at the first one it needs."""
    for n in range(LOOKAHEAD_DAYS):
        day = today + datetime.timedelta(days=n)
        intervals = day_hours(day, weekly, specials, changes)[0]
        kept = [(i.opens, i.closes) for i in intervals if i.by_appointment == by_appointment]
        yield from open_spans(day, kept, tz)


def _span_end(end, spans):
    """Where an open stretch really ends: spans that follow without a gap continue it."""
    for start, next_end in spans:
        if start > end:
            break
        end = max(end, next_end)
    return end


def _naive(day, time):
    return datetime.datetime.combine(day, time)


def _first_instant(day, tz):
    """The first instant of the local date `day`.

    fold=0 reads a repeated midnight as its first occurrence and a skipped one with the offset from
    before the change, which lands exactly on the change: both are where the day begins.
    """
    return datetime.datetime.combine(day, datetime.time(), tzinfo=tz).astimezone(UTC)


def _offset_change(start, end, tz):
    """The instant in [start, end) where the UTC offset in `tz` changes, or None when it does not."""
    if start.astimezone(tz).utcoffset() == end.astimezone(tz).utcoffset():
        return None
    # Offsets change on whole minutes: bisect to the first minute with the new offset.
    low, high = start, end
    while high - low > datetime.timedelta(minutes=1):
        middle = low + (high - low) / 2
        middle -= datetime.timedelta(seconds=middle.second, microseconds=middle.microsecond)
        if middle <= low:
            break
        if middle.astimezone(tz).utcoffset() == start.astimezone(tz).utcoffset():
            low = middle
        else:
            high = middle
    return high
