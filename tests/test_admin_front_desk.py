"""The admin as the front desk uses it: opening hours shown and typed as the site shows them, in both languages."""

import datetime
import json

import pytest
from django.templatetags.static import static

from locations.models import Clinic, SpecialDay
from practice.models import Practice
from tests.pages import admin_url, form_data, soup
from tests.test_hours_admin import add_hours_row, hours_of, row_errors

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

SPANISH = {"accept-language": "es"}


def clinic_form(client, slug, headers=None):
    return client.get(admin_url(Clinic.objects.get(slug=slug), "change"), headers=headers)


def friday_row(data):
    """The prefix of the Friday row of the weekly hours (Chula Vista has that one only)."""
    return next(f"opening_hours-{n}" for n in range(4) if data[f"opening_hours-{n}-weekday"] == "4")


@pytest.mark.parametrize("headers", [None, SPANISH], ids=["en", "es"])
def test_times_are_shown_as_the_site_shows_them_in_plain_inputs(front_desk, headers):
    page = soup(clinic_form(front_desk, "san-diego", headers))
    opens = page.select_one("[name=opening_hours-0-opens]")
    assert opens["value"] == "8:00 a.m." and opens["type"] == "text"
    # Not the admin's clock widget (class vTimeField), whose "Now" and note on the server's time zone mean
    # nothing for weekly hours.
    assert not page.select("input.vTimeField")
    captions = [" ".join(p.get_text(" ").split()) for p in page.select("#opening_hours-group td.original p")]
    monday = "Monday" if headers is None else "lunes"
    assert captions[0] == f"{monday} 8:00 a.m. – 5:00 p.m."


@pytest.mark.parametrize(
    "typed", ["5:00 p.m.", "5:00 P.M.", "5:00 p. m.", "5 pm", "5pm", "17:00", "17:00:00"], ids=str.strip
)
def test_a_time_is_typed_as_shown_or_on_the_24_hour_clock(front_desk, typed):
    url = admin_url(Clinic.objects.get(slug="chula-vista"), "change")
    data = form_data(front_desk.get(url))
    friday = friday_row(data)
    data |= {f"{friday}-opens": "9 am", f"{friday}-closes": typed}
    response = front_desk.post(url, data)
    assert response.status_code == 302, row_errors(response, "opening_hours")
    assert (4, datetime.time(9), datetime.time(17)) in hours_of("chula-vista")


def test_a_time_is_typed_in_spanish_too(front_desk):
    url = admin_url(Clinic.objects.get(slug="chula-vista"), "change")
    data = form_data(front_desk.get(url, headers=SPANISH))
    friday = friday_row(data)
    assert (data[f"{friday}-opens"], data[f"{friday}-closes"]) == ("8:00 a.m.", "12:00 p.m.")
    data |= {f"{friday}-opens": "12 del mediodía", f"{friday}-closes": "6:30 p. m."}
    assert front_desk.post(url, data, headers=SPANISH).status_code == 302
    assert (4, datetime.time(12), datetime.time(18, 30)) in hours_of("chula-vista")


@pytest.mark.parametrize("typed", ["25 pm", "5:00 x.m.", "five"])
def test_a_time_that_is_no_time_is_refused_on_its_row(front_desk, typed):
    url = admin_url(Clinic.objects.get(slug="chula-vista"), "change")
    before = hours_of("chula-vista")
    data = form_data(front_desk.get(url))
    data[f"{friday_row(data)}-closes"] = typed
    response = front_desk.post(url, data)
    assert response.status_code == 200
    assert "Enter a valid time." in " ".join(row_errors(response, "opening_hours").values())
    assert hours_of("chula-vista") == before


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (None, "This interval overlaps another on Monday (8:00 a.m. – 5:00 p.m.)."),
        (SPANISH, "Este horario se superpone con otro del lunes (8:00 a.m. – 5:00 p.m.)."),
    ],
    ids=["en", "es"],
)
def test_errors_name_times_as_the_inputs_show_them(front_desk, headers, expected):
    clinic = Clinic.objects.get(slug="san-diego")
    data = form_data(clinic_form(front_desk, "san-diego", headers))
    add_hours_row(data, 4, 0, "4:00 p.m.", "6 pm", clinic.pk)
    response = front_desk.post(admin_url(clinic, "change"), data, headers=headers)
    assert expected in row_errors(response, "opening_hours")[4]


def test_special_hours_are_plain_inputs_captioned_like_the_site(front_desk):
    special = SpecialDay.objects.create(
        clinic=Clinic.objects.get(slug="escondido"), start_date=datetime.date(2026, 12, 2), reason_en="Training"
    )
    special.closed = False
    special.save()
    special.hours.create(opens=datetime.time(8), closes=datetime.time(12))
    page = soup(front_desk.get(admin_url(special, "change")))
    assert page.select_one("[name=hours-0-opens]")["value"] == "8:00 a.m."
    assert page.select_one("[name=hours-0-closes]")["value"] == "12:00 p.m."
    assert not page.select("input.vTimeField")
    assert page.select_one("#hours-group td.original p").get_text(strip=True) == "8:00 a.m. – noon"


def test_the_front_desks_read_only_translations_are_listed_for_their_language_tabs(front_desk):
    page = soup(front_desk.get(admin_url(Practice.load(), "change")))
    assert json.loads(page.select_one("#readonly-translations").string) == [
        [f"{field}_{language}", field, language]
        for field in ["name", "intro", "spanish_line"]
        for language in "en es".split()
    ]
    assert page.select_one(".field-name_es .readonly").get_text(strip=True) == "Pacific Coast Pain Management"
    # The script that marks them runs before modeltranslation's, which makes the tabs.
    scripts = [script["src"] for script in page.select("script[src]")]
    ours, tabs = (
        static("admin-site/readonly_translations.js"),
        static("modeltranslation/js/tabbed_translation_fields.js"),
    )
    assert scripts.index(ours) < scripts.index(tabs)


def test_translations_that_may_be_edited_are_not_listed(staff_client):
    page = soup(staff_client.get(admin_url(Practice.load(), "change")))
    assert page.select_one("[name=name_es]") is not None
    assert page.select_one("#readonly-translations") is None
