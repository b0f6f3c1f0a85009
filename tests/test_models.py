import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from clinic.models import Practice
from clinic.phones import tel_uri, validate_us_phone
from locations.models import OpeningHours
from procedures.models import Procedure
from tests.builders import make_clinic, make_procedure


@pytest.mark.parametrize(
    ("phone", "uri"),
    [
        ("619-543-0144", "tel:+16195430144"),
        ("(619) 543 0144", "tel:+16195430144"),
        ("+1 619.543.0144", "tel:+16195430144"),
    ],
)
def test_tel_uri_dials_the_us_number(phone, uri):
    assert tel_uri(phone) == uri


@pytest.mark.parametrize("phone", ["543-0144", "619-543-01445", "call us", "2-619-543-0144"])
def test_phone_numbers_that_cannot_be_dialled_are_refused(phone):
    with pytest.raises(ValidationError, match="10-digit US phone number"):
        validate_us_phone(phone)


def test_the_practice_is_a_single_record(practice):
    other = Practice(name_en="Another", intro_en="x", phone="619-000-0000", portal_url="https://example.com/")
    other.save()
    assert Practice.objects.count() == 1
    assert Practice.load().name == "Another"


def test_practice_load_is_none_before_the_practice_is_entered(db):
    assert Practice.load() is None


def test_clinic_addresses_and_directions(db):
    clinic = make_clinic(street_address="3549 Camino del Rio South", suite="Suite A", zip_code="92108")
    assert clinic.street_line == "3549 Camino del Rio South, Suite A"
    assert clinic.city_line == "San Diego, CA 92108"
    assert clinic.directions_url == (
        "https://www.google.com/maps/dir/?api=1"
        "&destination=3549+Camino+del+Rio+South%2C+Suite+A%2C+San+Diego%2C+CA+92108"
    )


def test_clinic_without_suite_has_no_empty_comma(db):
    clinic = make_clinic(street_address="535 H Street", suite="")
    assert clinic.full_address == "535 H Street, San Diego, CA 92101"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"zip_code": "9210"}, "Enter a ZIP code"),
        ({"state": "California"}, "two capital letters"),
        ({"latitude": "32.7"}, "both latitude and longitude"),
        ({"latitude": "95", "longitude": "-117"}, "less than or equal to 90"),
        ({"phone": "12345"}, "10-digit US phone number"),
        ({"photo": "clinics/front.jpg"}, "Describe the photo"),
    ],
)
def test_invalid_clinic_fields_are_explained(db, fields, message):
    clinic = make_clinic()
    for name, value in fields.items():
        setattr(clinic, name, value)
    with pytest.raises(ValidationError, match=message):
        clinic.full_clean()


def test_hours_must_close_after_they_open(db):
    clinic = make_clinic()
    hours = OpeningHours(clinic=clinic, weekday=0, opens=datetime.time(17), closes=datetime.time(8))
    with pytest.raises(ValidationError) as error:
        hours.full_clean()
    assert error.value.message_dict == {"closes": ["The closing time must be after the opening time."]}


def test_the_database_refuses_hours_that_close_before_they_open(db):
    clinic = make_clinic()
    with pytest.raises(IntegrityError), transaction.atomic():
        OpeningHours.objects.create(clinic=clinic, weekday=0, opens=datetime.time(9), closes=datetime.time(9))


def test_week_schedule_lists_every_day_with_its_intervals_in_order(db):
    clinic = make_clinic(hours=[(3, "13:00", "17:00"), (0, "13:00", "17:00"), (0, "08:00", "12:00")])
    schedule = clinic.week_schedule()
    assert [weekday for weekday, _name, _intervals in schedule] == [0, 1, 2, 3, 4, 5, 6]
    assert schedule[0][2] == [(datetime.time(8), datetime.time(12)), (datetime.time(13), datetime.time(17))]
    assert schedule[1][2] == []
    assert str(schedule[3][1]) == "Thursday"


def test_procedure_sections_keep_reading_order_and_skip_empty_ones(db):
    procedure = make_procedure(results_en="It helps.", what_it_is_en="A treatment.", risks_en="")
    assert [(str(heading), anchor, text) for heading, anchor, text in procedure.sections()] == [
        ("What it is", "what-it-is", "A treatment."),
        ("Results", "results", "It helps."),
    ]


def test_procedure_image_needs_a_description(db):
    procedure = make_procedure(image="procedures/x.jpg")
    with pytest.raises(ValidationError, match="Describe the image"):
        procedure.full_clean()


def test_published_hides_drafts(db):
    make_procedure("shown")
    make_procedure("draft", published=False)
    assert [p.slug for p in Procedure.objects.published()] == ["shown"]


def test_production_settings_refuse_to_start_without_a_secret_key(monkeypatch):
    import importlib
    import sys

    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.delenv("DJANGO_SECRET_KEY", raising=False)
    monkeypatch.delitem(sys.modules, "clinic.settings.prod", raising=False)
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY"):
        importlib.import_module("clinic.settings.prod")


def test_production_settings_read_hosts_and_database_from_the_environment(monkeypatch):
    import importlib
    import sys

    monkeypatch.setenv("DJANGO_SECRET_KEY", "x" * 50)
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "www.example.com, example.com")
    monkeypatch.setenv("DATABASE_URL", "postgres://clinic:secret@db.example.com:5432/clinic")
    monkeypatch.delitem(sys.modules, "clinic.settings.prod", raising=False)
    monkeypatch.delitem(sys.modules, "clinic.settings.base", raising=False)
    prod = importlib.import_module("clinic.settings.prod")
    assert prod.DEBUG is False
    assert prod.ALLOWED_HOSTS == ["www.example.com", "example.com"]
    assert prod.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
    assert prod.DATABASES["default"]["HOST"] == "db.example.com"
