"""Public holidays for the front desk: named in both languages, listed above the clinics in the admin when a
clinic normally open has nothing decided for one, and closed at every clinic with one button."""

import datetime

import pytest
from django.urls import reverse
from reversion.models import Version

from locations import public_holidays
from locations.models import Clinic, OpenAsUsual, SpecialDay
from tests.pages import admin_url, clinic_page, soup, text

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

DAY_AFTER_THANKSGIVING = datetime.date(2026, 11, 27)
CLOSE = reverse("admin:locations_clinic_close_for_holiday")


def test_every_california_holiday_of_the_next_ten_years_has_its_spanish_name():
    ahead = public_holidays.between(datetime.date(2026, 1, 1), datetime.date(2036, 12, 31))
    names = {part.removesuffix(public_holidays.OBSERVED) for holiday in ahead for part in holiday.name_en.split("; ")}
    assert names <= set(public_holidays.SPANISH), names - set(public_holidays.SPANISH)
    assert public_holidays.spanish_name("Presidents' Day; Susan B. Anthony Day") == (
        "Día de los Presidentes; Día de Susan B. Anthony"
    )
    assert public_holidays.spanish_name("Christmas Day (observed)") == "Navidad (día trasladado)"


def holidays_listed(response):
    panel = soup(response).select_one(".holidays-ahead")
    return panel and [
        [" ".join(td.get_text(" ").split()) for td in row.select("td")] for row in panel.select("tbody tr")
    ]


def test_the_clinic_list_shows_nothing_when_every_holiday_is_decided(front_desk):
    assert holidays_listed(front_desk.get(admin_url(Clinic))) is None


def test_front_desk_closes_every_clinic_for_an_undecided_holiday_with_one_button(front_desk, client):
    OpenAsUsual.objects.filter(date=DAY_AFTER_THANKSGIVING).delete()
    listed = holidays_listed(front_desk.get(admin_url(Clinic)))
    assert listed == [
        [
            "Friday, November 27, 2026",
            "Day After Thanksgiving",
            "San Diego, Chula Vista",
            "Closed at these clinics November 27, 2026",
        ]
    ]
    response = front_desk.post(CLOSE, {"date": "2026-11-27"})
    assert (response.status_code, response.url) == (302, admin_url(Clinic))
    closure = SpecialDay.objects.get(start_date=DAY_AFTER_THANKSGIVING)
    assert (closure.clinic, closure.end_date, closure.closed) == (None, DAY_AFTER_THANKSGIVING, True)
    assert (closure.reason_en, closure.reason_es) == ("Day After Thanksgiving", "Día después de Acción de Gracias")
    page = front_desk.get(admin_url(Clinic))
    assert "Every clinic is closed on November 27, 2026 (Day After Thanksgiving)." in text(page)
    assert holidays_listed(page) is None
    [version] = Version.objects.get_for_object(closure)
    assert version.revision.user.username == "front-desk"
    assert "Cerrado (Día después de Acción de Gracias)" in text(client.get(clinic_page("chula-vista", "es")))


def test_the_button_closes_only_a_holiday_the_list_offers(front_desk, editor):
    OpenAsUsual.objects.filter(date=DAY_AFTER_THANKSGIVING).delete()
    for date in ["2026-11-24", "2026-11-26", "junk", ""]:  # not a holiday; Thanksgiving, already closed; junk
        response = front_desk.post(CLOSE, {"date": date})
        assert response.status_code == 302
    message = "That holiday has already been decided, or is not one of the next 45 days."
    assert message in text(front_desk.get(admin_url(Clinic)))
    assert not SpecialDay.objects.filter(start_date__in=[datetime.date(2026, 11, 24), DAY_AFTER_THANKSGIVING]).exists()
    assert SpecialDay.objects.filter(start_date=datetime.date(2026, 11, 26)).count() == 1
    assert front_desk.get(CLOSE).status_code == 405
    assert editor.post(CLOSE, {"date": "2026-11-27"}).status_code == 403


def test_the_list_names_the_holidays_in_spanish_for_staff_who_read_spanish(front_desk):
    OpenAsUsual.objects.filter(date=DAY_AFTER_THANKSGIVING).delete()
    front_desk.cookies["django_language"] = "es"
    listed = holidays_listed(front_desk.get(admin_url(Clinic)))
    assert listed[0][:2] == ["viernes, 27 de noviembre de 2026", "Día después de Acción de Gracias"]


def test_the_button_leaves_a_clinic_s_own_decision_alone(front_desk, client):
    """San Diego is marked open as usual on the day after Thanksgiving; only Chula Vista was waiting."""
    OpenAsUsual.objects.filter(date=DAY_AFTER_THANKSGIVING).delete()
    san_diego = Clinic.objects.get(slug_en="san-diego")
    OpenAsUsual.objects.create(date=DAY_AFTER_THANKSGIVING, clinic=san_diego, holiday="Day After Thanksgiving")
    listed = holidays_listed(front_desk.get(admin_url(Clinic)))
    assert listed[0][2] == "Chula Vista"
    assert front_desk.post(CLOSE, {"date": "2026-11-27"}).status_code == 302
    [closure] = SpecialDay.objects.filter(start_date=DAY_AFTER_THANKSGIVING)
    assert closure.clinic.slug_en == "chula-vista"
    assert "Closed on November 27, 2026 (Day After Thanksgiving): Chula Vista." in text(
        front_desk.get(admin_url(Clinic))
    )
    san_diego_days = soup(client.get(clinic_page("san-diego"))).select_one(".special-days").get_text()
    assert "Friday, November 27" not in san_diego_days
    assert "Friday, November 27" in soup(client.get(clinic_page("chula-vista"))).select_one(".special-days").get_text()
