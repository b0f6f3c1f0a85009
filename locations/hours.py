"""Opening-hours rules: plain functions over intervals already loaded, no database access."""

from django.utils.dates import WEEKDAYS


def week_schedule(opening_hours):
    """Monday to Sunday as (weekday, day name, [(opens, closes), ...]); no interval means closed."""
    intervals = {weekday: [] for weekday in WEEKDAYS}
    for hours in opening_hours:
        intervals[hours.weekday].append((hours.opens, hours.closes))
    return [(weekday, name, sorted(intervals[weekday])) for weekday, name in WEEKDAYS.items()]
