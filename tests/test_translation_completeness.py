"""Missing Spanish is easy to find for staff, and marked for screen readers where English stands in."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from locations.models import Clinic, SpecialDay
from procedures.models import Procedure
from tests.pages import address, admin_url, clinic_page, procedure_page, soup

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")


def listed(staff_client, url, **params):
    response = staff_client.get(url, params)
    return sorted(a.get_text() for a in soup(response).select("#result_list tbody th a"))


def test_needs_spanish_filter_lists_exactly_the_records_missing_spanish(staff_client):
    assert listed(staff_client, admin_url(Procedure), spanish="missing") == []
    Procedure.objects.filter(slug="facet-joint-injection").update(risks_es="")
    Procedure.objects.filter(slug="spinal-cord-stimulation").update(other_names_es=None, other_names_en="SCS")
    Procedure.objects.filter(slug="medial-branch-block").update(other_names_en="", other_names_es="")
    assert listed(staff_client, admin_url(Procedure), spanish="missing") == [
        "Facet joint injection",
        "Spinal cord stimulation",
    ]
    complete = listed(staff_client, admin_url(Procedure), spanish="complete")
    assert "Medial branch block" in complete and len(complete) == 4

    Clinic.objects.filter(slug="escondido").update(name_es="")
    assert listed(staff_client, admin_url(Clinic), spanish="missing") == ["Escondido"]

    SpecialDay.objects.create(start_date=datetime.date(2026, 12, 31), reason_en="New Year's Eve")
    assert listed(staff_client, admin_url(SpecialDay), spanish="missing") == ["New Year's Eve"]


def test_needs_spanish_column_warns_only_where_spanish_is_missing(staff_client):
    Procedure.objects.filter(slug="facet-joint-injection").update(summary_es="")
    page = soup(staff_client.get(admin_url(Procedure)))
    assert page.select_one("th.column-needs_spanish").get_text(strip=True) == "Spanish text"
    cells = {
        row.select_one("th a").get_text(): row.select_one("td.field-needs_spanish")
        for row in page.select("#result_list tbody tr")
    }
    missing = cells.pop("Facet joint injection")
    assert missing.get_text(strip=True) == "Needs Spanish"
    assert missing.img["src"].endswith("/admin/img/icon-alert.svg")
    # Complete records say so plainly, with no icon (never the green tick that read as "yes, needs Spanish").
    assert {name: (cell.get_text(strip=True), cell.img) for name, cell in cells.items()} == {
        name: ("Complete", None) for name in cells
    }


def test_spanish_page_falls_back_to_english_marked_as_english(client):
    Procedure.objects.filter(slug="facet-joint-injection").update(summary_es="", risks_es="", name_es="")
    page = soup(client.get(procedure_page("facet-joint-injection", "es")))
    h1 = page.select_one("h1")
    assert (h1.get_text(), h1["lang"]) == ("Facet joint injection", "en")
    lead = page.select_one("p.lead")
    assert lead["lang"] == "en" and lead.get_text().startswith("A facet joint injection")
    risks = page.select_one("#risks").find_next("div", class_="section-text")
    assert risks["lang"] == "en" and risks.get_text(strip=True)
    what = page.select_one("#what-it-is").find_next("div", class_="section-text")
    assert not what.has_attr("lang")
    assert page.select_one("#risks").get_text() == "Riesgos"
    listing = soup(client.get(address("procedures:list", "es")))
    link = next(a for a in listing.select(".procedure-links a") if a.get_text() == "Facet joint injection")
    assert link["lang"] == "en"


def test_english_pages_never_carry_a_fallback_marker(client):
    Procedure.objects.filter(slug="facet-joint-injection").update(summary_es="")
    page = soup(client.get(procedure_page("facet-joint-injection")))
    assert page.select("main [lang]") == []


def test_special_day_reason_without_spanish_is_marked(client):
    SpecialDay.objects.filter(reason_en="Thanksgiving").update(reason_es="")
    page = soup(client.get(clinic_page("escondido", "es")))
    reason = page.select_one(".special-days .reason")
    assert (reason.get_text(), reason["lang"]) == ("(Thanksgiving)", "en")
    week = soup(client.get(address("week", "es")))
    assert [span["lang"] for span in week.select(".week .reason")] == ["en", "en", "en"]


def test_status_reason_without_spanish_is_marked(client, time_machine):

    SpecialDay.objects.filter(reason_en="Thanksgiving").update(reason_es="")
    time_machine.move_to(datetime.datetime(2026, 11, 26, 9, tzinfo=ZoneInfo("America/Los_Angeles")), tick=False)
    status = soup(client.get(clinic_page("san-diego", "es"))).select_one(".status")
    assert status.select_one('span[lang="en"]').get_text() == "Thanksgiving"
    assert " ".join(status.get_text(" ").split()).startswith("Cerrado hoy: Thanksgiving")
