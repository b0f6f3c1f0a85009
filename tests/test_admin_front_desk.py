"""The admin as the front desk uses it, in both languages: opening hours shown and typed as the site shows
them, read-only translations in language tabs, and wording that says what it means."""

import datetime
import json

import pytest
from django.templatetags.static import static
from reversion.models import Version

from locations.models import Clinic, OpenAsUsual, SpecialDay
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


# Wording ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "menu", "heading"),
    [
        (None, "Special days", "Special days ahead (days for all clinics are listed under Special days)"),
        (
            SPANISH,
            "Días especiales",
            "Próximos días especiales (los días de todas las clínicas están en Días especiales)",
        ),
    ],
    ids=["en", "es"],
)
def test_special_days_have_one_name_in_the_menu_and_on_the_clinic_form(front_desk, headers, menu, heading):
    page = soup(clinic_form(front_desk, "san-diego", headers))
    assert page.select_one(f"#nav-sidebar a[href='{admin_url(SpecialDay)}']").get_text(strip=True) == menu
    assert page.select_one("#special_days-heading").get_text(strip=True) == heading


@pytest.mark.parametrize(
    ("headers", "weekly", "special"),
    [
        (None, "Add another Opening time", "Add another Special day"),
        (SPANISH, "Agregar Horario de apertura adicional.", "Agregar Día especial adicional."),
    ],
    ids=["en", "es"],
)
def test_adding_rows_says_what_is_added(front_desk, headers, weekly, special):
    page = soup(clinic_form(front_desk, "san-diego", headers))
    add_text = {
        group["id"]: json.loads(group["data-inline-formset"])["options"]["addText"]
        for group in page.select("[data-inline-formset]")
    }
    assert (add_text["opening_hours-group"], add_text["special_days-group"]) == (weekly, special)


@pytest.mark.parametrize(("headers", "everywhere"), [(None, "All clinics"), (SPANISH, "Todas las clínicas")])
@pytest.mark.parametrize("model", [SpecialDay, OpenAsUsual])
def test_no_clinic_reads_all_clinics(front_desk, model, headers, everywhere):
    page = soup(front_desk.get(admin_url(model, "add"), headers=headers))
    empty = page.select_one("select[name=clinic] option[value='']")
    assert empty.get_text() == everywhere
    assert "---------" not in page.select_one("select[name=clinic]").get_text()


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (None, "All clinics already have a special day on these dates: Christmas Day (December 25, 2026)."),
        (SPANISH, "Todas las clínicas ya tienen un día especial en estas fechas: Navidad (25 de diciembre de 2026)."),
    ],
    ids=["en", "es"],
)
def test_a_second_practice_wide_day_is_refused_naming_the_first_with_its_date(front_desk, headers, expected):
    data = form_data(front_desk.get(admin_url(SpecialDay, "add"), headers=headers))
    data |= {"start_date": "2026-12-24", "end_date": "2026-12-26", "reason_en": "Winter break"}
    response = front_desk.post(admin_url(SpecialDay, "add"), data, headers=headers)
    assert response.status_code == 200
    assert [li.get_text(strip=True) for li in soup(response).select(".errorlist.nonfield li")] == [expected]
    assert not SpecialDay.objects.filter(reason_en="Winter break").exists()


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            None,
            "San Diego already has a special day on these dates: Staff training (December 4, 2026 – December 5, 2026).",
        ),
        (
            SPANISH,
            "San Diego ya tiene un día especial en estas fechas: "
            "Capacitación (4 de diciembre de 2026 – 5 de diciembre de 2026).",
        ),
    ],
    ids=["en", "es"],
)
def test_a_clinics_second_day_on_a_date_is_refused_naming_the_first_with_its_dates(front_desk, headers, expected):
    clinic = Clinic.objects.get(slug="san-diego")
    SpecialDay.objects.create(
        clinic=clinic,
        start_date=datetime.date(2026, 12, 4),
        end_date=datetime.date(2026, 12, 5),
        reason_en="Staff training",
        reason_es="Capacitación",
    )
    add = admin_url(SpecialDay, "add")
    data = form_data(front_desk.get(add, headers=headers)) | {
        "clinic": str(clinic.pk),
        "start_date": "2026-12-05",
        "reason_en": "Inventory",
    }
    response = front_desk.post(add, data, headers=headers)
    assert [li.get_text(strip=True) for li in soup(response).select(".errorlist.nonfield li")] == [expected]


def restore(client, url, headers=None):
    """Submit a restore (or recover) form as shown; the page it leads to."""
    data = form_data(client.get(url, headers=headers))
    return client.post(url, data, headers=headers, follow=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [(None, "The clinic “San Diego” was restored."), (SPANISH, "Se restauró “San Diego” (clínica).")],
    ids=["en", "es"],
)
def test_a_restored_version_is_reported_as_restored(front_desk, headers, expected):
    clinic = Clinic.objects.get(slug="san-diego")
    data = form_data(front_desk.get(admin_url(clinic, "change"))) | {"phone": "619-555-0100"}
    assert front_desk.post(admin_url(clinic, "change"), data).status_code == 302
    demo = Version.objects.get_for_object(clinic).last()
    response = restore(front_desk, admin_url(clinic, "revision", demo.pk), headers)
    assert [li.get_text(strip=True) for li in soup(response).select(".messagelist li")] == [expected]
    clinic.refresh_from_db()
    assert clinic.phone == ""


def test_a_recovered_special_day_is_reported_as_restored(front_desk):
    special = SpecialDay.objects.get(reason_en="Christmas Day")
    assert front_desk.post(admin_url(special, "delete"), {"post": "yes"}).status_code == 302
    version = Version.objects.get_deleted(SpecialDay).get(object_id=str(special.pk))
    response = restore(front_desk, admin_url(SpecialDay, "recover", version.pk))
    messages = [li.get_text(strip=True) for li in soup(response).select(".messagelist li")]
    assert messages == ["The special day “Christmas Day (December 25, 2026)” was restored."]
    assert soup(response).select_one(".messagelist a")["href"] == admin_url(special, "change")
    assert SpecialDay.objects.filter(reason_en="Christmas Day").exists()


def test_an_ordinary_save_still_says_changed(front_desk):
    clinic = Clinic.objects.get(slug="san-diego")
    data = form_data(front_desk.get(admin_url(clinic, "change"))) | {"phone": "619-555-0100"}
    response = front_desk.post(admin_url(clinic, "change"), data, follow=True)
    assert "was changed successfully" in soup(response).select_one(".messagelist").get_text()
