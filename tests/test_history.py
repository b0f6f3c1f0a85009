"""Every admin save and delete keeps a version: staff can see who changed what, compare, restore, recover."""

import datetime

import pytest
from reversion.models import Version

from clinic.models import Practice
from locations.models import Clinic, OpeningHours, SpecialDay
from procedures.models import Procedure
from tests.pages import form_data, hours_rows, soup

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")


def hours_of(clinic):
    return [(h.weekday, h.opens.strftime("%H:%M"), h.closes.strftime("%H:%M")) for h in clinic.opening_hours.all()]


def change_chula_vista(staff_client):
    clinic = Clinic.objects.get(slug="chula-vista")
    url = f"/admin/locations/clinic/{clinic.pk}/change/"
    data = form_data(staff_client.get(url)) | {
        "name_es": "Chula Vista Centro",
        "opening_hours-0-opens": "09:30",
        "opening_hours-0-closes": "13:00",
    }
    assert staff_client.post(url, data).status_code == 302
    return clinic


def post_form(staff_client, url, **extra):
    """Submit a reversion revert or recover form as shown."""
    return staff_client.post(url, form_data(staff_client.get(url)) | extra)


def test_demo_content_starts_with_a_version(db):
    clinic = Clinic.objects.get(slug="san-diego")
    versions = Version.objects.get_for_object(clinic)
    assert versions.count() == 1
    assert versions[0].revision.get_comment() == "Demo content loaded"
    assert Version.objects.get_for_model(OpeningHours).count() == OpeningHours.objects.count()


def test_a_change_records_who_and_when_and_can_be_compared(staff_client, admin_user):
    clinic = change_chula_vista(staff_client)
    versions = Version.objects.get_for_object(clinic)
    assert versions.count() == 2
    assert versions[0].revision.user == admin_user
    history = soup(staff_client.get(f"/admin/locations/clinic/{clinic.pk}/history/"))
    assert admin_user.username in history.get_text()
    newer, older = versions[0], versions[1]
    compare = staff_client.get(
        f"/admin/locations/clinic/{clinic.pk}/history/compare/",
        {"version_id1": older.pk, "version_id2": newer.pk},
    )
    assert compare.status_code == 200
    diff = soup(compare).get_text(" ")
    assert "Chula Vista Centro" in diff


def test_an_old_version_is_restored_with_its_hours(staff_client, client):
    clinic = change_chula_vista(staff_client)
    assert hours_of(clinic) == [(4, "09:30", "13:00")]
    first = Version.objects.get_for_object(clinic).last()
    response = post_form(staff_client, f"/admin/locations/clinic/{clinic.pk}/history/{first.pk}/")
    assert response.status_code == 302
    clinic.refresh_from_db()
    assert clinic.name_es == "Chula Vista"
    assert hours_of(clinic) == [(4, "08:00", "12:00")]
    assert hours_rows(client.get("/es/clinicas/chula-vista/"))["Viernes"] == "8:00 a.m. – 12:00 p.m."


def test_a_deleted_clinic_comes_back_with_its_hours(staff_client, client):
    clinic = Clinic.objects.get(slug="san-diego")
    before = hours_of(clinic)
    response = staff_client.post(f"/admin/locations/clinic/{clinic.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Clinic.objects.filter(slug="san-diego").exists()
    assert client.get("/en/clinics/san-diego/").status_code == 404

    recover_list = soup(staff_client.get("/admin/locations/clinic/recover/"))
    [row] = recover_list.select("#change-history tbody tr")
    assert row.td.get_text() == "San Diego"
    link = row.a["href"]
    assert post_form(staff_client, link).status_code == 302

    clinic = Clinic.objects.get(slug="san-diego")
    assert hours_of(clinic) == before
    assert client.get("/en/clinics/san-diego/").status_code == 200


def test_a_deleted_procedure_comes_back_with_its_other_options(staff_client):
    procedure = Procedure.objects.get(slug="medial-branch-block")
    related = sorted(procedure.related.values_list("slug", flat=True))
    staff_client.post(f"/admin/procedures/procedure/{procedure.pk}/delete/", {"post": "yes"})
    assert not Procedure.objects.filter(slug="medial-branch-block").exists()
    version = Version.objects.get_deleted(Procedure).get(object_id=str(procedure.pk))
    assert post_form(staff_client, f"/admin/procedures/procedure/recover/{version.pk}/").status_code == 302
    restored = Procedure.objects.get(slug="medial-branch-block")
    assert sorted(restored.related.values_list("slug", flat=True)) == related


def test_special_days_and_practice_details_keep_versions(staff_client):
    special = SpecialDay.objects.get(reason_en="Thanksgiving")
    url = f"/admin/locations/specialday/{special.pk}/change/"
    assert (
        staff_client.post(url, form_data(staff_client.get(url)) | {"reason_es": "Acción de Gracias"}).status_code == 302
    )
    assert Version.objects.get_for_object(special).count() == 2
    staff_client.post(f"/admin/locations/specialday/{special.pk}/delete/", {"post": "yes"})
    version = Version.objects.get_deleted(SpecialDay).get(object_id=str(special.pk))
    assert post_form(staff_client, f"/admin/locations/specialday/recover/{version.pk}/").status_code == 302
    assert SpecialDay.objects.get(pk=special.pk).start_date == datetime.date(2026, 11, 26)

    url = "/admin/clinic/practice/1/change/"
    assert staff_client.post(url, form_data(staff_client.get(url)) | {"phone": "619-555-0100"}).status_code == 302
    versions = Version.objects.get_for_object(Practice.load())
    assert [v.field_dict["phone"] for v in versions] == ["619-555-0100", "619-543-0144"]
