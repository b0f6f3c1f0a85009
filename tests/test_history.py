"""Every admin save and delete keeps a version: staff can see who changed what, compare, restore, recover."""

import datetime
import io

import pytest
import reversion
from django.core import serializers
from django.core.management import call_command
from reversion.models import Revision, Version

from conditions.models import Condition
from locations.models import Clinic, OpenAsUsual, OpeningHours, SpecialDay
from notices.models import Notice
from practice.models import LanguageTagline, Practice
from procedures.models import Procedure
from providers.models import Provider
from tests.pages import admin_url, clinic_page, form_data, hours_rows, soup

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")


def hours_of(clinic):
    return [(h.weekday, h.opens.strftime("%H:%M"), h.closes.strftime("%H:%M")) for h in clinic.opening_hours.all()]


def change_chula_vista(staff_client):
    clinic = Clinic.objects.get(slug="chula-vista")
    url = admin_url(clinic, "change")
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


def content():
    """Every record of the practice's content, as data, by (model, pk)."""
    records = [
        *Practice.objects.all(),
        *LanguageTagline.objects.all(),
        *Clinic.objects.all(),
        *OpeningHours.objects.all(),
        *SpecialDay.objects.all(),
        *Procedure.objects.all(),
    ]
    return {(row["model"], row["pk"]): row["fields"] for row in serializers.serialize("python", records)}


def without(records, *instances):
    keys = {(instance._meta.label_lower, instance.pk) for instance in instances}
    return {key: fields for key, fields in records.items() if key not in keys}


def one_revision_for_everything():
    """What the demo loader of earlier releases recorded, and what every site set up so far still holds."""
    Revision.objects.all().delete()
    with reversion.create_revision():
        reversion.set_comment("Demo content loaded")
        for record in [Practice.load(), *Clinic.objects.all(), *SpecialDay.objects.all(), *Procedure.objects.all()]:
            reversion.add_to_revision(record)


def friday_row(form, prefix="opening_hours"):
    [index] = [key.split("-")[1] for key, value in form.items() if key.endswith("-weekday") and value == "4"]
    return f"{prefix}-{index}"


def front_desk_changes_san_diego(front_desk):
    """The issue's reproduction: Friday opens at 9:00 instead of 13:00, and a closure next week."""
    clinic = Clinic.objects.get(slug="san-diego")
    url = admin_url(clinic, "change")
    form = form_data(front_desk.get(url))
    data = form | {
        f"{friday_row(form)}-opens": "09:00",
        "special_days-TOTAL_FORMS": "1",
        "special_days-0-start_date": "2026-12-01",
        "special_days-0-reason_en": "Staff training",
        "special_days-0-reason_es": "Capacitación del personal",
        "special_days-0-closed": "on",
    }
    assert front_desk.post(url, data).status_code == 302
    return clinic


def test_demo_content_starts_with_one_version_per_record(db):
    clinic = Clinic.objects.get(slug="san-diego")
    versions = Version.objects.get_for_object(clinic)
    assert versions.count() == 1
    assert versions[0].revision.get_comment() == "Demo content loaded"
    assert Version.objects.get_for_model(OpeningHours).count() == OpeningHours.objects.count()
    # Each revision holds one record and its own rows: the clinic and its four weekly intervals.
    assert sorted(str(v) for v in versions[0].revision.version_set.all()) == sorted(
        [str(clinic), *(str(row) for row in clinic.opening_hours.all())]
    )
    records = [Practice, Clinic, SpecialDay, OpenAsUsual, Procedure, Condition, Provider, Notice]
    assert Revision.objects.count() == sum(model.objects.count() for model in records)


def test_restoring_a_procedure_changes_that_procedure_only(front_desk, staff_client, client):
    clinic = front_desk_changes_san_diego(front_desk)
    procedure = Procedure.objects.get(slug="medial-branch-block")
    url = admin_url(procedure, "change")
    assert staff_client.post(url, form_data(staff_client.get(url)) | {"name_en": "Nerve block"}).status_code == 302
    before = content()

    demo_version = Version.objects.get_for_object(procedure).last()
    assert demo_version.revision.get_comment() == "Demo content loaded"
    restore = admin_url(procedure, "revision", demo_version.pk)
    assert post_form(staff_client, restore).status_code == 302

    procedure.refresh_from_db()
    assert procedure.name_en == "Medial branch block"
    assert without(content(), procedure) == without(before, procedure)
    assert hours_rows(client.get(clinic_page("san-diego")))["Friday"] == "9:00 a.m. – 5:00 p.m."
    assert SpecialDay.objects.get(reason_en="Staff training").clinic == clinic


def test_a_revision_holding_every_record_restores_one_record(staff_client, front_desk):
    one_revision_for_everything()
    front_desk_changes_san_diego(front_desk)
    for slug in ["medial-branch-block", "facet-joint-injection"]:
        procedure = Procedure.objects.get(slug=slug)
        url = admin_url(procedure, "change")
        assert staff_client.post(url, form_data(staff_client.get(url)) | {"name_en": slug.upper()}).status_code == 302
    before = content()

    procedure = Procedure.objects.get(slug="medial-branch-block")
    old = Version.objects.get_for_object(procedure).last()
    assert old.revision.version_set.count() > 30
    assert post_form(staff_client, admin_url(procedure, "revision", old.pk)).status_code == 302

    procedure.refresh_from_db()
    assert procedure.name_en == "Medial branch block"
    assert without(content(), procedure) == without(before, procedure)
    assert Procedure.objects.get(slug="facet-joint-injection").name_en == "FACET-JOINT-INJECTION"


def test_restoring_a_clinic_brings_back_its_own_rows_only(staff_client, front_desk):
    one_revision_for_everything()
    clinic = front_desk_changes_san_diego(front_desk)
    training = SpecialDay.objects.get(reason_en="Staff training")
    change_chula_vista(staff_client)
    before = content()

    old = Version.objects.get_for_object(clinic).last()
    assert post_form(staff_client, admin_url(clinic, "revision", old.pk)).status_code == 302

    assert hours_of(clinic)[-1] == (4, "13:00", "17:00")
    assert not SpecialDay.objects.filter(pk=training.pk).exists()
    own_rows = [clinic, *clinic.opening_hours.all(), training]
    assert without(content(), *own_rows) == without(before, *own_rows)
    assert Clinic.objects.get(slug="chula-vista").name_es == "Chula Vista Centro"


def test_recovering_a_deleted_clinic_from_a_shared_revision_brings_back_that_clinic_only(staff_client):
    one_revision_for_everything()
    change_chula_vista(staff_client)
    clinic = Clinic.objects.get(slug="san-diego")
    assert staff_client.post(admin_url(clinic, "delete"), {"post": "yes"}).status_code == 302
    before = content()

    version = Version.objects.get_deleted(Clinic).get(object_id=str(clinic.pk))
    assert post_form(staff_client, admin_url(Clinic, "recover", version.pk)).status_code == 302

    recovered = Clinic.objects.get(slug="san-diego")
    assert [row[0] for row in hours_of(recovered)] == [0, 1, 3, 4]
    assert without(content(), recovered, *recovered.opening_hours.all()) == before
    assert Clinic.objects.get(slug="chula-vista").name_es == "Chula Vista Centro"


def test_restoring_a_clinics_special_day_leaves_the_clinic_as_it_is(staff_client, front_desk):
    clinic = front_desk_changes_san_diego(front_desk)
    special = SpecialDay.objects.get(reason_en="Staff training")
    url = admin_url(special, "change")
    assert staff_client.post(url, form_data(staff_client.get(url)) | {"reason_en": "Training"}).status_code == 302
    clinic_url = admin_url(clinic, "change")
    assert (
        staff_client.post(clinic_url, form_data(staff_client.get(clinic_url)) | {"phone": "619-555-0100"}).status_code
        == 302
    )
    before = content()

    # The special day's first version was saved with the clinic, in the clinic's revision.
    first = Version.objects.get_for_object(special).last()
    assert Version.objects.get_for_object(clinic).filter(revision=first.revision).exists()
    assert post_form(staff_client, admin_url(special, "revision", first.pk)).status_code == 302

    special.refresh_from_db()
    assert special.reason_en == "Staff training"
    assert without(content(), special) == without(before, special)


def test_a_change_records_who_and_when_and_can_be_compared(staff_client, admin_user):
    clinic = change_chula_vista(staff_client)
    versions = Version.objects.get_for_object(clinic)
    assert versions.count() == 2
    assert versions[0].revision.user == admin_user
    history = soup(staff_client.get(admin_url(clinic, "history")))
    assert admin_user.username in history.get_text()
    newer, older = versions[0], versions[1]
    compare = staff_client.get(
        admin_url(clinic, "compare"),
        {"version_id1": older.pk, "version_id2": newer.pk},
    )
    assert compare.status_code == 200
    diff = " ".join(soup(compare).get_text(" ").split())
    assert "Chula Vista Centro" in diff


def test_an_old_version_is_restored_with_its_hours(staff_client, client):
    clinic = change_chula_vista(staff_client)
    assert hours_of(clinic) == [(4, "09:30", "13:00")]
    first = Version.objects.get_for_object(clinic).last()
    response = post_form(staff_client, admin_url(clinic, "revision", first.pk))
    assert response.status_code == 302
    clinic.refresh_from_db()
    assert clinic.name_es == "Chula Vista"
    assert hours_of(clinic) == [(4, "08:00", "12:00")]
    assert hours_rows(client.get(clinic_page("chula-vista", "es")))["Viernes"] == "8:00 a.m. – 12 del mediodía"


def test_a_deleted_clinic_comes_back_with_its_hours(staff_client, client):
    clinic = Clinic.objects.get(slug="san-diego")
    before, page = hours_of(clinic), clinic_page("san-diego")
    response = staff_client.post(admin_url(clinic, "delete"), {"post": "yes"})
    assert response.status_code == 302
    assert not Clinic.objects.filter(slug="san-diego").exists()
    assert client.get(page).status_code == 404

    recover_list = soup(staff_client.get(admin_url(Clinic, "recoverlist")))
    [row] = recover_list.select("#change-history tbody tr")
    assert row.td.get_text() == "San Diego"
    link = row.a["href"]
    assert post_form(staff_client, link).status_code == 302

    clinic = Clinic.objects.get(slug="san-diego")
    assert hours_of(clinic) == before
    assert client.get(page).status_code == 200


def test_a_deleted_procedure_comes_back_with_its_other_options(staff_client):
    procedure = Procedure.objects.get(slug="medial-branch-block")
    related = sorted(procedure.related.values_list("slug", flat=True))
    staff_client.post(admin_url(procedure, "delete"), {"post": "yes"})
    assert not Procedure.objects.filter(slug="medial-branch-block").exists()
    version = Version.objects.get_deleted(Procedure).get(object_id=str(procedure.pk))
    assert post_form(staff_client, admin_url(Procedure, "recover", version.pk)).status_code == 302
    restored = Procedure.objects.get(slug="medial-branch-block")
    assert sorted(restored.related.values_list("slug", flat=True)) == related


def test_special_days_and_practice_details_keep_versions(staff_client):
    special = SpecialDay.objects.get(reason_en="Thanksgiving")
    url = admin_url(special, "change")
    assert (
        staff_client.post(url, form_data(staff_client.get(url)) | {"reason_es": "Acción de Gracias"}).status_code == 302
    )
    assert Version.objects.get_for_object(special).count() == 2
    staff_client.post(admin_url(special, "delete"), {"post": "yes"})
    version = Version.objects.get_deleted(SpecialDay).get(object_id=str(special.pk))
    assert post_form(staff_client, admin_url(SpecialDay, "recover", version.pk)).status_code == 302
    assert SpecialDay.objects.get(pk=special.pk).start_date == datetime.date(2026, 11, 26)

    url = admin_url(Practice.load(), "change")
    assert staff_client.post(url, form_data(staff_client.get(url)) | {"phone": "619-555-0100"}).status_code == 302
    versions = Version.objects.get_for_object(Practice.load())
    assert [v.field_dict["phone"] for v in versions] == ["619-555-0100", "619-543-0144"]


def edit_risks(staff_client, procedure):
    """Change the Risks section in both languages, the rest of the form sent back as a browser does: an
    untouched section keeps its line breaks, as CRLF."""
    url = admin_url(procedure, "change")
    form = {
        key: value.replace("\n", "\r\n") if isinstance(value, str) else value
        for key, value in form_data(staff_client.get(url)).items()
    }
    form["risks_en"] = form["risks_en"].replace("Risks are low.", "Risks are very low.")
    form["risks_es"] = form["risks_es"].replace("Los riesgos son bajos.", "Los riesgos son muy bajos.")
    assert staff_client.post(url, form).status_code == 302


def test_the_history_lists_only_the_sections_that_changed(staff_client):
    procedure = Procedure.objects.get(slug="medial-branch-block")
    edit_risks(staff_client, procedure)
    [latest, _first] = Version.objects.get_for_object(procedure)
    assert latest.revision.get_comment() == "Changed Risks [en] and Risks [es]."


def test_compare_shows_the_changed_words_language_by_language(staff_client):
    procedure = Procedure.objects.get(slug="medial-branch-block")
    edit_risks(staff_client, procedure)
    newer, older = Version.objects.get_for_object(procedure)
    page = soup(
        staff_client.get(
            admin_url(procedure, "compare"),
            {"version_id1": older.pk, "version_id2": newer.pk},
        )
    )
    main = page.select_one("#content-main")
    assert [h3.get_text() for h3 in main.select("h3")] == ["Risks (English)", "Risks (Spanish)"]
    english, spanish = main.select(".text-diff")
    assert [ins.get_text() for ins in english.select("ins")] == ["very"]
    assert [ins.get_text() for ins in spanish.select("ins")] == ["muy"]
    assert english.p.get_text().startswith("Risks are very low. They can include soreness")
    # Text that wraps, not the editor's HTML in a box that scrolls sideways.
    assert main.select("pre") == [] and "<p>" not in main.get_text()
    assert main.select_one("blockquote").get_text() == "Changed Risks [en] and Risks [es]."


def test_createinitialrevisions_records_one_version_per_record(db):
    Revision.objects.all().delete()
    call_command("createinitialrevisions", "locations.Clinic", "procedures.Procedure", stdout=io.StringIO())
    revisions = Revision.objects.all()
    assert revisions.count() == Clinic.objects.count() + Procedure.objects.count()
    for revision in revisions:
        roots = [v for v in revision.version_set.all() if v.content_type.model in {"clinic", "procedure"}]
        assert len(roots) == 1


def test_restoring_a_provider_leaves_out_a_clinic_deleted_since(staff_client, client):
    """The version names a clinic that no longer exists: the rest is restored, and no server error."""
    provider = Provider.objects.get(slug_en="grace-sample")
    temporary = Clinic.objects.create(name_en="Temporary", street_address="1 A Street", city="Vista", zip_code="92083")
    url = admin_url(provider, "change")
    data = form_data(staff_client.get(url)) | {
        "clinics": [str(pk) for pk in provider.clinics.values_list("pk", flat=True)] + [str(temporary.pk)],
        "biography_en": "An earlier biography.",
    }
    assert staff_client.post(url, data).status_code == 302
    version = Version.objects.get_for_object(provider).first()
    temporary.delete()
    data = form_data(staff_client.get(url)) | {"biography_en": "A later biography."}
    assert staff_client.post(url, data).status_code == 302

    assert post_form(staff_client, admin_url(provider, "revision", version.pk)).status_code == 302
    provider.refresh_from_db()
    assert provider.biography_en == "An earlier biography."
    assert list(provider.clinics.values_list("slug_en", flat=True)) == ["escondido"]
