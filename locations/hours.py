"""Opening-hours rules: plain functions over data already loaded, no request, template or database access.

Vocabulary:
- an interval is an (opens, closes) pair of wall-clock times on one day, closes after opens;
- `weekly` maps a weekday (0 is Monday, as in django.utils.dates.WEEKDAYS) to that day's sorted intervals;
- a special day is any object with `start_date`, `end_date`, `intervals` (empty when closed) and `reason`;
  `specials` lists them by precedence (a clinic's own before the practice-wide ones): on each date the
  first that covers it replaces the weekly hours.

Every moment is an aware datetime; wall-clock times are read in the clinic's time zone, so opening at
8:00 means 8:00 local time on both sides of a daylight-saving change, and "closes in 60 minutes" counts
real minutes.
"""

import datetime
import functools
from dataclasses import dataclass
from typing import NamedTuple

UTC = datetime.UTC
CLOSING_SOON = datetime.timedelta(minutes=60)
# How far ahead to look for the next opening: longer than any realistic closure.
LOOKAHEAD_DAYS = 400


def weekly_intervals(opening_hours):
    """{weekday: [(opens, closes), ...]} for all seven days, from objects with weekday, opens and closes."""
    weekly = {weekday: [] for weekday in range(7)}
    for hours in opening_hours:
        weekly[hours.weekday].append((hours.opens, hours.closes))
    return {weekday: sorted(intervals) for weekday, intervals in weekly.items()}


def overlapping(intervals):
    """Index pairs (i, j), i < j, of the intervals that overlap (one ending as the next opens is fine)."""
    return [
        (i, j)
        for i, (opens, closes) in enumerate(intervals)
        for j, (other_opens, other_closes) in enumerate(intervals)
        if i < j and opens < other_closes and other_opens < closes
    ]


def special_on(day, specials):
    """The special day that decides `day`'s hours, or None when the weekly hours apply."""
    return next((special for special in specials if special.start_date <= day <= special.end_date), None)


def day_hours(day, weekly, specials):
    """(intervals, special day or None) for a date: a special day overrides the weekly hours."""
    special = special_on(day, specials)
    if special is not None:
        return sorted(special.intervals), special
    return weekly[day.weekday()], None


def days_ahead(start, count, weekly, specials):
    """[(date, intervals, special day or None), ...] for `count` days from `start`."""
    days = [start + datetime.timedelta(days=n) for n in range(count)]
    return [(day, *day_hours(day, weekly, specials)) for day in days]


class WeekdayGroup(NamedTuple):
    first: int
    last: int
    intervals: list


def grouped_week(weekly):
    """Consecutive weekdays with identical hours, Monday to Sunday, as WeekdayGroups."""
    groups = []
    for weekday in range(7):
        intervals = weekly[weekday]
        if groups and groups[-1].intervals == intervals:
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


def status_at(moment, weekly, specials, tz):
    """Open now and until when, or closed and opening when, at `moment` in the clinic's time zone `tz`."""
    moment = moment.astimezone(UTC)
    today = moment.astimezone(tz).date()
    special = special_on(today, specials)
    tomorrow_starts = _first_instant(today + datetime.timedelta(days=1), tz)

    if not any(weekly.values()) and not any(special.intervals for special in specials):
        return Status(False, False, None, None, special, tomorrow_starts)
    spans = _spans_from(today, weekly, specials, tz)
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
    """A clinic's hours as a page shows them at one moment: status, grouped week, special days ahead."""

    def __init__(self, weekly, specials, tz, moment):
        self.weekly = weekly
        self.specials = specials
        self.tz = tz
        self.moment = moment.astimezone(tz)
        self.today = self.moment.date()

    @functools.cached_property
    def status(self):
        return status_at(self.moment, self.weekly, self.specials, self.tz)

    @property
    def valid_until(self):
        """Until when all that a page shows from this schedule stays true: the status, and "today"."""
        return min(self.status.changes_at, _first_instant(self.today + datetime.timedelta(days=1), self.tz))

    def grouped_week(self):
        return grouped_week(self.weekly)

    def upcoming_specials(self):
        return upcoming_specials(self.today, self.specials)

    def days_ahead(self, start, count=7):
        return days_ahead(start, count, self.weekly, self.specials)


def _spans_from(today, weekly, specials, tz):
    """Open spans from `today` on, lazily, day by day: the caller stops at the first one it needs."""
    for n in range(LOOKAHEAD_DAYS):
        day = today + datetime.timedelta(days=n)
        yield from open_spans(day, day_hours(day, weekly, specials)[0], tz)


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
