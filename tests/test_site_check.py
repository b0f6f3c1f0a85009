"""The site check: what the practice must fix (notices, taglines, physician fields, Spanish, weekly hours,
undecided holidays), each with the admin page that fixes it, in the admin and from manage.py."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from locations.models import Clinic, OpenAsUsual, OpeningHours, SpecialDay
from notices.models import Notice
from practice.models import LanguageTagline
from procedures.models import Procedure
from providers.models import BoardCertification, Provider
from site_check.checks import problems
from tests.builders import make_special_day
from tests.pages import form_data, soup, text

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

DAY_AFTER_THANKSGIVING = datetime.date(2026, 11, 27)
SITE_CHECK = "/admin/site-check/"


def found():
    """(area, message, url, alternative) of each problem, in English."""
    return [
        (str(p.area), str(p.message), p.url, p.alternative and (str(p.alternative[0]), p.alternative[1]))
        for p in problems()
    ]


def clinic(slug):
    return Clinic.objects.get(slug_en=slug)


def holiday_problem(slug):
    pk = clinic(slug).pk
    name = clinic(slug).name_en
    return (
        "Holidays",
        f"Day After Thanksgiving, Friday, November 27, 2026: the {name} clinic is normally open that day and has no "
        "special day. Enter its hours or closure, or mark it open as usual.",
        # The special day's form comes filled in, the holiday named in both languages.
        f"/admin/locations/specialday/add/?clinic={pk}&start_date=2026-11-27&reason_en=Day+After+Thanksgiving"
        "&reason_es=D%C3%ADa+despu%C3%A9s+de+Acci%C3%B3n+de+Gracias",
        (
            "Open as usual",
            f"/admin/locations/openasusual/add/?clinic={pk}&date=2026-11-27&holiday=Day+After+Thanksgiving",
        ),
    )


def undecide_the_day_after_thanksgiving():
    deleted, _rows = OpenAsUsual.objects.filter(date=DAY_AFTER_THANKSGIVING).delete()
    assert deleted == 1


def run_command():
    out, err = io.StringIO(), io.StringIO()
    call_command("site_check", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


# All in order


def test_the_demo_has_nothing_to_fix():
    assert found() == []
    out, err = run_command()
    assert out == "Nothing to fix.\n"
    assert err == ""


def test_the_admin_page_says_nothing_to_fix(staff_client):
    response = staff_client.get(SITE_CHECK)
    assert response.status_code == 200
    main = " ".join(soup(response).select_one("#content-main").get_text(" ").split())
    assert main.startswith("Nothing to fix: every required notice, provider, translation and holiday is in order.")
    assert soup(response).select("#content-main li") == []


def test_the_admin_index_links_to_the_site_check(staff_client):
    [link] = soup(staff_client.get(reverse("admin:index"))).select(".site-check-link a")
    assert (link["href"], link.get_text()) == (SITE_CHECK, "Site check: what to fix on the site")
    assert reverse("site_check") == SITE_CHECK


# Notices


def test_a_missing_notice_is_reported_with_its_add_form(staff_client):
    Notice.objects.filter(kind="nondiscrimination").delete()
    assert found() == [
        (
            "Notices",
            "Missing: “Nondiscrimination notice” (required by 45 CFR 92.10 (Section 1557)).",
            "/admin/notices/notice/add/?kind=nondiscrimination",
            None,
        )
    ]
    form = soup(staff_client.get("/admin/notices/notice/add/?kind=nondiscrimination"))
    assert form.select_one("select[name=kind] option[selected]")["value"] == "nondiscrimination"


def test_a_notice_without_an_effective_date_is_reported():
    Notice.objects.filter(kind="privacy_practices").update(effective_date=None)
    pk = Notice.objects.get(kind="privacy_practices").pk
    assert found() == [
        ("Notices", "“Notice of Privacy Practices” has no effective date.", f"/admin/notices/notice/{pk}/change/", None)
    ]


def test_a_notice_without_spanish_is_reported_once():
    Notice.objects.filter(kind="accessibility").update(body_es="")
    pk = Notice.objects.get(kind="accessibility").pk
    assert found() == [
        ("Notices", "“Accessibility Statement” needs Spanish.", f"/admin/notices/notice/{pk}/change/", None)
    ]


# Taglines


def test_fewer_than_fifteen_taglines_are_reported():
    LanguageTagline.objects.filter(pk__in=LanguageTagline.objects.values_list("pk", flat=True)[:2]).delete()
    assert LanguageTagline.objects.count() == 14
    assert found() == [
        (
            "Language assistance",
            "The language assistance notice has taglines in 14 languages: the law asks for at least 15 (45 CFR 92.11).",
            "/admin/practice/practice/",
            None,
        )
    ]


def test_fifteen_taglines_are_enough():
    LanguageTagline.objects.filter(language="th").delete()
    assert LanguageTagline.objects.count() == 15
    assert found() == []


# Providers


def test_a_provider_without_a_license_number_is_reported():
    Provider.objects.filter(slug_en="camila-ejemplo").update(license_number="")
    pk = Provider.objects.get(slug_en="camila-ejemplo").pk
    assert found() == [
        (
            "Providers",
            "Camila Ejemplo, MD has no license number (California Business and Professions Code 680.5).",
            f"/admin/providers/provider/{pk}/change/",
            None,
        )
    ]


def test_a_provider_missing_every_credential_is_reported_in_one_line():
    Provider.objects.filter(slug_en="grace-sample").update(license_type_en="", license_number="", degree="")
    [(area, message, _url, _alternative)] = found()
    assert (area, message) == (
        "Providers",
        "Grace Sample has no license type, license number, highest academic degree "
        "(California Business and Professions Code 680.5).",
    )


def test_a_stored_npi_with_a_wrong_check_digit_is_reported():
    Provider.objects.filter(slug_en="daniel-muestra").update(npi="1234567890")
    pk = Provider.objects.get(slug_en="daniel-muestra").pk
    assert found() == [
        (
            "Providers",
            "Daniel Muestra, MD has an NPI whose check digit is wrong: 1234567890.",
            f"/admin/providers/provider/{pk}/change/",
            None,
        )
    ]


def test_a_provider_without_an_npi_is_fine():
    Provider.objects.filter(slug_en="daniel-muestra").update(npi="")
    assert found() == []


# Spanish


def test_a_procedure_without_a_spanish_summary_links_to_its_admin_page():
    Procedure.objects.filter(slug_en="facet-joint-injection").update(summary_es="")
    pk = Procedure.objects.get(slug_en="facet-joint-injection").pk
    assert found() == [
        (
            "Spanish",
            "“Facet joint injection” (procedure) needs Spanish.",
            f"/admin/procedures/procedure/{pk}/change/",
            None,
        )
    ]


def test_a_board_certification_without_spanish_links_to_its_providers_page():
    provider = Provider.objects.get(slug_en="camila-ejemplo")
    BoardCertification.objects.filter(provider=provider, specialty_en="Pain Medicine").update(specialty_es="")
    assert found() == [
        (
            "Spanish",
            "“American Board of Anesthesiology (Pain Medicine)” (board certification, Camila Ejemplo, MD) "
            "needs Spanish.",
            f"/admin/providers/provider/{provider.pk}/change/",
            None,
        )
    ]


# Hours and holidays


def test_a_clinic_without_weekly_hours_is_reported():
    OpeningHours.objects.filter(clinic__slug_en="escondido").delete()
    assert found() == [
        (
            "Hours",
            "The Escondido clinic has no weekly hours: patients see it closed every day.",
            f"/admin/locations/clinic/{clinic('escondido').pk}/change/",
            None,
        )
    ]


def test_an_undecided_holiday_is_reported_for_each_clinic_open_that_day():
    undecide_the_day_after_thanksgiving()
    # Escondido opens on Wednesdays only.
    assert found() == [holiday_problem("san-diego"), holiday_problem("chula-vista")]


def test_the_holiday_link_opens_the_special_day_form_filled_in(staff_client):
    undecide_the_day_after_thanksgiving()
    [(_area, _message, url, _alternative), _other] = found()
    data = form_data(staff_client.get(url))
    assert data["clinic"] == str(clinic("san-diego").pk)
    assert data["start_date"] == "2026-11-27"
    assert data["reason_en"] == "Day After Thanksgiving"


def test_a_practice_wide_closure_decides_the_holiday_for_every_clinic():
    undecide_the_day_after_thanksgiving()
    SpecialDay.objects.create(
        start_date=DAY_AFTER_THANKSGIVING,
        reason_en="Day after Thanksgiving",
        reason_es="Día después de Acción de Gracias",
    )
    assert found() == []


def test_a_clinics_own_special_day_decides_the_holiday_for_that_clinic_only():
    undecide_the_day_after_thanksgiving()
    make_special_day(
        [("09:00", "12:00")],
        clinic=clinic("san-diego"),
        start_date=DAY_AFTER_THANKSGIVING,
        reason_en="Short day",
        reason_es="Horario reducido",
    )
    assert found() == [holiday_problem("chula-vista")]


def test_a_clinics_open_as_usual_silences_that_clinic_only():
    undecide_the_day_after_thanksgiving()
    OpenAsUsual.objects.create(date=DAY_AFTER_THANKSGIVING, clinic=clinic("chula-vista"))
    assert found() == [holiday_problem("san-diego")]


def test_front_desk_marks_a_holiday_open_as_usual_from_the_link(front_desk):
    undecide_the_day_after_thanksgiving()
    [_first, (_area, _message, _url, (_label, open_as_usual))] = found()
    form = front_desk.get(open_as_usual)
    assert form.status_code == 200
    assert front_desk.post(open_as_usual, form_data(form)).status_code == 302
    assert found() == [holiday_problem("san-diego")]


def test_holidays_more_than_45_days_ahead_are_not_checked():
    # Martin Luther King Jr. Day, Monday 18 January 2027, is 56 days ahead: San Diego opens on Mondays.
    OpenAsUsual.objects.filter(date=datetime.date(2027, 1, 18)).delete()
    assert found() == []


# The command and the page


def test_the_command_prints_each_problem_with_its_address_and_exits_1(settings):
    settings.SITE_URL = "https://www.example.com"
    undecide_the_day_after_thanksgiving()
    Provider.objects.filter(slug_en="camila-ejemplo").update(license_number="")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(SystemExit) as exited:
        call_command("site_check", stdout=out, stderr=err)
    assert exited.value.code == 1
    lines = out.getvalue().splitlines()
    pk = Provider.objects.get(slug_en="camila-ejemplo").pk
    assert lines == [
        "Providers: Camila Ejemplo, MD has no license number (California Business and Professions Code 680.5). "
        f"https://www.example.com/admin/providers/provider/{pk}/change/",
        f"Holidays: {holiday_problem('san-diego')[1]} https://www.example.com{holiday_problem('san-diego')[2]}",
        f"Holidays: {holiday_problem('chula-vista')[1]} https://www.example.com{holiday_problem('chula-vista')[2]}",
    ]
    assert err.getvalue() == "3 to fix.\n"


def test_the_admin_page_lists_each_problem_with_a_link_to_fix_it(staff_client):
    undecide_the_day_after_thanksgiving()
    Notice.objects.filter(kind="open_payments").delete()
    page = soup(staff_client.get(SITE_CHECK))
    main = page.select_one("#content-main")
    assert main.p.get_text() == "3 things to fix before the site is right:"
    assert [h2.get_text() for h2 in main.select("h2")] == ["Notices", "Holidays"]
    items = main.select("li")
    assert [[(a.get_text(), a["href"]) for a in li.select("a")] for li in items] == [
        [("Fix it", "/admin/notices/notice/add/?kind=open_payments")],
        [("Fix it", holiday_problem("san-diego")[2]), ("Open as usual", holiday_problem("san-diego")[3][1])],
        [("Fix it", holiday_problem("chula-vista")[2]), ("Open as usual", holiday_problem("chula-vista")[3][1])],
    ]
    assert "Missing: “Open Payments database” (required by California Business and Professions Code 663)." in (
        items[0].get_text()
    )


def test_the_site_check_is_for_staff_only(client, django_user_model):
    response = client.get(SITE_CHECK)
    assert (response.status_code, response["Location"]) == (302, f"/admin/login/?next={SITE_CHECK}")
    patient = Client()
    patient.force_login(django_user_model.objects.create_user("patient", password="not-used"))
    assert patient.get(SITE_CHECK).status_code == 302


def test_front_desk_sees_the_site_check(front_desk):
    undecide_the_day_after_thanksgiving()
    response = front_desk.get(SITE_CHECK)
    assert response.status_code == 200
    assert "the San Diego clinic is normally open that day" in text(response)


def test_the_page_is_in_spanish_for_staff_who_chose_spanish(staff_client):
    Notice.objects.filter(kind="nondiscrimination").delete()
    staff_client.cookies["django_language"] = "es"
    response = staff_client.get(SITE_CHECK)
    page = soup(response)
    assert page.html["lang"] == "es"
    main = page.select_one("#content-main")
    assert main.p.get_text() == "Una cosa que corregir para que el sitio esté bien:"
    assert main.h2.get_text() == "Avisos"
    [item] = main.select("li")
    assert "Falta: «Aviso de no discriminación» (exigido por 45 CFR 92.10 (Section 1557))." in item.get_text()
    assert item.a.get_text() == "Corregir"


def test_the_nothing_to_fix_page_is_in_spanish_too(staff_client):
    staff_client.cookies["django_language"] = "es"
    assert "Nada que corregir: todos los avisos exigidos" in text(staff_client.get(SITE_CHECK))


def test_holiday_dates_are_written_the_spanish_way_on_the_spanish_page(staff_client):
    undecide_the_day_after_thanksgiving()
    staff_client.cookies["django_language"] = "es"
    first = " ".join(soup(staff_client.get(SITE_CHECK)).select_one("#content-main li").get_text(" ").split())
    assert "la clínica de San Diego suele abrir ese día" in first
    assert "27 de noviembre de 2026" in first, first
