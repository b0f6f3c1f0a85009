"""iCalendar feeds of closures and special hours (RFC 5545), per clinic and for the practice, in each language:
parsed and compared with the database, with UIDs that stay the same from one download to the next."""

import datetime

import icalendar
import pytest
from django.core.cache import caches

from locations.models import Clinic, HoursChange, OpeningHours, SpecialDay
from tests.builders import make_special_day
from tests.pages import address, clinic_page, soup, url_in

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")


def feed_url(slug, lang="en"):
    return address("locations:calendar", lang, slug=slug)


def events(client, url):
    caches["pages"].clear()
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    return calendar, {
        str(event["UID"]): (event.decoded("DTSTART"), event.decoded("DTEND"), str(event["SUMMARY"]))
        for event in calendar.walk("VEVENT")
    }


def test_the_practice_feed_lists_every_special_day_of_the_next_twelve_months(client):
    calendar, found = events(client, address("locations:practice_calendar"))
    assert str(calendar["X-WR-CALNAME"]) == "Pacific Coast Pain Management: closures and special hours"
    today = datetime.date(2026, 11, 23)
    expected = {
        f"special-day-{special.pk}@testserver": (
            special.start_date,
            special.end_date + datetime.timedelta(days=1),
            f"All clinics closed: {special.reason_en}",
        )
        for special in SpecialDay.objects.filter(
            end_date__gte=today, start_date__lte=today + datetime.timedelta(days=365)
        )
    }
    assert found == expected
    assert found[f"special-day-{SpecialDay.objects.get(reason_en='Thanksgiving').pk}@testserver"][:2] == (
        datetime.date(2026, 11, 26),
        datetime.date(2026, 11, 27),
    )


def test_a_clinic_feed_follows_its_own_special_days_before_the_practice_wide_ones(client):
    chula_vista = Clinic.objects.get(slug_en="chula-vista")
    eve = make_special_day(
        [("08:00", "10:00"), ("14:00", "17:00")],
        clinic=chula_vista,
        start_date=datetime.date(2026, 12, 24),
        end_date=datetime.date(2026, 12, 25),
        reason_en="Christmas Eve and Day",
        reason_es="Nochebuena y Navidad",
    )
    _calendar, found = events(client, feed_url("chula-vista"))
    christmas = SpecialDay.objects.get(reason_en="Christmas Day")
    assert f"special-day-{christmas.pk}-clinic-{chula_vista.pk}-20261225@testserver" not in found
    assert found[f"special-day-{eve.pk}-clinic-{chula_vista.pk}-20261224@testserver"] == (
        datetime.date(2026, 12, 24),
        datetime.date(2026, 12, 26),
        "Chula Vista clinic: special hours 8:00 a.m. – 10:00 a.m., 2:00 p.m. – 5:00 p.m. (Christmas Eve and Day)",
    )
    thanksgiving = SpecialDay.objects.get(reason_en="Thanksgiving")
    assert found[f"special-day-{thanksgiving.pk}-clinic-{chula_vista.pk}-20261126@testserver"][2] == (
        "Chula Vista clinic closed: Thanksgiving"
    )
    # The other clinics keep the practice's Christmas.
    _calendar, san_diego = events(client, feed_url("san-diego"))
    assert any(summary == "San Diego clinic closed: Christmas Day" for _s, _e, summary in san_diego.values())


def test_feeds_are_written_in_the_page_language(client):
    calendar, found = events(client, feed_url("escondido", "es"))
    assert feed_url("escondido", "es") == "/es/clinicas/escondido/calendario.ics"
    assert str(calendar["X-WR-CALNAME"]) == "Clínica de Escondido: cierres y horarios especiales"
    assert "Clínica de Escondido cerrada: Día de Acción de Gracias" in {summary for _s, _e, summary in found.values()}
    event = next(iter(icalendar.Calendar.from_ical(client.get(feed_url("escondido", "es")).content).walk("VEVENT")))
    assert event["SUMMARY"].params["LANGUAGE"] == "es"
    assert str(event["LOCATION"]) == "240 W Mission Ave, Suite C, Escondido, CA 92025"


def test_a_subscribed_calendar_sees_the_same_events_again(client, time_machine):
    """Downloaded again a day later, an event keeps its UID: a calendar updates it instead of adding it twice."""
    _calendar, before = events(client, feed_url("san-diego"))
    time_machine.shift(datetime.timedelta(days=1))
    _calendar, after = events(client, feed_url("san-diego"))
    assert after == before


def test_a_feed_stops_at_twelve_months_and_leaves_out_what_is_over(client):
    SpecialDay.objects.create(start_date=datetime.date(2028, 1, 3), end_date=datetime.date(2028, 1, 3), reason_en="Far")
    SpecialDay.objects.create(
        start_date=datetime.date(2026, 11, 2), end_date=datetime.date(2026, 11, 2), reason_en="Past"
    )
    for url in [address("locations:practice_calendar"), feed_url("san-diego")]:
        _calendar, found = events(client, url)
        summaries = " ".join(summary for _s, _e, summary in found.values())
        assert "Far" not in summaries and "Past" not in summaries and "Thanksgiving" in summaries


def test_the_clinic_page_and_week_view_offer_the_feeds_as_links_and_subscriptions(client):
    links = soup(client.get(clinic_page("san-diego", "es"))).select(".calendar-links a")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("Agregar los cierres a su calendario", "/es/clinicas/san-diego/calendario.ics"),
        (
            "suscribirse, para que su calendario se mantenga al día",
            "webcal://testserver/es/clinicas/san-diego/calendario.ics",
        ),
    ]
    links = soup(client.get(address("week"))).select(".calendar-links a")
    assert [a["href"] for a in links] == ["/en/clinics/calendar.ics", "webcal://testserver/en/clinics/calendar.ics"]


def test_a_feed_for_no_clinic_is_not_found_and_an_old_slug_redirects(client, staff_client):
    assert client.get("/en/clinics/nowhere/calendar.ics").status_code == 404
    response = client.get("/en/clinics/chula-vista/calendario.ics")
    assert response.status_code == 404
    response = client.get("/es/clinicas/chula-vista/calendar.ics")
    assert response.status_code == 404
    clinic = Clinic.objects.get(slug_en="chula-vista")
    clinic.slug_en = "chula-vista-h-street"
    clinic.save()
    response = client.get("/en/clinics/chula-vista/calendar.ics")
    assert (response.status_code, response["Location"]) == (301, "/en/clinics/chula-vista-h-street/calendar.ics")
    assert url_in("en", clinic) == "/en/clinics/chula-vista-h-street/"


def test_feeds_announce_each_change_of_weekly_hours_of_the_next_twelve_months(client):
    """Summer hours from June to August: one event the day they begin and one the day the usual hours come
    back; a change beyond twelve months is left out."""
    chula_vista = Clinic.objects.get(slug_en="chula-vista")
    summer = HoursChange.objects.create(
        clinic=chula_vista, start_date=datetime.date(2027, 6, 1), end_date=datetime.date(2027, 8, 31)
    )
    OpeningHours.objects.create(
        clinic=chula_vista, change=summer, weekday=4, opens=datetime.time(8), closes=datetime.time(12)
    )
    OpeningHours.objects.create(
        clinic=chula_vista,
        change=summer,
        weekday=5,
        opens=datetime.time(9),
        closes=datetime.time(12),
        weeks=[1, 3],
        by_appointment=True,
    )
    HoursChange.objects.create(clinic=chula_vista, start_date=datetime.date(2028, 1, 3))
    address_line = "535 H Street, Chula Vista, CA 91910"

    def changes_of_hours(url):
        calendar = icalendar.Calendar.from_ical(client.get(url).content)
        return {
            str(event["UID"]): (event.decoded("DTSTART"), event.decoded("DTEND"), str(event["SUMMARY"]))
            for event in calendar.walk("VEVENT")
            if str(event["UID"]).startswith("weekly-hours-")
        }

    caches["pages"].clear()
    begins, ends = (
        f"weekly-hours-clinic-{chula_vista.pk}-20270601@testserver",
        (f"weekly-hours-clinic-{chula_vista.pk}-20270901@testserver"),
    )
    assert changes_of_hours(feed_url("chula-vista")) == {
        begins: (
            datetime.date(2027, 6, 1),
            datetime.date(2027, 6, 2),
            "New weekly hours: Friday: 8:00 a.m. – noon; Saturday: 9:00 a.m. – noon"
            " (1st and 3rd Saturday of the month) (by appointment only)",
        ),
        ends: (
            datetime.date(2027, 9, 1),
            datetime.date(2027, 9, 2),
            "New weekly hours: Friday: 8:00 a.m. – noon",
        ),
    }
    practice = changes_of_hours(address("locations:practice_calendar", "es"))
    assert set(practice) == {begins, ends}
    assert practice[ends][2] == "Clínica de Chula Vista: nuevo horario semanal: viernes: 8:00 a.m. – 12 del mediodía"
    event = next(
        event
        for event in icalendar.Calendar.from_ical(client.get(feed_url("chula-vista", "es")).content).walk("VEVENT")
        if str(event["UID"]) == begins
    )
    assert (event["SUMMARY"].params["LANGUAGE"], str(event["LOCATION"])) == ("es", address_line)
    assert "1.er y 3.er sábado de cada mes" in str(event["SUMMARY"]) and "solo con cita" in str(event["SUMMARY"])
