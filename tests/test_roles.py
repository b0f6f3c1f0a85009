"""Front desk and content editors can do their job and nothing else; password guessing is locked out."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from locations.models import Clinic, SpecialDay
from practice.models import Practice
from procedures.models import Procedure
from tests.builders import image_upload
from tests.pages import address, admin_url, clinic_page, form_data, hours_rows, soup

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")


def clinic_url(slug, action="change"):
    return admin_url(Clinic.objects.get(slug=slug), action)


def test_the_two_groups_exist_with_their_permissions(db):
    permissions = {
        group.name: sorted(f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all())
        for group in Group.objects.all()
    }
    assert permissions == {
        "Front desk": [
            "alerts.add_alert",
            "alerts.change_alert",
            "alerts.delete_alert",
            "alerts.view_alert",
            "locations.add_hourschange",
            "locations.add_openasusual",
            "locations.add_openinghours",
            "locations.add_specialday",
            "locations.add_specialhours",
            "locations.change_clinic",
            "locations.change_hourschange",
            "locations.change_openasusual",
            "locations.change_openinghours",
            "locations.change_specialday",
            "locations.change_specialhours",
            "locations.delete_hourschange",
            "locations.delete_openasusual",
            "locations.delete_openinghours",
            "locations.delete_specialday",
            "locations.delete_specialhours",
            "locations.view_clinic",
            "locations.view_hourschange",
            "locations.view_openasusual",
            "locations.view_openinghours",
            "locations.view_specialday",
            "locations.view_specialhours",
            "practice.change_practice_contact",
            "practice.view_practice",
        ],
        "Content editor": [
            "alerts.add_alert",
            "alerts.change_alert",
            "alerts.delete_alert",
            "alerts.view_alert",
            "conditions.add_condition",
            "conditions.change_condition",
            "conditions.delete_condition",
            "conditions.view_condition",
            "locations.change_clinic_photo",
            "locations.view_clinic",
            "notices.add_notice",
            "notices.change_notice",
            "notices.view_notice",
            "procedures.add_procedure",
            "procedures.add_reference",
            "procedures.change_procedure",
            "procedures.change_reference",
            "procedures.delete_procedure",
            "procedures.delete_reference",
            "procedures.view_procedure",
            "procedures.view_reference",
            "providers.add_boardcertification",
            "providers.add_provider",
            "providers.change_boardcertification",
            "providers.change_provider",
            "providers.delete_boardcertification",
            "providers.delete_provider",
            "providers.view_boardcertification",
            "providers.view_provider",
        ],
    }


def test_front_desk_changes_hours_and_adds_a_closure(front_desk, client):
    url = clinic_url("escondido")
    data = form_data(front_desk.get(url)) | {
        "opening_hours-0-opens": "09:00",
        "special_days-TOTAL_FORMS": "1",
        "special_days-0-start_date": "2026-11-25",
        "special_days-0-reason_en": "Staff training",
        "special_days-0-reason_es": "Capacitación del personal",
        "special_days-0-closed": "on",
    }
    assert front_desk.post(url, data).status_code == 302
    assert hours_rows(client.get(clinic_page("escondido")))["Wednesday"] == "9:00 a.m. – noon"
    assert SpecialDay.objects.get(reason_en="Staff training").clinic.slug == "escondido"
    add = front_desk.get(admin_url(SpecialDay, "add"))
    assert add.status_code == 200


def test_front_desk_cannot_delete_clinics_or_touch_procedures(front_desk):
    assert front_desk.get(clinic_url("escondido", "delete")).status_code == 403
    assert front_desk.post(clinic_url("escondido", "delete"), {"post": "yes"}).status_code == 403
    assert Clinic.objects.filter(slug="escondido").exists()
    assert front_desk.get(admin_url(Clinic, "add")).status_code == 403
    assert front_desk.get(admin_url(Procedure)).status_code == 403
    pk = Procedure.objects.get(slug="medial-branch-rhizotomy").pk
    assert front_desk.get(admin_url(Procedure, "change", pk)).status_code == 403
    assert front_desk.post(admin_url(Procedure, "delete", pk), {"post": "yes"}).status_code == 403
    assert front_desk.get(admin_url(User)).status_code == 403
    index = soup(front_desk.get(reverse("admin:index"))).get_text()
    assert "Procedures" not in index and "Users" not in index


def test_front_desk_changes_only_the_practice_phone_and_portal(front_desk):
    url = admin_url(Practice.load(), "change")
    page = soup(front_desk.get(url))
    assert page.select_one("input[name=phone]") and page.select_one("input[name=portal_url]")
    assert page.select_one("[name=name_en]") is None and page.select_one("[name=intro_es]") is None
    data = form_data(front_desk.get(url)) | {
        "phone": "619-555-0199",
        "portal_url": "https://portal.example.com/new/",
        "name_en": "Hijacked",
        "facebook_url": "https://evil.example/",
    }
    assert front_desk.post(url, data).status_code == 302
    practice = Practice.load()
    assert (practice.phone, practice.portal_url) == ("619-555-0199", "https://portal.example.com/new/")
    assert practice.name_en == "Pacific Coast Pain Management"
    assert practice.facebook_url == "https://www.facebook.com/PacificCoastPainManagement"


def test_front_desk_cannot_restore_an_old_version_of_the_practice(front_desk):

    version = Version.objects.get_for_object(Practice.load()).first()
    assert front_desk.get(admin_url(Practice.load(), "revision", version.pk)).status_code == 403


def test_content_editor_edits_procedures(editor, client):
    pk = Procedure.objects.get(slug="facet-joint-injection").pk
    url = admin_url(Procedure, "change", pk)
    data = form_data(editor.get(url)) | {"summary_es": "Resumen nuevo."}
    assert editor.post(url, data).status_code == 302
    assert "Resumen nuevo." in client.get(address("procedures:list", "es")).content.decode()
    assert editor.get(admin_url(Procedure, "add")).status_code == 200


def test_content_editor_changes_a_clinic_photo_but_nothing_else_of_the_clinic(editor):
    url = clinic_url("chula-vista")
    page = soup(editor.get(url))
    assert page.select_one("input[name=picture]") and page.select_one("[name=picture_alt_es]")
    assert page.select_one("[name=name_en]") is None and page.select_one("[name=street_address]") is None
    assert page.select_one("[name=opening_hours-TOTAL_FORMS]") is None
    data = form_data(editor.get(url)) | {
        "picture": image_upload("front.jpg"),
        "picture_alt_en": "The clinic's entrance on H Street",
        "picture_alt_es": "La entrada de la clínica en H Street",
        "street_address": "1 Fake Street",
    }
    assert editor.post(url, data).status_code == 302
    clinic = Clinic.objects.get(slug="chula-vista")
    assert clinic.picture and clinic.street_address == "535 H Street"
    assert clinic.opening_hours.count() == 1


def test_content_editor_cannot_change_hours_or_the_practice(editor):
    assert editor.get(admin_url(SpecialDay)).status_code == 403
    assert editor.get(admin_url(Practice.load(), "change")).status_code == 403
    assert editor.post(clinic_url("chula-vista", "delete"), {"post": "yes"}).status_code == 403


def test_password_guessing_is_locked_out_with_a_clear_message(db):
    User.objects.create_user("frontdesk", password="correct-horse-battery", is_staff=True)
    browser = Client()
    for _attempt in range(4):
        response = browser.post(reverse("admin:login"), {"username": "frontdesk", "password": "wrong"})
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.content.decode()
    response = browser.post(reverse("admin:login"), {"username": "frontdesk", "password": "wrong"})
    assert response.status_code == 429
    assert "This login is locked for 30 minutes after 5 wrong passwords in a row." in soup(response).get_text()
    response = browser.post(reverse("admin:login"), {"username": "frontdesk", "password": "correct-horse-battery"})
    assert response.status_code == 429
    assert "_auth_user_id" not in browser.session
