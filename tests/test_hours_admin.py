"""Front-desk editing of weekly hours and special days: clear errors on the right row, nothing saved."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from locations.models import Clinic, HoursChange, SpecialDay
from tests.pages import admin_url, clinic_page, form_data, soup, text

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")


def change_url(slug):
    return admin_url(Clinic.objects.get(slug=slug), "change")


def hours_of(slug):
    """The clinic's usual weekly hours, changes of hours left aside."""
    return list(
        Clinic.objects.get(slug=slug).opening_hours.filter(change=None).values_list("weekday", "opens", "closes")
    )


def row_errors(response, prefix):
    """{row index: error text} for the inline rows that show errors: rows of a table, whose form's own errors
    are in a row above, or stacked forms."""
    errors = {}
    rows = soup(response).select(f"tr.form-row[id^={prefix}-], div.inline-related[id^={prefix}-]")
    for n, row in enumerate(row for row in rows if not row["id"].endswith("empty")):
        messages = [e.get_text(" ", strip=True) for e in row.select(".errorlist li")]
        previous = row.find_previous_sibling("tr") if row.name == "tr" else None
        if previous is not None and "row-form-errors" in previous.get("class", []):
            messages = [e.get_text(" ", strip=True) for e in previous.select(".errorlist li")] + messages
        if messages:
            errors[n] = " ".join(messages)
    return errors


def add_hours_row(data, index, weekday, opens, closes, clinic_pk):
    data[f"opening_hours-{index}-clinic"] = str(clinic_pk)
    data[f"opening_hours-{index}-weekday"] = str(weekday)
    data[f"opening_hours-{index}-opens"] = opens
    data[f"opening_hours-{index}-closes"] = closes
    data["opening_hours-TOTAL_FORMS"] = str(index + 1)


def test_a_day_can_have_two_intervals(staff_client):
    url = change_url("escondido")
    data = form_data(staff_client.get(url))
    add_hours_row(data, 1, 2, "13:00", "17:00", Clinic.objects.get(slug="escondido").pk)
    assert staff_client.post(url, data).status_code == 302
    assert hours_of("escondido") == [
        (2, datetime.time(8), datetime.time(12)),
        (2, datetime.time(13), datetime.time(17)),
    ]


def test_overlapping_intervals_are_refused_on_the_right_row(staff_client):
    url = change_url("san-diego")
    before = hours_of("san-diego")
    data = form_data(staff_client.get(url))
    add_hours_row(data, 4, 0, "16:00", "18:00", Clinic.objects.get(slug="san-diego").pk)
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert row_errors(response, "opening_hours") == {
        4: "This interval overlaps another on Monday (8:00 a.m. – 5:00 p.m.). Intervals of one day may not overlap."
    }
    assert hours_of("san-diego") == before


def test_overlap_error_in_spanish_for_spanish_speaking_staff(staff_client):
    url = change_url("san-diego")
    data = form_data(staff_client.get(url))
    add_hours_row(data, 4, 0, "07:00", "09:00", Clinic.objects.get(slug="san-diego").pk)
    response = staff_client.post(url, data, headers={"accept-language": "es"})
    assert "Este horario se superpone con otro del lunes (8:00 a.m. – 5:00 p.m.)" in " ".join(
        row_errors(response, "opening_hours").values()
    )


def test_closing_before_opening_is_refused_on_its_row(staff_client):
    url = change_url("chula-vista")
    data = form_data(staff_client.get(url)) | {"opening_hours-0-opens": "12:00", "opening_hours-0-closes": "08:00"}
    response = staff_client.post(url, data)
    assert row_errors(response, "opening_hours") == {0: "The closing time must be after the opening time."}
    assert hours_of("chula-vista") == [(4, datetime.time(8), datetime.time(12))]


def special_day_row(data, index, **fields):
    for name, value in fields.items():
        data[f"special_days-{index}-{name}"] = value
    data["special_days-TOTAL_FORMS"] = str(index + 1)
    return data


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"end_date": "2026-12-01"}, "The last day cannot be before the first day."),
        ({"reason_en": ""}, "This field is required."),
    ],
)
def test_invalid_special_days_are_refused_with_a_clear_message(staff_client, fields, error):
    url = change_url("escondido")
    data = special_day_row(
        form_data(staff_client.get(url)),
        0,
        **({"start_date": "2026-12-02", "reason_en": "Training"} | fields),
    )
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert error in " ".join(row_errors(response, "special_days").values())
    assert not SpecialDay.objects.filter(clinic__slug="escondido").exists()


def test_two_special_days_on_the_same_date_are_refused(staff_client):
    url = change_url("escondido")
    data = form_data(staff_client.get(url))
    special_day_row(data, 0, start_date="2026-12-02", reason_en="Training")
    special_day_row(data, 1, start_date="2026-11-30", end_date="2026-12-04", reason_en="Repairs")
    response = staff_client.post(url, data)
    assert row_errors(response, "special_days") == {1: "These dates overlap with another special day in this list."}
    assert not SpecialDay.objects.filter(clinic__slug="escondido").exists()


def test_clinic_form_lists_only_special_days_ahead(staff_client):
    clinic = Clinic.objects.get(slug="escondido")
    SpecialDay.objects.create(clinic=clinic, start_date=datetime.date(2026, 11, 2), reason_en="Long past")
    SpecialDay.objects.create(clinic=clinic, start_date=datetime.date(2026, 12, 2), reason_en="Coming")
    data = form_data(staff_client.get(change_url("escondido")))
    assert data["special_days-TOTAL_FORMS"] == "1"
    assert data["special_days-0-reason_en"] == "Coming"


def special_hours_form(staff_client, *intervals, **fields):
    """The add form of a special day, filled in: Christmas Eve, open at `intervals` ("HH:MM-HH:MM")."""
    data = form_data(staff_client.get(admin_url(SpecialDay, "add")))
    data |= {"start_date": "2026-12-24", "reason_en": "Christmas Eve", "reason_es": "Nochebuena", "closed": ""}
    for n, interval in enumerate(intervals):
        data[f"hours-{n}-opens"], data[f"hours-{n}-closes"] = interval.split("-")
    data["hours-TOTAL_FORMS"] = str(max(len(intervals), 1))
    return data | fields


def test_practice_wide_special_hours_with_three_intervals(staff_client):
    data = special_hours_form(staff_client, "08:00-10:00", "11:00-12:00", "14:00-17:00")
    data["hours-2-by_appointment"] = "on"
    response = staff_client.post(admin_url(SpecialDay, "add"), data)
    assert response.status_code == 302, soup(response).select(".errorlist")
    special = SpecialDay.objects.get(reason_en="Christmas Eve")
    assert (special.clinic, special.end_date) == (None, datetime.date(2026, 12, 24))
    assert [(i.opens.hour, i.closes.hour, i.by_appointment) for i in special.intervals] == [
        (8, 10, False),
        (11, 12, False),
        (14, 17, True),
    ]
    listed = text(staff_client.get(admin_url(SpecialDay), {"q": "Christmas Eve"}))
    assert "8:00 a.m. – 10:00 a.m., 11:00 a.m. – noon, 2:00 p.m. – 5:00 p.m. (by appointment only)" in listed


@pytest.mark.parametrize(
    ("intervals", "fields", "error"),
    [
        ((), {}, 'Enter the hours of these dates, or tick "closed all day".'),
        (("08:00-12:00",), {"closed": "on"}, 'This day is ticked "closed all day": untick it to keep these hours'),
        (("12:00-09:00",), {}, "The closing time must be after the opening time."),
        (("08:00-12:00", "11:00-13:00"), {}, "This interval overlaps another (8:00 a.m. – noon)."),
    ],
)
def test_special_hours_that_make_no_sense_are_refused(staff_client, intervals, fields, error):
    response = staff_client.post(admin_url(SpecialDay, "add"), special_hours_form(staff_client, *intervals, **fields))
    assert response.status_code == 200
    assert error in " ".join(e.get_text(" ", strip=True) for e in soup(response).select(".errorlist"))
    assert not SpecialDay.objects.filter(reason_en="Christmas Eve").exists()


def test_a_day_added_on_the_clinic_form_is_closed_and_links_to_its_page(staff_client):
    url = change_url("escondido")
    data = special_day_row(form_data(staff_client.get(url)), 0, start_date="2026-12-02", reason_en="Training")
    assert staff_client.post(url, data).status_code == 302
    special = SpecialDay.objects.get(clinic__slug="escondido")
    assert special.closed and special.intervals == []
    page = soup(staff_client.get(url))
    assert page.select_one("#special_days-0 a.inlinechangelink")["href"] == admin_url(special, "change")
    assert page.select_one("#special_days-0 .field-hours .readonly").get_text(strip=True) == "Closed"
    clinic = Clinic.objects.get(slug="escondido")
    assert page.find("a", href=f"{admin_url(SpecialDay, 'add')}?clinic={clinic.pk}")


def special_day_list(staff_client, **params):
    response = staff_client.get(admin_url(SpecialDay), params)
    return [a.get_text() for a in soup(response).select("#result_list th.field-reason a")]


def test_special_days_list_filters_upcoming_past_and_by_clinic(staff_client):
    clinic = Clinic.objects.get(slug="chula-vista")
    SpecialDay.objects.create(start_date=datetime.date(2026, 7, 3), reason_en="Old closure")
    SpecialDay.objects.create(clinic=clinic, start_date=datetime.date(2026, 12, 4), reason_en="Staff training")
    assert special_day_list(staff_client, when="past") == ["Old closure"]
    upcoming = special_day_list(staff_client, when="upcoming")
    assert upcoming[:3] == ["Thanksgiving", "Staff training", "Christmas Day"] and "Old closure" not in upcoming
    assert special_day_list(staff_client, clinic=str(clinic.pk)) == ["Staff training"]
    assert "Staff training" not in special_day_list(staff_client, clinic="all")
    response = staff_client.get(admin_url(SpecialDay))
    cells = [td.get_text(strip=True) for td in soup(response).select("#result_list tbody tr:first-child td")]
    assert "All clinics" in cells and "Closed" in cells


def test_hours_times_are_plain_inputs_and_dates_keep_the_calendar(staff_client):
    page = soup(staff_client.get(admin_url(SpecialDay, "add")))
    for name in ["hours-0-opens", "hours-0-closes"]:
        assert not page.select_one(f"[name={name}]").has_attr("class")
    assert "vDateField" in page.select_one("[name=start_date]")["class"]


def new_hours_form(client, clinic, **fields):
    """The add form of a change of weekly hours, opened from the clinic's form, with `fields` changed."""
    return form_data(client.get(admin_url(HoursChange, "add"), {"clinic": clinic.pk})) | fields


def test_front_desk_plans_new_hours_that_start_as_the_current_ones(front_desk, client):
    san_diego = Clinic.objects.get(slug="san-diego")
    data = new_hours_form(front_desk, san_diego)
    assert data["clinic"] == str(san_diego.pk)
    rows = [
        tuple(data[f"opening_hours-{n}-{field}"] for field in ["weekday", "opens", "closes"])
        for n in range(int(data["opening_hours-TOTAL_FORMS"]))
    ]
    assert rows == [
        ("0", "8:00 a.m.", "5:00 p.m."),
        ("1", "8:00 a.m.", "5:00 p.m."),
        ("3", "1:00 p.m.", "5:00 p.m."),
        ("4", "1:00 p.m.", "5:00 p.m."),
    ]
    data |= {"start_date": "2027-01-04", "opening_hours-0-closes": "13:00", "opening_hours-3-by_appointment": "on"}
    response = front_desk.post(admin_url(HoursChange, "add"), data)
    assert response.status_code == 302, soup(response).select(".errorlist")
    change = HoursChange.objects.get(clinic=san_diego)
    assert (change.start_date, change.end_date) == (datetime.date(2027, 1, 4), None)
    assert list(change.opening_hours.values_list("weekday", "closes", "by_appointment")) == [
        (0, datetime.time(13), False),
        (1, datetime.time(17), False),
        (3, datetime.time(17), False),
        (4, datetime.time(17), True),
    ]
    assert hours_of("san-diego")[0] == (0, datetime.time(8), datetime.time(17))  # the usual hours stay
    tables = soup(client.get(clinic_page("san-diego", "es"))).select("table.hours")
    assert [table.caption.get_text(strip=True) for table in tables] == [
        "Horario hasta el domingo 3 de enero",
        "Nuevo horario a partir del lunes 4 de enero",
    ]
    assert " ".join(tables[1].td.get_text(" ").split()) == "8:00 a.m. – 1:00 p.m."


def test_the_current_hours_are_read_once_for_the_new_hours_form(staff_client):
    url = admin_url(HoursChange, "add")
    clinic = Clinic.objects.get(slug="san-diego")
    staff_client.get(url)  # the session and the user, read on every admin page, are now cached alike
    with CaptureQueriesContext(connection) as plain:
        staff_client.get(url)
    with CaptureQueriesContext(connection) as prefilled:
        staff_client.get(url, {"clinic": clinic.pk})
    # the clinic, then its weekly hours (with their changes) and its special days (all closed: no hours to read)
    assert len(prefilled) - len(plain) == 3


@pytest.mark.parametrize("junk", ["abc", "-1", "99999999999999999999", "1 OR 1=1", "", "١"])
def test_junk_in_the_new_hours_address_gives_an_empty_form(staff_client, junk):
    response = staff_client.get(admin_url(HoursChange, "add"), {"clinic": junk})
    assert response.status_code == 200
    data = form_data(response)
    assert data["opening_hours-TOTAL_FORMS"] == "1" and data["opening_hours-0-opens"] == ""


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"end_date": "2026-12-31"}, "The last day cannot be before the first day."),
        ({"start_date": "2026-12-07"}, "This clinic already has a change of hours starting that day."),
        (
            {f"opening_hours-{n}-DELETE": "on" for n in range(4)},
            "Enter at least one interval: new hours without any would close the clinic every day.",
        ),
        ({"opening_hours-1-weekday": "0"}, "This interval overlaps another on Monday (8:00 a.m. – 5:00 p.m.)."),
        ({"opening_hours-2-closes": "12:00"}, "The closing time must be after the opening time."),
    ],
)
def test_new_hours_that_make_no_sense_are_refused(staff_client, fields, error):
    san_diego = Clinic.objects.get(slug="san-diego")
    HoursChange.objects.create(
        clinic=san_diego, start_date=datetime.date(2026, 12, 7), end_date=datetime.date(2026, 12, 8)
    )
    data = new_hours_form(staff_client, san_diego, start_date="2027-01-04") | fields
    response = staff_client.post(admin_url(HoursChange, "add"), data)
    assert response.status_code == 200
    assert error in " ".join(e.get_text(" ", strip=True) for e in soup(response).select(".errorlist"))
    assert HoursChange.objects.count() == 1 and len(hours_of("san-diego")) == 4
