"""The hours rules (locations/hours.py), checked on examples and against a minute-by-minute reference."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from locations import hours

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


def week(**days):
    """week(monday=["08:00-17:00"], ...) -> the `weekly` mapping hours.py reads."""
    names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    return {
        n: [tuple(t(part) for part in interval.split("-")) for interval in days.get(name, [])]
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
    eve = Special(datetime.date(2026, 12, 24), datetime.date(2026, 12, 24), ((t("09:00"), t("12:00")),), "Eve")
    status = hours.status_at(la("2026-12-24 11:30"), SAN_DIEGO, [eve], LA)
    assert (status.is_open, status.closing_soon, status.closes_at) == (True, True, la("2026-12-24 12:00"))


def test_the_first_matching_special_day_wins():
    own = Special(datetime.date(2026, 11, 26), datetime.date(2026, 11, 26), ((t("09:00"), t("11:00")),), "Open")
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
        (0, 1, [(t("08:00"), t("17:00"))]),
        (2, 2, []),
        (3, 4, [(t("13:00"), t("17:00"))]),
        (5, 6, []),
    ]


def test_overlapping_intervals_are_found():
    assert hours.overlapping([(t("08:00"), t("12:00")), (t("13:00"), t("17:00"))]) == []
    assert hours.overlapping([(t("12:00"), t("17:00")), (t("08:00"), t("12:00"))]) == []
    assert hours.overlapping([(t("13:00"), t("17:00")), (t("08:00"), t("12:00")), (t("11:00"), t("13:30"))]) == [
        (0, 2),
        (1, 2),
    ]
    assert hours.overlapping([(t("08:00"), t("12:00")), (t("08:00"), t("12:00"))]) == [(0, 1)]


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
        (datetime.date(2026, 11, 27), [(t("13:00"), t("17:00"))], None),
    ]


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


def reference_open(instant, weekly, specials, tz):
    local = instant.astimezone(tz)
    intervals = weekly[local.weekday()]
    for special in specials:
        if special.start_date <= local.date() <= special.end_date:
            intervals = special.intervals
            break
    return any(opens <= local.time() < closes for opens, closes in intervals)


def reference_next_change(moment, weekly, specials, tz, days):
    """The first minute after `moment` whose open/closed state differs, scanning up to `days` days."""
    state = reference_open(moment, weekly, specials, tz)
    instant = moment + MINUTE
    for _ in range(days * 24 * 60):
        if reference_open(instant, weekly, specials, tz) != state:
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


def intervals_strategy(max_intervals=3):
    """Non-overlapping intervals on whole minutes, sometimes touching, in any order."""

    def build(bounds, touching):
        bounds = sorted(bounds)
        pairs = list(zip(bounds[::2], bounds[1::2], strict=False))
        intervals = []
        for opens, closes in pairs:
            if touching and intervals:
                opens = intervals[-1][1]
            intervals.append((opens, closes))
        return [(_time(o), _time(c)) for o, c in intervals if o < c]

    return st.builds(
        build,
        st.lists(st.integers(0, 1439), unique=True, max_size=2 * max_intervals),
        st.booleans(),
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
    weekly = {weekday: draw(intervals_strategy()) for weekday in range(7)}
    today = moment.astimezone(tz).date()
    specials = []
    for _ in range(draw(st.integers(0, 3))):
        start = today + datetime.timedelta(days=draw(st.integers(-3, 8)))
        end = start + datetime.timedelta(days=draw(st.integers(0, 3)))
        specials.append(Special(start, end, tuple(draw(intervals_strategy(2)))))
    return moment, weekly, specials, tz


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_status_agrees_with_a_minute_by_minute_scan(scenario):
    moment, weekly, specials, tz = scenario
    status = hours.status_at(moment, weekly, specials, tz)
    assert status.is_open == reference_open(moment, weekly, specials, tz)
    # Special days end within 11 days; after them the weekly hours repeat, so 19 days see every change.
    change = reference_next_change(moment, weekly, specials, tz, days=19)
    if status.is_open:
        assert status.closes_at == change
        assert status.closing_soon == (change - moment <= datetime.timedelta(minutes=60))
        assert status.opens_at is None
    else:
        assert status.opens_at == change
        assert status.closes_at is None
    for at in (status.opens_at, status.closes_at, status.changes_at):
        assert at is None or at.tzinfo is UTC


@settings(max_examples=150, deadline=None)
@given(scenarios(), st.floats(0, 1))
def test_status_holds_until_it_says_it_changes(scenario, fraction):
    moment, weekly, specials, tz = scenario
    status = hours.status_at(moment, weekly, specials, tz)
    assert status.changes_at > moment
    later = moment + (status.changes_at - moment) * fraction
    if later < status.changes_at:
        assert hours.status_at(later, weekly, specials, tz) == status
    changed = hours.status_at(status.changes_at, weekly, specials, tz)
    assert changed != status
