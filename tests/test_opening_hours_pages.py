"""What patients read about opening hours: status, special days, grouped hours, week view, JSON-LD."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from alerts.models import Alert
from locations.models import Clinic, HoursChange, OpeningHours, SpecialDay
from practice.models import Practice
from tests.builders import make_special_day
from tests.pages import address, admin_url, clinic_page, form_data, json_ld, soup, text, url_in

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

LA = ZoneInfo("America/Los_Angeles")


def status(client, path):
    return " ".join(soup(client.get(path)).select_one("main .status").get_text(" ").split())


def at(time_machine, text):
    time_machine.move_to(datetime.datetime.fromisoformat(text).replace(tzinfo=LA), tick=False)


@pytest.mark.parametrize(
    ("moment", "english", "spanish"),
    [
        ("2026-11-23 10:00", "Open now. Closes at 5:00 p.m.", "Abierto ahora. Cierra a las 5:00 p.m."),
        (
            "2026-11-23 16:15",
            "Open now, closing soon. Closes at 5:00 p.m.",
            "Abierto ahora, cierra pronto. Cierra a las 5:00 p.m.",
        ),
        ("2026-11-23 07:00", "Closed now. Opens today at 8:00 a.m.", "Cerrado ahora. Abre hoy a las 8:00 a.m."),
        ("2026-11-23 17:00", "Closed now. Opens tomorrow at 8:00 a.m.", "Cerrado ahora. Abre mañana a las 8:00 a.m."),
        ("2026-11-24 18:00", "Closed now. Opens Friday at 1:00 p.m.", "Cerrado ahora. Abre el viernes a la 1:00 p.m."),
        (
            "2026-11-26 14:00",
            "Closed today: Thanksgiving. Opens tomorrow at 1:00 p.m.",
            "Cerrado hoy: Día de Acción de Gracias. Abre mañana a la 1:00 p.m.",
        ),
    ],
)
def test_san_diego_status_in_both_languages(client, time_machine, moment, english, spanish):
    at(time_machine, moment)
    assert status(client, clinic_page("san-diego")) == english
    assert status(client, clinic_page("san-diego", "es")) == spanish


def test_status_names_a_date_more_than_a_week_away(client, time_machine):
    at(time_machine, "2026-11-20 12:00")  # a Friday; Chula Vista opens only on Fridays
    SpecialDay.objects.create(
        clinic=Clinic.objects.get(slug="chula-vista"),
        start_date=datetime.date(2026, 11, 20),
        end_date=datetime.date(2026, 12, 3),
        reason_en="Remodeling",
        reason_es="Remodelación",
    )
    assert status(client, clinic_page("chula-vista")) == (
        "Closed today: Remodeling. Opens Friday, December 4 at 8:00 a.m."
    )
    assert status(client, clinic_page("chula-vista", "es")) == (
        "Cerrado hoy: Remodelación. Abre el viernes 4 de diciembre a las 8:00 a.m."
    )


def test_status_is_computed_for_each_request(client, time_machine):
    at(time_machine, "2026-11-27 07:59")
    assert status(client, clinic_page("chula-vista")) == "Closed now. Opens today at 8:00 a.m."
    at(time_machine, "2026-11-27 08:00")
    assert status(client, clinic_page("chula-vista")) == "Open now. Closes at noon"
    at(time_machine, "2026-11-27 11:00")
    assert status(client, clinic_page("chula-vista")) == "Open now, closing soon. Closes at noon"


def test_upcoming_special_days_come_before_the_regular_hours(client):
    page = soup(client.get(clinic_page("escondido")))
    special_days = page.select_one(".special-days")
    assert special_days.find_next("table", class_="hours") is not None
    assert [" ".join(li.get_text(" ").split()) for li in special_days.select("li")] == [
        "Thursday, November 26: Closed (Thanksgiving)"
    ]
    page = soup(client.get(clinic_page("escondido", "es")))
    assert [" ".join(li.get_text(" ").split()) for li in page.select(".special-days li")] == [
        "Jueves 26 de noviembre: Cerrado (Día de Acción de Gracias)"
    ]


def test_past_special_days_disappear_by_themselves(client, time_machine):
    at(time_machine, "2026-11-27 09:00")
    assert client.get(clinic_page("escondido")).content.decode().count("Thanksgiving") == 0
    # Christmas is now within 30 days.
    assert "Friday, December 25: Closed (Christmas Day)" in text(client.get(clinic_page("escondido")))


def test_special_hours_and_date_ranges_read_naturally(client):
    make_special_day(
        [("09:00", "12:00"), ("13:00", "15:30")],
        clinic=Clinic.objects.get(slug="san-diego"),
        start_date=datetime.date(2026, 12, 14),
        end_date=datetime.date(2026, 12, 15),
        reason_en="Short days",
        reason_es="Días cortos",
    )
    assert "Monday, December 14 to Tuesday, December 15: 9:00 a.m. – noon 1:00 p.m. – 3:30 p.m. (Short days)" in (
        text(client.get(clinic_page("san-diego")))
    )
    assert (
        "Del lunes 14 de diciembre al martes 15 de diciembre: "
        "9:00 a.m. – 12 del mediodía 1:00 p.m. – 3:30 p.m. (Días cortos)"
        in text(client.get(clinic_page("san-diego", "es")))
    )


def test_every_clinic_card_shows_its_status(client):
    statuses = [
        " ".join(p.get_text(" ").split()) for p in soup(client.get(address("home"))).select(".clinic-card .status")
    ]
    assert statuses == [
        "Open now. Closes at 5:00 p.m.",
        "Closed now. Opens Friday at 8:00 a.m.",
        "Closed now. Opens Wednesday at 8:00 a.m.",
    ]


def week_rows(response):
    table = soup(response).select_one("table.week")
    header = [" ".join(th.get_text(" ").split()) for th in table.select("thead th")]
    for short_label in table.select(".day-short"):
        short_label.decompose()  # hidden from screen readers, who read the long label
    rows = [[" ".join(cell.get_text(" ").split()) for cell in row.select("th, td")] for row in table.select("tbody tr")]
    return header, rows, table


def test_week_view_shows_every_clinic_on_every_day_with_today_highlighted(client):
    header, rows, table = week_rows(client.get(address("week")))
    assert header == ["Day", "San Diego", "Chula Vista", "Escondido"]
    assert rows == [
        ["Today Monday, November 23", "8:00 a.m. – 5:00 p.m.", "Closed", "Closed"],
        ["Tuesday, November 24", "8:00 a.m. – 5:00 p.m.", "Closed", "Closed"],
        ["Wednesday, November 25", "Closed", "Closed", "8:00 a.m. – noon"],
        ["Thursday, November 26", "Closed (Thanksgiving)", "Closed (Thanksgiving)", "Closed (Thanksgiving)"],
        ["Friday, November 27", "1:00 p.m. – 5:00 p.m.", "8:00 a.m. – noon", "Closed"],
        ["Saturday, November 28", "Closed", "Closed", "Closed"],
        ["Sunday, November 29", "Closed", "Closed", "Closed"],
    ]
    today = table.select("tbody tr")
    assert today[0]["class"] == ["today"] and all(not row.get("class") for row in today[1:])


def test_week_view_in_spanish(client):
    header, rows, _table = week_rows(client.get(address("week", "es")))
    assert header[0] == "Día"
    assert rows[0][0] == "Hoy Lunes 23 de noviembre"
    assert rows[3] == [
        "Jueves 26 de noviembre",
        "Cerrado (Día de Acción de Gracias)",
        "Cerrado (Día de Acción de Gracias)",
        "Cerrado (Día de Acción de Gracias)",
    ]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_clinic_json_ld_matches_the_database(client, lang):
    clinic = Clinic.objects.get(slug="san-diego")
    clinic.latitude, clinic.longitude = "32.769700", "-117.123400"
    clinic.save()
    make_special_day(
        [("09:00", "11:00")],
        clinic=clinic,
        start_date=datetime.date(2026, 12, 1),
        reason_en="Training",
        reason_es="Capacitación",
    )
    data = json_ld(client.get(url_in(lang, clinic)))
    reasons = {"en": ("Thanksgiving", "Training"), "es": ("Día de Acción de Gracias", "Capacitación")}[lang]
    assert data == {
        "@context": "https://schema.org",
        "@type": "MedicalClinic",
        "@id": f"http://testserver{url_in(lang, clinic)}",
        "name": "San Diego",
        "url": f"http://testserver{url_in(lang, clinic)}",
        "telephone": "+16195430144",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "3549 Camino del Rio South, Suite A",
            "addressLocality": "San Diego",
            "addressRegion": "CA",
            "postalCode": "92108",
            "addressCountry": "US",
        },
        "geo": {"@type": "GeoCoordinates", "latitude": 32.7697, "longitude": -117.1234},
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{day}",
                "opens": hours.opens.strftime("%H:%M"),
                "closes": hours.closes.strftime("%H:%M"),
            }
            for hours in clinic.opening_hours.all()
            for day in [["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][hours.weekday]]
        ],
        "specialOpeningHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "name": reasons[0],
                "validFrom": "2026-11-26",
                "validThrough": "2026-11-26",
                "opens": "00:00",
                "closes": "00:00",
            },
            {
                "@type": "OpeningHoursSpecification",
                "name": reasons[1],
                "validFrom": "2026-12-01",
                "validThrough": "2026-12-01",
                "opens": "09:00",
                "closes": "11:00",
            },
        ],
        "parentOrganization": {"@type": "MedicalOrganization", "name": Practice.load().name},
        # The visit details staff recorded: the demo's San Diego clinic has all four features.
        "amenityFeature": [
            {"@type": "LocationFeatureSpecification", "name": name, "value": True}
            for name in ["Step-free entrance", "Elevator", "Accessible restroom", "Wheelchairs available"]
        ],
        "contactPoint": {
            "@type": "ContactPoint",
            "contactType": "appointments",
            "availableLanguage": ["en", "es"],
            "telephone": "+16195430144",
        },
    }
    assert len(data["openingHoursSpecification"]) == 4


def test_json_ld_cannot_be_broken_out_of(client):
    SpecialDay.objects.create(start_date=datetime.date(2026, 11, 30), reason_en="</script><script>alert(1)</script>")
    response = client.get(clinic_page("escondido"))
    assert "<script>alert(1)" not in response.content.decode()
    assert json_ld(response)["specialOpeningHoursSpecification"][1]["name"] == "</script><script>alert(1)</script>"


def test_staff_closure_shows_everywhere_without_a_restart(staff_client, client, time_machine):
    """The issue's acceptance: "closed on Friday for a staff training" added to Chula Vista in the admin."""
    at(time_machine, "2026-11-25 09:00")
    url = admin_url(Clinic.objects.get(slug="chula-vista"), "change")
    data = form_data(staff_client.get(url))
    data |= {
        "special_days-TOTAL_FORMS": "1",
        "special_days-0-start_date": "2026-11-27",
        "special_days-0-reason_en": "Staff training",
        "special_days-0-reason_es": "Capacitación del personal",
        "special_days-0-closed": "on",
    }
    response = staff_client.post(url, data)
    assert response.status_code == 302, soup(response).select(".errorlist")

    assert status(client, clinic_page("chula-vista")) == "Closed now. Opens Friday, December 4 at 8:00 a.m."
    assert (
        status(client, clinic_page("chula-vista", "es"))
        == "Cerrado ahora. Abre el viernes 4 de diciembre a las 8:00 a.m."
    )
    assert "Friday, November 27: Closed (Staff training)" in text(client.get(clinic_page("chula-vista")))
    assert "Viernes 27 de noviembre: Cerrado (Capacitación del personal)" in text(
        client.get(clinic_page("chula-vista", "es"))
    )
    _header, rows, _table = week_rows(client.get(address("week")))
    assert rows[2] == ["Friday, November 27", "1:00 p.m. – 5:00 p.m.", "Closed (Staff training)", "Closed"]
    _header, rows, _table = week_rows(client.get(address("week", "es")))
    assert rows[2][2] == "Cerrado (Capacitación del personal)"
    specials = json_ld(client.get(clinic_page("chula-vista", "es")))["specialOpeningHoursSpecification"]
    assert {
        "@type": "OpeningHoursSpecification",
        "name": "Capacitación del personal",
        "validFrom": "2026-11-27",
        "validThrough": "2026-11-27",
        "opens": "00:00",
        "closes": "00:00",
    } in specials


def test_week_view_has_short_day_labels_for_phones(client):
    assert soup(client.get(address("week"))).select_one(".today .day-short").get_text() == "Mon 23"
    assert soup(client.get(address("week", "es"))).select_one(".today .day-short").get_text() == "Lun 23"


def test_the_week_view_moves_to_any_week_of_the_next_twelve_months(client):
    """ "Is Chula Vista open on Friday, December 25?": the answer has the holiday in it."""
    response = client.get(address("week") + "?date=2026-12-25")
    assert response.status_code == 200
    assert soup(response).h1.get_text() == "Hours for the week from Friday, December 25"
    assert soup(response).title.get_text().startswith("Hours for the week from Friday, December 25 | ")
    _header, rows, _table = week_rows(response)
    assert rows[0] == [
        "Friday, December 25",
        "Closed (Christmas Day)",
        "Closed (Christmas Day)",
        "Closed (Christmas Day)",
    ]
    assert rows[1][0] == "Saturday, December 26" and len(rows) == 7
    date = soup(response).select_one("form.week-form input[name=date]")
    assert (date["type"], date["value"], date["min"], date["max"]) == ("date", "2026-12-25", "2026-11-23", "2027-11-23")
    spanish = client.get(address("week", "es") + "?date=2026-12-25")
    assert soup(spanish).h1.get_text() == "Horario de la semana desde el viernes 25 de diciembre"
    assert week_rows(spanish)[1][0][1] == "Cerrado (Navidad)"


def test_the_week_view_says_what_is_wrong_with_a_date_and_shows_this_week(client):
    for query, english, spanish in [
        (
            "?date=2028-01-01",
            "Choose a date from today to November 23, 2027.",
            "Elija una fecha desde hoy hasta el 23 de noviembre de 2027.",
        ),
        (
            "?date=2026-11-01",
            "Choose a date from today to November 23, 2027.",
            "Elija una fecha desde hoy hasta el 23 de noviembre de 2027.",
        ),
        ("?date=junk", "Enter a valid date.", "Introduzca una fecha válida."),
        ("?date=", "This field is required.", "Este campo es obligatorio."),
    ]:
        for lang, message in [("en", english), ("es", spanish)]:
            response = client.get(address("week", lang) + query)
            assert response.status_code == 400, query
            assert soup(response).select_one(".form-error").get_text() == message
            assert soup(response).select_one("input[name=date]")["aria-invalid"] == "true"
            assert week_rows(response)[1][0][0].startswith("Ho" if lang == "es" else "Today")


def test_a_chosen_week_is_never_cached(client):
    client.get(address("week") + "?date=2026-12-25")
    response = client.get(address("week") + "?date=2026-12-25")
    assert response.templates  # rendered again: what patients type never reaches the cache


def test_the_week_view_shows_the_alerts_of_each_day(client):
    alert = Alert.objects.create(
        message_en="Phones down all day.",
        message_es="Teléfonos sin servicio todo el día.",
        starts_at=datetime.datetime(2026, 12, 1, 7, tzinfo=LA),
        ends_at=datetime.datetime(2026, 12, 1, 18, tzinfo=LA),
    )
    alert.clinics.set(Clinic.objects.filter(slug_en="chula-vista"))
    _header, rows, _table = week_rows(client.get(address("week") + "?date=2026-11-30"))
    assert rows[1] == ["Tuesday, December 1", "8:00 a.m. – 5:00 p.m.", "Closed Phones down all day.", "Closed"]
    assert all("Phones" not in cell for row in rows if row is not rows[1] for cell in row)


def test_new_hours_ahead_weeks_of_the_month_and_appointments_in_both_languages(client):
    clinic = Clinic.objects.get(slug="san-diego")
    change = HoursChange.objects.create(clinic=clinic, start_date=datetime.date(2027, 1, 5))
    for weekday in range(5):
        OpeningHours.objects.create(
            clinic=clinic, change=change, weekday=weekday, opens=datetime.time(9), closes=datetime.time(13)
        )
    OpeningHours.objects.create(
        clinic=clinic, weekday=5, opens=datetime.time(9), closes=datetime.time(12), weeks=[1, 3], by_appointment=True
    )
    english = text(client.get(clinic_page("san-diego")))
    assert "Hours until Monday, January 4" in english
    assert "New hours from Tuesday, January 5" in english
    assert "9:00 a.m. – noon (1st and 3rd Saturday of the month) (by appointment only)" in english
    spanish = text(client.get(clinic_page("san-diego", "es")))
    assert "Nuevo horario a partir del martes 5 de enero" in spanish
    assert "9:00 a.m. – 12 del mediodía (1.er y 3.er sábado de cada mes) (solo con cita)" in spanish
    data = json_ld(client.get(clinic_page("san-diego")))
    later = [spec for spec in data["openingHoursSpecification"] if spec.get("validFrom") == "2027-01-05"]
    assert len(later) == 5 and {spec["opens"] for spec in later} == {"09:00"}
    # By appointment only is never open hours in the data either.
    assert "https://schema.org/Saturday" not in {spec["dayOfWeek"] for spec in data["openingHoursSpecification"]}
