"""A large practice for measuring pages at the size of a regional group (`load_demo_content --clinics 100
--procedures 300`): made-up sample clinics and procedures added to the demo's until there are that many. Each
clinic has 11 weekly intervals and 3 special days; each procedure a summary and two short sections in both
languages. Rows are written in bulk: a large demo loads in seconds."""

import datetime
import itertools
from collections import Counter

from django.utils import timezone
from django.utils.text import slugify

from locations.models import Clinic, OpeningHours, SpecialDay
from procedures.models import Procedure

# Southern California cities and one of their ZIP codes, in groups of about ten clinics at most per city.
CITIES = [
    ("Oceanside", "92054"),
    ("Carlsbad", "92008"),
    ("Vista", "92083"),
    ("San Marcos", "92069"),
    ("Encinitas", "92024"),
    ("Poway", "92064"),
    ("El Cajon", "92020"),
    ("La Mesa", "91942"),
    ("Santee", "92071"),
    ("National City", "91950"),
    ("Imperial Beach", "91932"),
    ("Temecula", "92590"),
    ("Murrieta", "92562"),
    ("Riverside", "92501"),
    ("Irvine", "92618"),
    ("Anaheim", "92805"),
    ("Santa Ana", "92701"),
    ("Long Beach", "90802"),
    ("Palm Springs", "92262"),
    ("El Centro", "92243"),
]
# What the staff of the nth sample clinic speak, in turn.
STAFF_LANGUAGES = [["en", "es"], ["en"], ["en", "es", "vi"], ["en", "es", "tl"], ["en", "zh"]]
MORNING, AFTERNOON = (datetime.time(8), datetime.time(12)), (datetime.time(13), datetime.time(17))


def grow(clinics, procedures):
    """Add sample clinics and procedures until there are `clinics` and `procedures` of each; the number of
    each added."""
    return _add_clinics(clinics - Clinic.objects.count()), _add_procedures(procedures - Procedure.objects.count())


def _add_clinics(count):
    if count <= 0:
        return 0
    start = Clinic.objects.count()
    today = timezone.localdate()
    added, in_city = [], Counter(Clinic.objects.values_list("city", flat=True))
    taken = set(Clinic.objects.values_list("slug_en", flat=True))
    for n in range(start, start + count):
        city, zip_code = CITIES[n % len(CITIES)]
        # The next free number in the city: staff may have deleted a sample clinic.
        while True:
            in_city[city] += 1
            name = f"{city} {in_city[city]}"
            if slugify(name) not in taken:
                break
        clinic = Clinic(
            name=name,
            name_en=name,
            name_es=name,
            slug_en=slugify(name),
            slug_es=slugify(name),
            street_address=f"{100 + n} Sample Street",
            city=city,
            state="CA",
            zip_code=zip_code,
            display_order=10 + n,
            staff_languages=STAFF_LANGUAGES[n % len(STAFF_LANGUAGES)],
            demo=True,
        )
        clinic.full_clean()
        added.append(clinic)
    Clinic.objects.bulk_create(added)
    added = list(Clinic.objects.filter(slug_en__in=[clinic.slug_en for clinic in added]))
    # 11 weekly intervals each: Monday to Friday with a lunch break, and Saturday morning.
    OpeningHours.objects.bulk_create(
        OpeningHours(clinic=clinic, weekday=weekday, opens=opens, closes=closes)
        for clinic in added
        for weekday in range(5)
        for opens, closes in (MORNING, AFTERNOON)
    )
    OpeningHours.objects.bulk_create(
        OpeningHours(clinic=clinic, weekday=5, opens=datetime.time(9), closes=datetime.time(12)) for clinic in added
    )
    # 3 special days each in the coming weeks: closed for staff training, spread over the clinics.
    SpecialDay.objects.bulk_create(
        SpecialDay(
            clinic=clinic,
            start_date=day,
            end_date=day,
            reason_en="Staff training",
            reason_es="Capacitación del personal",
        )
        for n, clinic in enumerate(added)
        for day in (today + datetime.timedelta(days=n % 20 + 7 * k) for k in range(1, 4))
    )
    return len(added)


def _add_procedures(count):
    if count <= 0:
        return 0
    taken = set(Procedure.objects.values_list("slug_en", flat=True))
    numbers = (n for n in itertools.count(1) if f"sample-procedure-{n}" not in taken)  # the first free ones
    added = []
    for n in itertools.islice(numbers, count):
        procedure = Procedure(
            name=f"Sample procedure {n}",
            name_en=f"Sample procedure {n}",
            name_es=f"Procedimiento de muestra {n}",
            slug_en=f"sample-procedure-{n}",
            slug_es=f"procedimiento-de-muestra-{n}",
            summary_en="Sample text for measuring pages: not a real procedure.",
            summary_es="Texto de muestra para medir las páginas: no es un procedimiento real.",
            what_it_is_en="<p>Sample text for measuring pages.</p>",
            what_it_is_es="<p>Texto de muestra para medir las páginas.</p>",
            after_en="<p>Sample text.</p>",
            after_es="<p>Texto de muestra.</p>",
            display_order=100 + n,
            demo=True,
        )
        procedure.full_clean()
        added.append(procedure)
    Procedure.objects.bulk_create(added)
    return len(added)
