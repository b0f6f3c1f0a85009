"""The hours rules (locations/hours.py), checked on examples and against a minute-by-minute reference."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.core.signals import setting_changed
from django.utils import translation
from django.utils.autoreload import file_changed
from hypothesis import given, settings
from hypothesis import strategies as st

from locations import hours, models
from locations.models import clock_time
from locations.templatetags import opening_hours
from locations.templatetags.opening_hours import long_date

LA = ZoneInfo("America/Los_Angeles")
UTC = datetime.UTC
MINUTE = datetime.timedelta(minutes=1)


@dataclass(frozen=True)
class Special:
    start_date: datetime.date
    end_date: datetime.date
    intervals: tuple = ()
    reason: str = "Holiday"


def t(text):
    return datetime.time.fromisoformat(text)


def i(text, weeks=(), by_appointment=False):
    """i("08:00-17:00") -> an hours.Interval."""
    opens, closes = (t(part) for part in text.split("-"))
    return hours.Interval(opens, closes, frozenset(weeks), by_appointment)


def week(**days):
    """week(monday=["08:00-17:00"], ...) -> the `weekly` mapping hours.py reads; a day's entry may also be
    an Interval."""
    names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    return {
        n: sorted(i(interval) if isinstance(interval, str) else interval for interval in days.get(name, []))
        for n, name in enumerate(names)
    }


def la(text):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=LA)


SAN_DIEGO = week(monday=["08:00-17:00"], tuesday=["08:00-17:00"], thursday=["13:00-17:00"], friday=["13:00-17:00"])
THANKSGIVING = Special(datetime.date(2026, 11, 26), datetime.date(2026, 11, 26), reason="Thanksgiving")


# Examples a patient would check -------------------------------------------------------------


def test_open_now_until_five():
    status = hours.status_at(la("2026-11-23 10:00"), SAN_DIEGO, [], LA)
    assert (status.is_open, status.closing_soon, status.closes_at) == (True, False, la("2026-11-23 17:00"))
    assert status.changes_at == la("2026-11-23 16:00")


def test_closes_soon_within_sixty_minutes():
    assert hours.status_at(la("2026-11-23 16:00"), SAN_DIEGO, [], LA).closing_soon
    assert not hours.status_at(la("2026-11-23 15:59"), SAN_DIEGO, [], LA).closing_soon


def test_closed_before_opening_today():
    status = hours.status_at(la("2026-11-27 09:00"), SAN_DIEGO, [], LA)
    assert (status.is_open, status.opens_at) == (False, la("2026-11-27 13:00"))


def test_closed_on_wednesday_opens_thursday_afternoon():
    status = hours.status_at(la("2026-11-18 12:00"), SAN_DIEGO, [], LA)
    assert status.opens_at == la("2026-11-19 13:00")
    assert status.changes_at == la("2026-11-19 00:00")


def test_a_closed_special_day_overrides_the_week():
    status = hours.status_at(la("2026-11-26 14:00"), SAN_DIEGO, [THANKSGIVING], LA)
    assert not status.is_open
    assert status.special is THANKSGIVING
    assert status.opens_at == la("2026-11-27 13:00")


def test_special_hours_replace_the_weekly_ones():
    eve = Special(datetime.date(2026, 12, 24), datetime.date(2026, 12, 24), (i("09:00-12:00"),), "Eve")
    status = hours.status_at(la("2026-12-24 11:30"), SAN_DIEGO, [eve], LA)
    assert (status.is_open, status.closing_soon, status.closes_at) == (True, True, la("2026-12-24 12:00"))


def test_the_first_matching_special_day_wins():
    own = Special(datetime.date(2026, 11, 26), datetime.date(2026, 11, 26), (i("09:00-11:00"),), "Open")
    status = hours.status_at(la("2026-11-26 10:00"), SAN_DIEGO, [own, THANKSGIVING], LA)
    assert status.is_open and status.special is own


def test_touching_intervals_close_at_the_end_of_the_last():
    weekly = week(monday=["08:00-12:00", "12:00-17:00"])
    status = hours.status_at(la("2026-11-23 11:30"), weekly, [], LA)
    assert status.closes_at == la("2026-11-23 17:00") and not status.closing_soon


def test_end_of_the_week_wraps_to_monday():
    status = hours.status_at(la("2026-11-29 23:59"), SAN_DIEGO, [], LA)
    assert status.opens_at == la("2026-11-30 08:00")


def test_no_hours_at_all_means_no_next_opening():
    status = hours.status_at(la("2026-11-23 10:00"), week(), [], LA)
    assert (status.is_open, status.opens_at, status.changes_at) == (False, None, la("2026-11-24 00:00"))


def test_closing_soon_counts_real_minutes_across_the_autumn_change():
    # 1 November 2026: clocks go back from 2:00 to 1:00, so 0:30 to 2:00 lasts 150 real minutes.
    weekly = week(sunday=["00:00-02:00"])
    status = hours.status_at(datetime.datetime(2026, 11, 1, 7, 30, tzinfo=UTC), weekly, [], LA)
    assert status.is_open and not status.closing_soon
    assert status.closes_at - datetime.datetime(2026, 11, 1, 7, 30, tzinfo=UTC) == datetime.timedelta(minutes=150)


def test_a_time_skipped_in_spring_opens_when_the_clocks_jump():
    # 8 March 2026: 2:00 becomes 3:00, so 2:30 never happens; a 2:30 opening starts at the jump.
    status = hours.status_at(la("2026-03-08 01:00"), week(sunday=["02:30-09:00"]), [], LA)
    assert status.opens_at == la("2026-03-08 03:00")
    assert status.opens_at.astimezone(LA).utcoffset() == datetime.timedelta(hours=-7)


def test_opening_next_monday_after_the_spring_change_is_at_eight_local():
    status = hours.status_at(la("2026-03-06 18:00"), SAN_DIEGO, [], LA)
    assert status.opens_at == la("2026-03-09 08:00")
    assert status.opens_at.astimezone(UTC).hour == 15


def test_grouped_week():
    assert hours.grouped_week(SAN_DIEGO) == [
        (0, 1, [i("08:00-17:00")]),
        (2, 2, []),
        (3, 4, [i("13:00-17:00")]),
        (5, 6, []),
    ]


def test_overlapping_intervals_are_found():
    assert hours.overlapping([i("08:00-12:00"), i("13:00-17:00")]) == []
    assert hours.overlapping([i("12:00-17:00"), i("08:00-12:00")]) == []
    assert hours.overlapping([i("13:00-17:00"), i("08:00-12:00"), i("11:00-13:30")]) == [(0, 2), (1, 2)]
    assert hours.overlapping([i("08:00-12:00"), i("08:00-12:00")]) == [(0, 1)]


def test_upcoming_specials_within_thirty_days():
    today = datetime.date(2026, 11, 25)
    past = Special(datetime.date(2026, 11, 20), datetime.date(2026, 11, 24))
    running = Special(datetime.date(2026, 11, 24), datetime.date(2026, 11, 25))
    far = Special(datetime.date(2026, 12, 26), datetime.date(2026, 12, 26))
    assert hours.upcoming_specials(today, [far, THANKSGIVING, past, running]) == [running, THANKSGIVING]


def test_days_ahead_apply_special_days():
    days = hours.days_ahead(datetime.date(2026, 11, 25), 3, SAN_DIEGO, [THANKSGIVING])
    assert days == [
        (datetime.date(2026, 11, 25), [], None),
        (datetime.date(2026, 11, 26), [], THANKSGIVING),
        (datetime.date(2026, 11, 27), [i("13:00-17:00")], None),
    ]


@dataclass(frozen=True)
class Change:
    start_date: datetime.date
    end_date: datetime.date | None
    weekly: dict


WINTER = week(monday=["09:00-13:00"])
FIRST_AND_THIRD_SATURDAY = week(saturday=[i("09:00-12:00", weeks=[1, 3])])


def test_a_change_of_hours_takes_over_at_local_midnight_of_its_date():
    change = Change(datetime.date(2027, 1, 5), None, WINTER)
    before = hours.status_at(la("2027-01-04 23:59"), SAN_DIEGO, [], LA, [change])
    assert before.opens_at == la("2027-01-11 09:00")  # Tuesday 5 January on: open on Mondays only
    assert before.changes_at == la("2027-01-05 00:00")
    assert hours.day_hours(datetime.date(2027, 1, 4), SAN_DIEGO, [], [change])[0] == [i("08:00-17:00")]
    assert hours.day_hours(datetime.date(2027, 1, 11), SAN_DIEGO, [], [change])[0] == [i("09:00-13:00")]


def test_summer_hours_end_and_the_usual_ones_come_back():
    summer = Change(datetime.date(2027, 6, 1), datetime.date(2027, 8, 31), WINTER)
    assert hours.weekly_on(datetime.date(2027, 8, 31), SAN_DIEGO, [summer]) is WINTER
    assert hours.weekly_on(datetime.date(2027, 9, 1), SAN_DIEGO, [summer]) is SAN_DIEGO
    assert hours.periods(datetime.date(2027, 5, 20), SAN_DIEGO, [summer]) == [
        (datetime.date(2027, 5, 20), datetime.date(2027, 5, 31), SAN_DIEGO),
        (datetime.date(2027, 6, 1), datetime.date(2027, 8, 31), WINTER),
        (datetime.date(2027, 9, 1), None, SAN_DIEGO),
    ]


def test_of_two_changes_covering_a_date_the_later_one_wins():
    new_year = Change(datetime.date(2027, 1, 5), None, WINTER)
    summer = Change(datetime.date(2027, 6, 1), datetime.date(2027, 8, 31), FIRST_AND_THIRD_SATURDAY)
    assert hours.weekly_on(datetime.date(2027, 7, 1), SAN_DIEGO, [summer, new_year]) is FIRST_AND_THIRD_SATURDAY
    assert hours.weekly_on(datetime.date(2027, 9, 1), SAN_DIEGO, [summer, new_year]) is WINTER
    assert [p.first for p in hours.periods(datetime.date(2026, 12, 1), SAN_DIEGO, [summer, new_year])] == [
        datetime.date(2026, 12, 1),
        datetime.date(2027, 1, 5),
        datetime.date(2027, 6, 1),
        datetime.date(2027, 9, 1),
    ]


def test_weeks_of_the_month():
    assert hours.weeks_of_month(datetime.date(2026, 12, 5)) == {1}
    assert hours.weeks_of_month(datetime.date(2026, 12, 19)) == {3}
    assert hours.weeks_of_month(datetime.date(2026, 12, 26)) == {4, hours.LAST}
    assert hours.weeks_of_month(datetime.date(2027, 1, 30)) == {5, hours.LAST}
    assert hours.weeks_of_month(datetime.date(2027, 1, 23)) == {4}


def test_first_and_third_saturday_only():
    saturdays = [datetime.date(2026, 12, day) for day in (5, 12, 19, 26)]
    days = [hours.day_hours(day, FIRST_AND_THIRD_SATURDAY, [])[0] for day in saturdays]
    assert [bool(intervals) for intervals in days] == [True, False, True, False]
    status = hours.status_at(la("2026-12-05 13:00"), FIRST_AND_THIRD_SATURDAY, [], LA)
    assert status.opens_at == la("2026-12-19 09:00")


def test_the_last_saturday_of_the_month():
    weekly = week(saturday=[i("09:00-12:00", weeks=[hours.LAST])])
    assert hours.status_at(la("2027-01-02 10:00"), weekly, [], LA).opens_at == la("2027-01-30 09:00")


def test_intervals_on_different_weeks_do_not_overlap():
    first, third = i("09:00-12:00", weeks=[1]), i("10:00-13:00", weeks=[3])
    assert hours.overlapping([first, third]) == []
    assert hours.overlapping([i("09:00-12:00", weeks=[4]), i("10:00-13:00", weeks=[hours.LAST])]) == [(0, 1)]
    assert hours.overlapping([i("09:00-12:00", weeks=[2]), i("10:00-13:00", weeks=[hours.LAST])]) == []
    assert hours.overlapping([first, i("10:00-13:00")]) == [(0, 1)]


def test_a_week_of_the_month_day_is_not_grouped_with_its_neighbour():
    weekly = week(saturday=[i("09:00-12:00", weeks=[1])], sunday=[i("09:00-12:00", weeks=[1])])
    assert [(group.first, group.last) for group in hours.grouped_week(weekly)] == [(0, 4), (5, 5), (6, 6)]


def test_hours_by_appointment_are_never_open():
    weekly = week(friday=["08:00-12:00", i("13:00-17:00", by_appointment=True)])
    during = hours.status_at(la("2026-11-27 14:00"), weekly, [], LA)
    assert (during.is_open, during.appointments_until) == (False, la("2026-11-27 17:00"))
    assert during.opens_at == la("2026-12-04 08:00")
    assert during.changes_at == la("2026-11-27 17:00")
    lunch = hours.status_at(la("2026-11-27 12:30"), weekly, [], LA)
    assert (lunch.is_open, lunch.appointments_until, lunch.changes_at) == (False, None, la("2026-11-27 13:00"))


def test_a_day_by_appointment_only_has_no_next_opening():
    weekly = week(tuesday=[i("09:00-15:00", by_appointment=True)])
    status = hours.status_at(la("2026-11-24 10:00"), weekly, [], LA)
    assert (status.is_open, status.opens_at, status.appointments_until) == (False, None, la("2026-11-24 15:00"))


def test_a_special_day_with_three_intervals():
    eve = Special(
        datetime.date(2026, 12, 24),
        datetime.date(2026, 12, 24),
        (i("08:00-10:00"), i("11:00-12:00"), i("14:00-17:00")),
        "Christmas Eve",
    )
    assert hours.status_at(la("2026-12-24 10:30"), SAN_DIEGO, [eve], LA).opens_at == la("2026-12-24 11:00")
    assert hours.status_at(la("2026-12-24 13:00"), SAN_DIEGO, [eve], LA).opens_at == la("2026-12-24 14:00")


# The reference: minute by minute --------------------------------------------------------------

ZONES = [
    "America/Los_Angeles",
    "America/New_York",
    "America/Phoenix",
    "Europe/London",
    "Australia/Lord_Howe",  # a 30-minute daylight-saving change
    "America/Havana",  # changes at midnight
    "America/Santiago",  # skips midnight in spring
]


def reference_state(instant, weekly, specials, changes, tz):
    """ "open", "appointment" or "closed", read from the rules as a patient would, one instant at a time."""
    local = instant.astimezone(tz)
    day = local.date()
    in_effect = [change for change in changes if change.start_date <= day and (change.end_date or day) >= day]
    if in_effect:
        weekly = sorted(in_effect, key=lambda change: change.start_date)[-1].weekly
    week_number = (day.day - 1) // 7 + 1
    is_last = (day + datetime.timedelta(days=7)).month != day.month
    intervals = [
        interval
        for interval in weekly[local.weekday()]
        if not interval.weeks or week_number in interval.weeks or (is_last and hours.LAST in interval.weeks)
    ]
    for special in specials:
        if special.start_date <= day <= special.end_date:
            intervals = special.intervals
            break
    for interval in intervals:
        if interval.opens <= local.time() < interval.closes:
            return "appointment" if interval.by_appointment else "open"
    return "closed"


def reference_next(moment, scenario, wanted, days):
    """The first minute after `moment` whose state `wanted` says yes to, scanning up to `days` days."""
    _moment, weekly, specials, changes, tz = scenario
    instant = moment + MINUTE
    for _ in range(days * 24 * 60):
        if wanted(reference_state(instant, weekly, specials, changes, tz)):
            return instant
        instant += MINUTE
    return None


def clock_changes(zone):
    """The instants in 2026-2027 where `zone` changes its UTC offset."""
    tz = ZoneInfo(zone)
    start = datetime.datetime(2026, 1, 1, tzinfo=UTC)
    changes = []
    for n in range(730):
        day_start, day_end = start + datetime.timedelta(days=n), start + datetime.timedelta(days=n + 1)
        change = hours._offset_change(day_start, day_end, tz)
        if change:
            changes.append(change)
    return changes


CLOCK_CHANGES = {zone: clock_changes(zone) for zone in ZONES}


# Weeks of the month an interval repeats on: every week, or sets that occur every month.
WEEK_SETS = st.sampled_from([(), (), (1,), (1, 3), (2, 4), (hours.LAST,), (1, hours.LAST), (4, 5)])


def intervals_strategy(max_intervals=3, weeks=False):
    """Non-overlapping intervals on whole minutes, sometimes touching, in any order, some by appointment
    and (with `weeks`) some only on weeks of the month."""

    def build(bounds, touching, kinds):
        bounds = sorted(bounds)
        pairs = list(zip(bounds[::2], bounds[1::2], strict=False))
        intervals = []
        for opens, closes in pairs:
            if touching and intervals:
                opens = intervals[-1][1]
            intervals.append((opens, closes))
        return [
            hours.Interval(_time(o), _time(c), frozenset(week_set), by_appointment)
            for (o, c), (week_set, by_appointment) in zip(intervals, kinds, strict=False)
            if o < c
        ]

    kind = st.tuples(WEEK_SETS if weeks else st.just(()), st.booleans())
    return st.builds(
        build,
        st.lists(st.integers(0, 1439), unique=True, max_size=2 * max_intervals),
        st.booleans(),
        st.lists(kind, min_size=max_intervals, max_size=max_intervals),
    )


def _time(minutes):
    return datetime.time(minutes // 60, minutes % 60)


@st.composite
def scenarios(draw):
    zone = draw(st.sampled_from(ZONES))
    tz = ZoneInfo(zone)
    changes = CLOCK_CHANGES[zone]
    if changes and draw(st.booleans()):
        base = draw(st.sampled_from(changes))
        moment = base + draw(st.integers(-3 * 24 * 60, 3 * 24 * 60)) * MINUTE
    else:
        moment = datetime.datetime(2026, 1, 1, tzinfo=UTC) + draw(st.integers(0, 700 * 24 * 60)) * MINUTE

    def a_week():
        return {weekday: sorted(draw(intervals_strategy(weeks=True))) for weekday in range(7)}

    weekly = a_week()
    local = moment.astimezone(tz)
    todays = weekly[local.weekday()]
    if todays and draw(st.booleans()):
        # Near an opening or a closing of the day, where the rules have the most to decide.
        interval = draw(st.sampled_from(todays))
        near = datetime.datetime.combine(local.date(), draw(st.sampled_from(interval[:2])), tzinfo=tz)
        moment = near.astimezone(UTC) + draw(st.integers(-90, 90)) * MINUTE
    today = moment.astimezone(tz).date()
    specials = []
    for _ in range(draw(st.integers(0, 3))):
        start = today + datetime.timedelta(days=draw(st.integers(-3, 8)))
        end = start + datetime.timedelta(days=draw(st.integers(0, 3)))
        specials.append(Special(start, end, tuple(sorted(draw(intervals_strategy(3))))))
    changes = []
    # A clinic's changes start on different dates, as the database makes sure.
    for offset in draw(st.lists(st.integers(-3, 8), unique=True, max_size=2)):
        start = today + datetime.timedelta(days=offset)
        length = draw(st.one_of(st.none(), st.integers(0, 4)))
        end = None if length is None else start + datetime.timedelta(days=length)
        changes.append(Change(start, end, a_week()))
    return moment, weekly, specials, changes, tz


# Special days and changes of hours are over within 12 days; after them a week pattern repeats within
# five weeks (weeks of the month), so this many days see every change.
HORIZON_DAYS = 12 + 36


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_status_agrees_with_a_minute_by_minute_scan(scenario):
    moment, weekly, specials, changes, tz = scenario
    status = hours.status_at(moment, weekly, specials, tz, changes)
    state = reference_state(moment, weekly, specials, changes, tz)
    assert status.is_open == (state == "open")
    assert (status.appointments_until is not None) == (state == "appointment")
    if status.is_open:
        closes = reference_next(moment, scenario, lambda later: later != "open", HORIZON_DAYS)
        assert status.closes_at == closes
        assert status.closing_soon == (closes - moment <= datetime.timedelta(minutes=60))
        assert status.opens_at is None
    else:
        assert status.opens_at == reference_next(moment, scenario, lambda later: later == "open", HORIZON_DAYS)
        assert status.closes_at is None
    if state == "appointment":
        ends = reference_next(moment, scenario, lambda later: later != "appointment", HORIZON_DAYS)
        assert status.appointments_until == ends
    for at in (status.opens_at, status.closes_at, status.changes_at, status.appointments_until):
        assert at is None or at.tzinfo is UTC


@settings(max_examples=300, deadline=None)
@given(scenarios(), st.floats(0, 1))
def test_status_holds_until_it_says_it_changes(scenario, fraction):
    moment, weekly, specials, changes, tz = scenario
    status = hours.status_at(moment, weekly, specials, tz, changes)
    assert status.changes_at > moment
    later = moment + (status.changes_at - moment) * fraction
    if later < status.changes_at:
        assert hours.status_at(later, weekly, specials, tz, changes) == status
    changed = hours.status_at(status.changes_at, weekly, specials, tz, changes)
    assert changed != status


def test_hours_in_words_follow_the_translations_when_runserver_reloads_them(monkeypatch, tmp_path):
    def noon_and_christmas():
        with translation.override("es"):
            return clock_time(datetime.time(12), one_line=False), long_date(datetime.date(2026, 12, 25))

    assert noon_and_christmas() == ("12 del mediodía", "viernes 25 de diciembre")
    # New translations compiled while runserver runs: it reloads them without restarting.
    monkeypatch.setattr(models, "pgettext", lambda context, text: "mediodía")
    monkeypatch.setattr(opening_hours, "pgettext", lambda context, text: "%(date)s (%(weekday)s)")
    file_changed.send(sender=None, file_path=tmp_path / "admin.py")
    assert noon_and_christmas() == ("12 del mediodía", "viernes 25 de diciembre")
    file_changed.send(sender=None, file_path=tmp_path / "django.mo")
    assert noon_and_christmas() == ("mediodía", "25 de diciembre (viernes)")
    # A test changing a setting starts from fresh words too.
    monkeypatch.undo()
    setting_changed.send(sender=None, setting="LANGUAGE_CODE", value="en", enter=False)
    assert noon_and_christmas() == ("12 del mediodía", "viernes 25 de diciembre")
