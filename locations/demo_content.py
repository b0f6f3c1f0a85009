"""The demo practice's clinics, weekly hours and holidays (facts from shared/content-facts.md), for
`manage.py load_demo_content`."""

import datetime

from django.utils import timezone

from demo.loading import create

from . import public_holidays
from .models import Clinic, OpenAsUsual, OpeningHours, SpecialDay

# Weekday numbers follow django.utils.dates.WEEKDAYS: 0 is Monday.
CLINICS = [
    {
        "slug_en": "san-diego",
        "slug_es": "san-diego",
        "name_en": "San Diego",
        "name_es": "San Diego",
        "street_address": "3549 Camino del Rio South",
        "suite": "Suite A",
        "city": "San Diego",
        "state": "CA",
        "zip_code": "92108",
        "display_order": 1,
        "parking_en": "Free parking in the building's lot, with accessible spaces beside the entrance.",
        "parking_es": "Estacionamiento gratuito en el lote del edificio, con lugares accesibles junto a la entrada.",
        "transit_en": (
            "MTS buses stop on Camino del Rio South, a short walk away. Plan your trip at sdmts.com or call 511."
        ),
        "transit_es": (
            "Los autobuses de MTS paran en Camino del Rio South, a poca distancia. Planee su viaje en sdmts.com o"
            " llame al 511."
        ),
        "entrance_en": "Use the main door of the building. Suite A is on the first floor, to your right.",
        "entrance_es": "Use la puerta principal del edificio. La Suite A está en la planta baja, a la derecha.",
        "step_free_entrance": True,
        "elevator": True,
        "accessible_restroom": True,
        "wheelchairs_available": True,
        "staff_languages": ["en", "es"],
        "hours": [(0, "08:00", "17:00"), (1, "08:00", "17:00"), (3, "13:00", "17:00"), (4, "13:00", "17:00")],
    },
    {
        "slug_en": "chula-vista",
        "slug_es": "chula-vista",
        "name_en": "Chula Vista",
        "name_es": "Chula Vista",
        "street_address": "535 H Street",
        "suite": "",
        "city": "Chula Vista",
        "state": "CA",
        "zip_code": "91910",
        "display_order": 2,
        "parking_en": (
            "Free parking behind the building, with accessible spaces near the back door. Street parking on H "
            "Street is metered."
        ),
        "parking_es": (
            "Estacionamiento gratuito detrás del edificio, con lugares accesibles cerca de la puerta trasera. El "
            "estacionamiento en la calle H tiene parquímetros."
        ),
        "transit_en": "MTS buses stop on H Street near the clinic. Plan your trip at sdmts.com or call 511.",
        "transit_es": (
            "Los autobuses de MTS paran en la calle H, cerca de la clínica. Planee su viaje en sdmts.com o llame "
            "al 511."
        ),
        "entrance_en": "The entrance faces H Street. The back door from the parking lot is open during clinic hours.",
        "entrance_es": (
            "La entrada da a la calle H. La puerta trasera, desde el estacionamiento, está abierta en horario de "
            "la clínica."
        ),
        "step_free_entrance": True,
        "accessible_restroom": True,
        "wheelchairs_available": True,
        "staff_languages": ["en", "es"],
        "hours": [(4, "08:00", "12:00")],
    },
    {
        "slug_en": "escondido",
        "slug_es": "escondido",
        "name_en": "Escondido",
        "name_es": "Escondido",
        "street_address": "240 W Mission Ave",
        "suite": "Suite C",
        "city": "Escondido",
        "state": "CA",
        "zip_code": "92025",
        "display_order": 3,
        "parking_en": "Free parking in the lot next to the building. Accessible spaces are by the front walk.",
        "parking_es": (
            "Estacionamiento gratuito en el lote junto al edificio. Los lugares accesibles están junto a la acera"
            " de la entrada."
        ),
        "transit_en": (
            "The Escondido Transit Center (NCTD BREEZE buses and the SPRINTER train) is a short walk away. Plan "
            "your trip at gonctd.com."
        ),
        "transit_es": (
            "El Centro de Transporte de Escondido (autobuses BREEZE de NCTD y el tren SPRINTER) está a poca "
            "distancia. Planee su viaje en gonctd.com."
        ),
        "entrance_en": "Suite C is on the ground floor, through the main door on Mission Avenue.",
        "entrance_es": "La Suite C está en la planta baja; entre por la puerta principal en Mission Avenue.",
        "step_free_entrance": True,
        "accessible_restroom": True,
        "staff_languages": ["en", "es"],
        "hours": [(2, "08:00", "12:00")],
    },
]


def _nth_weekday(year, month, weekday, n):
    """The n-th given weekday (0 is Monday) of a month; n = -1 for the last one."""
    if n > 0:
        first = datetime.date(year, month, 1)
        return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)
    return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)


# Practice-wide holidays: (English, Spanish, the date in a given year).
HOLIDAYS = [
    ("New Year's Day", "Año Nuevo", lambda year: datetime.date(year, 1, 1)),
    ("Memorial Day", "Día de los Caídos", lambda year: _nth_weekday(year, 5, 0, -1)),
    ("Independence Day", "Día de la Independencia", lambda year: datetime.date(year, 7, 4)),
    ("Labor Day", "Día del Trabajo", lambda year: _nth_weekday(year, 9, 0, 1)),
    ("Thanksgiving", "Día de Acción de Gracias", lambda year: _nth_weekday(year, 11, 3, 4)),
    ("Christmas Day", "Navidad", lambda year: datetime.date(year, 12, 25)),
]


def holiday_closures(today):
    """Each holiday's next date from `today` on, as practice-wide closed days in date order."""
    closures = []
    for reason_en, reason_es, on in HOLIDAYS:
        day = on(today.year) if on(today.year) >= today else on(today.year + 1)
        closures.append({"start_date": day, "end_date": day, "reason_en": reason_en, "reason_es": reason_es})
    return sorted(closures, key=lambda closure: closure["start_date"])


def open_as_usual(today, closures):
    """The other US federal and California holidays of the coming year: the demo practice keeps its weekly
    hours on them (so the site check finds every holiday decided)."""
    closed = {closure["start_date"] for closure in closures}
    ahead = public_holidays.between(today, today + datetime.timedelta(days=364))
    return [{"date": holiday.date, "holiday": holiday.name_en} for holiday in ahead if holiday.date not in closed]


def load():
    """Each kind of content while its table is empty: [(what was added, the records to version)]."""
    loaded = []
    if not Clinic.objects.exists():
        clinics = []
        for data in CLINICS:
            data = dict(data)
            hours = data.pop("hours")
            # The visit details are made up for the demo: the admin asks staff to check them.
            clinic = create(Clinic, {**data, "demo": True})
            clinics.append(clinic)
            for weekday, opens, closes in hours:
                create(OpeningHours, {"clinic": clinic, "weekday": weekday, "opens": opens, "closes": closes})
        loaded.append((f"{len(CLINICS)} clinics with their weekly hours", clinics))
    if not SpecialDay.objects.exists():
        closures = [create(SpecialDay, data) for data in holiday_closures(timezone.localdate())]
        loaded.append((f"{len(closures)} practice-wide holidays", closures))
    if not OpenAsUsual.objects.exists():
        today = timezone.localdate()
        kept = [create(OpenAsUsual, data) for data in open_as_usual(today, holiday_closures(today))]
        loaded.append((f"{len(kept)} holidays open as usual", kept))
    return loaded
