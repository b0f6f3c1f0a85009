import datetime
import importlib
import sys
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import IntegrityError, transaction

from locations import hours
from locations.models import Clinic, HoursChange, OpeningHours, SpecialDay, SpecialHours
from phones.numbers import tel_uri, validate_us_phone
from practice.models import Practice
from procedures.models import Procedure
from tests.builders import image_upload, make_clinic, make_procedure, make_special_day

UTC = datetime.UTC


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
    Practice.objects.all().delete()  # a new site: the demo's details are not entered yet
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


def test_clinics_load_with_their_schedule_in_four_queries(db, django_assert_num_queries):
    for n in range(5):
        clinic = make_clinic(f"clinic-{n}", hours=[(0, "08:00", "12:00"), (0, "13:00", "17:00"), (3, "09:00", "12:00")])
        SpecialDay.objects.create(clinic=clinic, start_date=datetime.date(2026, 11, 30), reason_en="Training")
        make_special_day(
            [("09:00", "10:00"), ("11:00", "12:00")],
            clinic=clinic,
            start_date=datetime.date(2026, 12, 1),
            reason_en="Short",
        )
        for start, end in [(datetime.date(2027, 1, 5), None), (datetime.date(2026, 1, 5), datetime.date(2026, 2, 1))]:
            change = HoursChange.objects.create(clinic=clinic, start_date=start, end_date=end)
            OpeningHours.objects.create(
                clinic=clinic, change=change, weekday=1, opens=datetime.time(7), closes=datetime.time(9)
            )
    SpecialDay.objects.create(start_date=datetime.date(2026, 1, 1), reason_en="Long ago")
    moment = datetime.datetime(2026, 11, 23, 18, 0, tzinfo=datetime.UTC)
    with django_assert_num_queries(4):
        clinics = Clinic.objects.with_schedule(moment)  # these five and the demo's three
        schedules = {clinic.slug: clinic.schedule for clinic in clinics}
        for schedule in schedules.values():
            schedule.status, schedule.periods, schedule.upcoming_specials(), schedule.days_ahead(schedule.today, 30)
    assert len(schedules) == 8
    schedule = schedules["clinic-0"]
    assert schedule.weekly[0] == [
        hours.Interval(datetime.time(8), datetime.time(12)),
        hours.Interval(datetime.time(13), datetime.time(17)),
    ]
    # The change of hours ahead, not the one long over.
    assert [(change.start_date, change.weekly[1]) for change in schedule.changes] == [
        (datetime.date(2027, 1, 5), [hours.Interval(datetime.time(7), datetime.time(9))])
    ]
    assert schedule.specials[1].intervals == [
        hours.Interval(datetime.time(9), datetime.time(10)),
        hours.Interval(datetime.time(11), datetime.time(12)),
    ]
    # Its own day first, then the practice-wide ones not yet over (the demo's holidays), never one long past.
    assert [special.reason for special in schedule.specials] == [
        "Training",
        "Short",
        "Thanksgiving",
        "Christmas Day",
        "New Year's Day",
        "Memorial Day",
        "Independence Day",
        "Labor Day",
    ]
    assert schedule.status.is_open and schedule.status.closes_at == datetime.datetime(2026, 11, 23, 20, 0, tzinfo=UTC)


def test_clinics_read_at_two_moments_keep_their_own_schedule(db):
    clinic = make_clinic(hours=[(0, "08:00", "12:00")])
    monday_morning = datetime.datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    [morning] = Clinic.objects.filter(pk=clinic.pk).with_schedule(monday_morning)
    [afternoon] = Clinic.objects.filter(pk=clinic.pk).with_schedule(monday_morning + datetime.timedelta(hours=5))
    assert morning.schedule.status.is_open
    assert not afternoon.schedule.status.is_open


def test_a_clinic_special_day_comes_before_a_practice_wide_one(db):
    clinic = make_clinic(hours=[(3, "13:00", "17:00")])
    thanksgiving = SpecialDay.objects.get(clinic=None, start_date=datetime.date(2026, 11, 26))  # the demo's
    assert thanksgiving.closed
    make_special_day(
        [("09:00", "11:00")], clinic=clinic, start_date=datetime.date(2026, 11, 26), reason_en="Open for flu shots"
    )
    moment = datetime.datetime(2026, 11, 26, 9, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    [clinic] = Clinic.objects.filter(pk=clinic.pk).with_schedule(moment)
    status = clinic.schedule.status
    assert status.is_open and status.special.reason == "Open for flu shots"


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({"end_date": datetime.date(2026, 11, 25)}, {"end_date": ["The last day cannot be before the first day."]}),
    ],
)
def test_invalid_special_days_are_explained(db, fields, errors):
    special = SpecialDay(start_date=datetime.date(2026, 11, 26), reason_en="Holiday", **fields)
    with pytest.raises(ValidationError) as error:
        special.full_clean()
    assert error.value.message_dict == errors


def test_special_days_of_the_same_clinics_may_not_share_a_date(db):
    SpecialDay.objects.create(
        start_date=datetime.date(2026, 12, 28), end_date=datetime.date(2026, 12, 30), reason_en="Winter"
    )
    clash = SpecialDay(start_date=datetime.date(2026, 12, 30), reason_en="Inventory")
    message = "All clinics already have a special day on these dates: Winter (December 28, 2026 – December 30, 2026)."
    with pytest.raises(ValidationError) as error:
        clash.full_clean()
    assert error.value.messages == [message]
    # Another clinic's own day on the same date is fine: it takes precedence there.
    SpecialDay(clinic=make_clinic(), start_date=datetime.date(2026, 12, 30), reason_en="Open").full_clean()


def test_a_special_day_without_a_last_day_is_one_day_and_a_closed_one_has_no_hours(db):
    special = make_special_day([("09:00", "10:00")], start_date=datetime.date(2026, 11, 26), reason_en="Short")
    assert special.end_date == datetime.date(2026, 11, 26)
    assert special.intervals == [hours.Interval(datetime.time(9), datetime.time(10))]
    special.closed = True
    assert special.intervals == []


def test_an_interval_of_a_special_day_closes_after_it_opens(db):
    special = make_special_day(start_date=datetime.date(2026, 11, 26), reason_en="Short")
    row = SpecialHours(special_day=special, opens=datetime.time(12), closes=datetime.time(9))
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert error.value.message_dict == {"closes": ["The closing time must be after the opening time."]}


def test_procedure_sections_keep_reading_order_and_skip_empty_ones(db):
    procedure = make_procedure(results_en="<p>It helps.</p>", what_it_is_en="<p>A treatment.</p>", risks_en="")
    assert [(s.field, str(s.heading), s.anchor, s.text) for s in procedure.sections()] == [
        ("what_it_is", "What it is", "what-it-is", "<p>A treatment.</p>"),
        ("results", "Results", "results", "<p>It helps.</p>"),
    ]


def test_a_picture_needs_its_description_in_both_languages(db):
    procedure = make_procedure(picture_alt_en="A doctor explains the procedure.")
    procedure.picture = image_upload()
    with pytest.raises(ValidationError) as error:
        procedure.full_clean()
    assert error.value.message_dict == {
        "picture_alt_es": ["Describe the picture in Spanish for patients who cannot see it."]
    }
    clinic = make_clinic()
    clinic.picture = image_upload()
    with pytest.raises(ValidationError) as error:
        clinic.full_clean()
    assert set(error.value.message_dict) == {"picture_alt_en", "picture_alt_es"}


def test_published_hides_drafts(db):
    make_procedure("shown")
    make_procedure("draft", published=False)
    assert [p.slug for p in Procedure.objects.filter(slug__in=["shown", "draft"]).published()] == ["shown"]


def test_production_settings_refuse_to_start_without_a_secret_key(monkeypatch):

    monkeypatch.delenv("DJANGO_SECRET_KEY", raising=False)
    monkeypatch.delitem(sys.modules, "clinic.settings.prod", raising=False)
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY"):
        importlib.import_module("clinic.settings.prod")


def test_production_settings_read_hosts_and_database_from_the_environment(monkeypatch):

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
