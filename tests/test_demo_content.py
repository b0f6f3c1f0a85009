import datetime
import io

import pytest
from django.core.management import call_command
from reversion.models import Revision

from locations.models import Clinic, OpeningHours, SpecialDay
from practice.models import Practice
from procedures.models import Procedure


@pytest.fixture(autouse=True)
def new_site(db):
    """A site just migrated, with nothing loaded yet: the test database starts with the demo, emptied here (the
    practice's taglines go with it, a clinic's hours with the clinic)."""
    for model in [Revision, Practice, SpecialDay, Clinic, Procedure]:
        model.objects.all().delete()


def load():
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def snapshot():
    return {
        "practice": list(Practice.objects.values()),
        "clinics": list(Clinic.objects.values()),
        "hours": list(OpeningHours.objects.values()),
        "special_days": list(SpecialDay.objects.values()),
        "procedures": list(Procedure.objects.values()),
        "related": list(Procedure.related.through.objects.values_list("from_procedure__slug", "to_procedure__slug")),
    }


@pytest.mark.django_db
def test_demo_content_holds_the_three_clinics_and_their_exact_hours():
    load()
    hours = {
        clinic.slug: [
            (h.weekday, h.opens.strftime("%H:%M"), h.closes.strftime("%H:%M")) for h in clinic.opening_hours.all()
        ]
        for clinic in Clinic.objects.prefetch_related("opening_hours")
    }
    assert hours == {
        "san-diego": [(0, "08:00", "17:00"), (1, "08:00", "17:00"), (3, "13:00", "17:00"), (4, "13:00", "17:00")],
        "chula-vista": [(4, "08:00", "12:00")],
        "escondido": [(2, "08:00", "12:00")],
    }
    assert [c.full_address for c in Clinic.objects.all()] == [
        "3549 Camino del Rio South, Suite A, San Diego, CA 92108",
        "535 H Street, Chula Vista, CA 91910",
        "240 W Mission Ave, Suite C, Escondido, CA 92025",
    ]
    assert Practice.load().phone == "619-543-0144"


@pytest.mark.django_db
def test_every_visible_demo_text_exists_in_both_languages():
    load()
    for procedure in Procedure.objects.all():
        for field in ["name", "summary"] + [f for f, _h, _a in Procedure.SECTIONS]:
            assert bool(getattr(procedure, f"{field}_en")) == bool(getattr(procedure, f"{field}_es")), (
                procedure,
                field,
            )
    practice = Practice.load()
    assert practice.intro_es and practice.spanish_line_es
    assert all(c.name_es for c in Clinic.objects.all())


@pytest.mark.django_db
def test_loading_twice_adds_nothing():
    assert "Demo content added" in load()
    before = snapshot()
    assert load() == "Demo content already present; nothing changed.\n"
    assert snapshot() == before


@pytest.mark.django_db
def test_loading_again_keeps_what_staff_changed():
    load()
    chula_vista = Clinic.objects.get(slug="chula-vista")
    chula_vista.name_es = "Chula Vista (centro)"
    chula_vista.save()
    chula_vista.opening_hours.update(opens=datetime.time(9))
    Clinic.objects.get(slug="escondido").opening_hours.all().delete()
    Practice.objects.update(phone="619-000-1111")
    rhizotomy = Procedure.objects.get(slug="medial-branch-rhizotomy")
    rhizotomy.related.clear()
    before = snapshot()

    load()

    assert snapshot() == before
    assert Clinic.objects.get(slug="escondido").opening_hours.count() == 0


@pytest.mark.django_db
def test_loading_again_does_not_bring_back_what_staff_deleted():
    load()
    Procedure.objects.filter(slug="spinal-cord-stimulation").delete()
    Clinic.objects.filter(slug="escondido").delete()
    assert load() == "Demo content already present; nothing changed.\n"
    assert not Procedure.objects.filter(slug="spinal-cord-stimulation").exists()
    assert not Clinic.objects.filter(slug="escondido").exists()


@pytest.mark.django_db
def test_an_emptied_table_is_filled_again_without_touching_the_others():
    load()
    Practice.objects.update(phone="619-000-1111")
    Procedure.objects.all().delete()
    assert load() == "Demo content added: 6 procedures.\n"
    assert Procedure.objects.get(slug="medial-branch-rhizotomy").related.count() == 5
    assert Practice.load().phone == "619-000-1111"


@pytest.mark.django_db
def test_demo_holidays_are_the_next_ones_and_practice_wide(monday_morning):
    load()
    assert [
        (s.start_date.isoformat(), s.reason_en, s.reason_es, s.clinic, s.closed) for s in SpecialDay.objects.all()
    ] == [
        ("2026-11-26", "Thanksgiving", "Día de Acción de Gracias", None, True),
        ("2026-12-25", "Christmas Day", "Navidad", None, True),
        ("2027-01-01", "New Year's Day", "Año Nuevo", None, True),
        ("2027-05-31", "Memorial Day", "Día de los Caídos", None, True),
        ("2027-07-04", "Independence Day", "Día de la Independencia", None, True),
        ("2027-09-06", "Labor Day", "Día del Trabajo", None, True),
    ]
