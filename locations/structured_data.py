"""schema.org data for a clinic page, built from the same loaded hours the page shows."""

import datetime

from phones.numbers import e164

MIDNIGHT = datetime.time(0, 0)
SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _hhmm(time):
    return time.strftime("%H:%M")


def clinic_json_ld(clinic, url, practice, part_of=True):
    """A MedicalClinic: address, phone, weekly hours and the special days of the next 30 days.
    `part_of` names the practice it belongs to (not needed inside the practice's own data)."""
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
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[weekday]}",
                "opens": _hhmm(opens),
                "closes": _hhmm(closes),
            }
            for weekday, intervals in schedule.weekly.items()
            for opens, closes in intervals
        ],
        "specialOpeningHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "name": special.reason,
                "validFrom": special.start_date.isoformat(),
                "validThrough": special.end_date.isoformat(),
                "opens": _hhmm(opens),
                "closes": _hhmm(closes),
            }
            for special in schedule.upcoming_specials()
            # Closed all day is written, as schema.org asks, as opening and closing at midnight.
            for opens, closes in special.intervals or [(MIDNIGHT, MIDNIGHT)]
        ],
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
    if practice and part_of:
        data["parentOrganization"] = {"@type": "MedicalOrganization", "name": practice.name}
    return data
