"""US federal and California public holidays (the `holidays` package), named in English and Spanish, and
those ahead on which a clinic normally open has nothing decided: no special day, not marked open as usual."""

import datetime
from typing import NamedTuple

import holidays
from django.utils import timezone, translation

from .models import Clinic, OpenAsUsual, SpecialDay

OBSERVED = " (observed)"
# The package names US holidays in English only. Every name it gives for California has its Spanish here
# (tests/test_public_holidays.py checks the years ahead).
SPANISH = {
    "New Year's Day": "Año Nuevo",
    "Martin Luther King Jr. Day": "Día de Martin Luther King Jr.",
    "Susan B. Anthony Day": "Día de Susan B. Anthony",
    "Presidents' Day": "Día de los Presidentes",
    "Cesar Chavez Day": "Día de César Chávez",
    "Memorial Day": "Día de los Caídos",
    "Juneteenth National Independence Day": "Día Nacional de la Independencia (Juneteenth)",
    "Independence Day": "Día de la Independencia",
    "Labor Day": "Día del Trabajo",
    "Native American Day": "Día de los Nativos Americanos",
    "Diwali": "Diwali",
    "Columbus Day": "Día de Colón",
    "Veterans Day": "Día de los Veteranos",
    "Thanksgiving Day": "Día de Acción de Gracias",
    "Day After Thanksgiving": "Día después de Acción de Gracias",
    "Christmas Day": "Navidad",
}


class Holiday(NamedTuple):
    date: datetime.date
    name_en: str
    name_es: str

    @property
    def name(self):
        """The name in the current language."""
        return self.name_es if translation.get_language() == "es" else self.name_en


def spanish_name(name):
    """ "Presidents' Day; Susan B. Anthony Day" and "Christmas Day (observed)" in Spanish; a name the table
    lacks stays in English."""
    parts = []
    for part in name.split("; "):
        observed = part.endswith(OBSERVED)
        base = SPANISH.get(part.removesuffix(OBSERVED), part.removesuffix(OBSERVED))
        parts.append(f"{base} (día trasladado)" if observed else base)
    return "; ".join(parts)


def between(first, last):
    """The public holidays from `first` to `last`, in date order."""
    calendar = holidays.country_holidays("US", subdiv="CA", years=range(first.year, last.year + 1))
    return [Holiday(day, name, spanish_name(name)) for day, name in sorted(calendar.items()) if first <= day <= last]


def undecided(first, last):
    """[(holiday, [clinics whose weekly hours open that day with nothing decided for it])] from `first` to
    `last`, holidays with no such clinic left out: in six queries whatever the number of clinics."""
    upcoming = between(first, last)
    if not upcoming:
        return []
    clinics = Clinic.objects.with_schedule(timezone.now())
    specials = list(SpecialDay.objects.filter(start_date__lte=last, end_date__gte=first))
    kept = {(day.date, day.clinic_id) for day in OpenAsUsual.objects.filter(date__gte=first, date__lte=last)}

    def decided(day, clinic):
        return {(day, None), (day, clinic.pk)} & kept or any(
            special.start_date <= day <= special.end_date and special.clinic_id in (None, clinic.pk)
            for special in specials
        )

    found = []
    for holiday in upcoming:
        waiting = [
            clinic
            for clinic in clinics
            if clinic.schedule.usual_hours(holiday.date) and not decided(holiday.date, clinic)
        ]
        if waiting:
            found.append((holiday, waiting))
    return found
