import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import reverse

from locations.models import Clinic, OpeningHours
from practice.models import Practice
from procedures.models import Procedure
from tests.pages import admin_url, clinic_page, form_data, hours_rows, soup

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")


def clinic_change_url(slug):
    return admin_url(Clinic.objects.get(slug=slug), "change")


def hours_forms(data):
    """Indexes of the opening-hours inline rows in a clinic form's data."""
    return range(int(data["opening_hours-TOTAL_FORMS"]))


def test_admin_requires_login(client):
    response = client.get(admin_url(Clinic))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_practice_form_has_both_languages_and_cannot_be_deleted_or_duplicated(staff_client):
    response = staff_client.get(admin_url(Practice.load(), "change"))
    assert response.status_code == 200
    page = soup(response)
    for field in [
        "name_en",
        "name_es",
        "intro_en",
        "intro_es",
        "spanish_line_en",
        "spanish_line_es",
        "phone",
        "portal_url",
        "facebook_url",
        "twitter_url",
    ]:
        assert page.select_one(f"[name={field}]"), field
    assert page.select_one("a.deletelink") is None
    assert staff_client.get(admin_url(Practice, "add")).status_code == 403
    assert staff_client.post(admin_url(Practice.load(), "delete"), {"post": "yes"}).status_code == 403
    assert Practice.objects.count() == 1


def test_practice_list_opens_the_single_record(staff_client):
    response = staff_client.get(admin_url(Practice))
    assert response["Location"] == admin_url(Practice.load(), "change")


def test_practice_phone_is_validated_and_nothing_saved(staff_client):
    url = admin_url(Practice.load(), "change")
    data = form_data(staff_client.get(url)) | {"phone": "555-0144"}
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert "Enter a 10-digit US phone number" in response.content.decode()
    assert Practice.load().phone == "619-543-0144"


def test_translated_forms_use_tabs_served_from_our_own_static_files(staff_client):
    for url in [clinic_change_url("escondido"), admin_url(Procedure, "add"), admin_url(Practice.load(), "change")]:
        html = staff_client.get(url).content.decode()
        scripts = [s["src"] for s in soup_of(html).select("script[src]")]
        assert static("vendor/jquery-ui/jquery-ui.min.js") in scripts
        assert static("modeltranslation/js/tabbed_translation_fields.js") in scripts
        assert all(src.startswith("/") and not src.startswith("//") for src in scripts), scripts
        assert "googleapis" not in html


def soup_of(html):

    return BeautifulSoup(html, "html.parser")


def test_jquery_ui_static_file_is_installed(client, settings):

    assert finders.find("vendor/jquery-ui/jquery-ui.min.js")


def test_clinic_form_edits_hours_inline_in_plain_time_inputs(staff_client):
    response = staff_client.get(clinic_change_url("san-diego"))
    page = soup(response)
    assert page.select_one("[name=name_en]") and page.select_one("[name=name_es]")
    data = form_data(response)
    assert len(hours_forms(data)) == 4
    assert data["opening_hours-0-weekday"] == "0"
    assert data["opening_hours-0-opens"] == "8:00 a.m."
    assert not page.select_one("[name=opening_hours-0-opens]").has_attr("class")  # no vTimeField: no clock
    assert [o.get_text() for o in page.select("[name=opening_hours-0-weekday] option")][1:] == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]


def test_closing_before_opening_is_refused_and_nothing_is_saved(staff_client):
    url = clinic_change_url("san-diego")
    data = form_data(staff_client.get(url))
    friday = next(i for i in hours_forms(data) if data[f"opening_hours-{i}-weekday"] == "4")
    data |= {f"opening_hours-{friday}-opens": "17:00", f"opening_hours-{friday}-closes": "13:00", "name_en": "Renamed"}
    response = staff_client.post(url, data)
    assert response.status_code == 200
    page = soup(response)
    row_errors = " ".join(e.get_text(" ") for e in page.select(".inline-related .errorlist"))
    assert "The closing time must be after the opening time." in row_errors
    clinic = Clinic.objects.get(slug="san-diego")
    assert clinic.name_en == "San Diego"
    assert list(clinic.opening_hours.filter(weekday=4).values_list("opens", "closes")) == [
        (
            OpeningHours._meta.get_field("opens").to_python("13:00"),
            OpeningHours._meta.get_field("closes").to_python("17:00"),
        )
    ]


def test_friday_hours_changed_in_admin_show_in_both_languages(staff_client, client):
    url = clinic_change_url("chula-vista")
    data = form_data(staff_client.get(url))
    assert data["opening_hours-0-weekday"] == "4"
    data |= {
        "opening_hours-0-opens": "09:30",
        "opening_hours-0-closes": "13:00",
        # A second interval on Friday afternoon, added in an empty extra row.
        "opening_hours-TOTAL_FORMS": "2",
        "opening_hours-1-clinic": data["opening_hours-0-clinic"],
        "opening_hours-1-weekday": "4",
        "opening_hours-1-opens": "14:00",
        "opening_hours-1-closes": "16:15",
    }
    response = staff_client.post(url, data)
    assert response.status_code == 302, soup(response).select(".errorlist")
    assert hours_rows(client.get(clinic_page("chula-vista")))["Friday"] == "9:30 a.m. – 1:00 p.m. 2:00 p.m. – 4:15 p.m."
    assert (
        hours_rows(client.get(clinic_page("chula-vista", "es")))["Viernes"]
        == "9:30 a.m. – 1:00 p.m. 2:00 p.m. – 4:15 p.m."
    )


def test_deleting_the_only_interval_closes_the_day(staff_client, client):
    url = clinic_change_url("escondido")
    data = form_data(staff_client.get(url)) | {"opening_hours-0-DELETE": "on"}
    assert staff_client.post(url, data).status_code == 302
    assert hours_rows(client.get(clinic_page("escondido", "es"))) == {"Lunes a domingo": "Cerrado"}


def test_clinic_list_has_columns_search_and_view_on_site(staff_client, client):
    response = staff_client.get(admin_url(Clinic), {"q": "Mission"})
    page = soup(response)
    assert [a.get_text() for a in page.select("#result_list th.field-name a")] == ["Escondido"]
    headers = [div.get_text(strip=True) for div in page.select("#result_list thead th div.text")]
    assert {"Name", "Street address", "City", "Phone", "Display order"} <= set(headers)
    change = soup(staff_client.get(clinic_change_url("escondido")))
    view_on_site = change.select_one("a.viewsitelink")["href"]
    assert staff_client.get(view_on_site)["Location"].endswith(clinic_page("escondido"))


def test_procedure_admin_lists_filters_and_searches(staff_client):
    response = staff_client.get(admin_url(Procedure), {"q": "rizotomía"})
    names = [a.get_text() for a in soup(response).select("#result_list th.field-name a")]
    assert names == ["Medial branch rhizotomy"]
    response = staff_client.get(admin_url(Procedure), {"published__exact": "0"})
    assert soup(response).select("#result_list th.field-name a") == []


def test_procedure_form_has_every_section_in_both_languages(staff_client):
    page = soup(staff_client.get(admin_url(Procedure.objects.get(slug="medial-branch-rhizotomy"), "change")))
    for field, _heading, _anchor in Procedure.SECTIONS:
        for lang in ["en", "es"]:
            assert page.select_one(f"textarea[name={field}_{lang}]"), f"{field}_{lang}"
    assert page.select_one("select[name=related]")
