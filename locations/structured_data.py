"""schema.org data for a clinic page, built from the same loaded hours the page shows."""

import datetime

from phones.numbers import e164

MIDNIGHT = datetime.time(0, 0)
SPECIAL_DAYS_AHEAD = 30
SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _hhmm(time):
    return time.strftime("%H:%M")


def _walk_in(intervals):
    """What schema.org calls opening hours: the intervals patients may come in, not those by appointment."""
    return [interval for interval in intervals if not interval.by_appointment]


def _specification(opens, closes, **more):
    return {"@type": "OpeningHoursSpecification", **more, "opens": _hhmm(opens), "closes": _hhmm(closes)}


def _weekly_specifications(schedule):
    """The weekly hours of today and of each change ahead, with the dates they apply (validFrom and
    validThrough). Intervals of some weeks of the month only are not weekly: the dates they fall on are
    among the special ones."""
    specifications = []
    for n, period in enumerate(schedule.periods):
        validity = {}
        if n:
            validity["validFrom"] = period.first.isoformat()
        if period.last is not None:
            validity["validThrough"] = period.last.isoformat()
        specifications += [
            _specification(
                interval.opens, interval.closes, dayOfWeek=f"https://schema.org/{SCHEMA_DAYS[weekday]}", **validity
            )
            for weekday, intervals in period.weekly.items()
            for interval in _walk_in(intervals)
            if not interval.weeks
        ]
    return specifications


def _special_specifications(schedule):
    """The special days of the next 30 days, and the dates on which intervals of some weeks of the month
    only fall; each lists all of its date's hours, as schema.org's special hours replace the day's."""
    specifications = [
        _specification(
            opens,
            closes,
            name=special.reason,
            validFrom=special.start_date.isoformat(),
            validThrough=special.end_date.isoformat(),
        )
        for special in schedule.upcoming_specials()
        # Closed all day is written, as schema.org asks, as opening and closing at midnight.
        for opens, closes, *_rest in _walk_in(special.intervals) or [(MIDNIGHT, MIDNIGHT)]
    ]
    for day, intervals, special in schedule.days_ahead(schedule.today, SPECIAL_DAYS_AHEAD):
        if special is None and any(interval.weeks for interval in schedule.usual_hours(day)):
            date = day.isoformat()
            specifications += [
                _specification(opens, closes, validFrom=date, validThrough=date)
                for opens, closes, *_rest in _walk_in(intervals) or [(MIDNIGHT, MIDNIGHT)]
            ]
    return specifications


def clinic_json_ld(clinic, url, practice):
    """A MedicalClinic: address, phone, weekly hours (with those of changes ahead) and the special days of
    the next 30 days, and the practice it belongs to."""
    schedule = clinic.schedule
    phone = clinic.phone or (practice.phone if practice else "")
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalClinic",
        # Provider pages refer to the clinic by it.
        "@id": url,
        "name": clinic.name,
        "url": url,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": clinic.street_line,
            "addressLocality": clinic.city,
            "addressRegion": clinic.state,
            "postalCode": clinic.zip_code,
            "addressCountry": "US",
        },
        "openingHoursSpecification": _weekly_specifications(schedule),
        "specialOpeningHoursSpecification": _special_specifications(schedule),
    }
    if phone:
        data["telephone"] = e164(phone)
    features = [
        {"@type": "LocationFeatureSpecification", "name": name, "value": getattr(clinic, field)}
        for field, name in clinic.FEATURES
        if getattr(clinic, field) is not None
    ]
    if features:
        data["amenityFeature"] = features
    if clinic.staff_languages:
        contact = {"@type": "ContactPoint", "contactType": "appointments", "availableLanguage": clinic.staff_languages}
        if phone:
            contact["telephone"] = e164(phone)
        data["contactPoint"] = contact
    if clinic.latitude is not None and clinic.longitude is not None:
        latitude, longitude = float(clinic.latitude), float(clinic.longitude)
        data["geo"] = {"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude}
    if practice:
        data["parentOrganization"] = {"@type": "MedicalOrganization", "name": practice.name}
    return data
