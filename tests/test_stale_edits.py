"""A form opened before a colleague saved never overwrites that save; staff saves never fail because someone
else is saving. Proven with two sessions, and with threads saving at the same moment."""

import datetime
import threading

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client

from locations.models import Clinic, OpeningHours, SpecialDay
from practice.models import Practice
from procedures.models import Procedure
from tests.pages import admin_url, form_data, soup, text

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")


def clinic_url(slug):
    return admin_url(Clinic.objects.get(slug=slug), "change")


def messages_on(response):
    return [" ".join(li.get_text(" ").split()) for li in soup(response).select("ul.messagelist li")]


def row_of(form, weekday):
    """The prefix of the first weekly-hours row of a weekday in a clinic form."""
    return next(key[: -len("-weekday")] for key, value in form.items() if key.endswith("-weekday") and value == weekday)


def add_interval(form, weekday, opens, closes):
    index = int(form["opening_hours-TOTAL_FORMS"])
    return form | {
        f"opening_hours-{index}-weekday": weekday,
        f"opening_hours-{index}-opens": opens,
        f"opening_hours-{index}-closes": closes,
        "opening_hours-TOTAL_FORMS": str(index + 1),
    }


def test_a_stale_clinic_form_does_not_undo_a_colleagues_hours(staff_client, front_desk, admin_user):
    url = clinic_url("san-diego")
    colleague_form = form_data(staff_client.get(url))
    stale_form = form_data(front_desk.get(url))

    monday = row_of(colleague_form, "0")
    assert staff_client.post(url, colleague_form | {f"{monday}-opens": "09:00"}).status_code == 302

    response = front_desk.post(url, stale_form | {"phone": "619-555-0100"})
    assert response.status_code == 302 and response.url == url
    page = front_desk.get(url)
    [message] = messages_on(page)
    assert message.startswith(f"Not saved: {admin_user.username} at ")
    assert "after you opened this form (Opening time Monday 9:00 a.m. – 5:00 p.m.: changed)" in message
    assert "The form now shows the current values: make your changes again and save." in message

    clinic = Clinic.objects.get(slug="san-diego")
    assert clinic.phone == ""
    assert clinic.opening_hours.get(weekday=0).opens == datetime.time(9)
    current = form_data(page)
    assert current[f"{monday}-opens"] == "9:00 a.m."

    # Submitted again from the form as it now is, the change goes through.
    assert front_desk.post(url, current | {"phone": "619-555-0100"}).status_code == 302
    clinic.refresh_from_db()
    assert clinic.phone == "619-555-0100"
    assert clinic.opening_hours.get(weekday=0).opens == datetime.time(9)


def test_the_refusal_is_in_spanish_for_staff_who_read_spanish(staff_client, front_desk):
    url = clinic_url("escondido")
    stale_form = form_data(front_desk.get(url))
    assert staff_client.post(url, form_data(staff_client.get(url)) | {"name_es": "Escondido Centro"}).status_code == 302
    front_desk.cookies["django_language"] = "es"
    response = front_desk.post(url, stale_form | {"phone": "619-555-0100"}, follow=True)
    [message] = messages_on(response)
    assert message.startswith(
        "No se guardó: admin el 23 de noviembre de 2026 a las 10:00 hizo cambios aquí "
        "después de que usted abriera este formulario (Nombre [es])."
    )
    assert Clinic.objects.get(slug="escondido").phone == ""


def test_two_stale_forms_cannot_store_overlapping_intervals(staff_client, front_desk):
    url = clinic_url("escondido")
    first, second = form_data(staff_client.get(url)), form_data(front_desk.get(url))
    assert staff_client.post(url, add_interval(first, "2", "13:00", "15:00")).status_code == 302
    response = front_desk.post(url, add_interval(second, "2", "14:00", "17:00"), follow=True)
    [message] = messages_on(response)
    assert "(Opening time Wednesday 1:00 p.m. – 3:00 p.m.: added)" in message
    hours = Clinic.objects.get(slug="escondido").opening_hours.values_list("opens", "closes")
    assert list(hours) == [(datetime.time(8), datetime.time(12)), (datetime.time(13), datetime.time(15))]


def test_a_special_day_removed_by_a_colleague_is_not_brought_back(staff_client, front_desk):
    url = clinic_url("chula-vista")
    form = form_data(staff_client.get(url)) | {
        "special_days-TOTAL_FORMS": "1",
        "special_days-0-start_date": "2026-12-04",
        "special_days-0-reason_en": "Staff training",
        "special_days-0-reason_es": "Capacitación",
        "special_days-0-closed": "on",
    }
    assert staff_client.post(url, form).status_code == 302
    stale_form = form_data(front_desk.get(url))
    special = SpecialDay.objects.get(reason_en="Staff training")
    assert staff_client.post(admin_url(special, "delete"), {"post": "yes"}).status_code == 302

    response = front_desk.post(url, stale_form | {"special_days-0-reason_es": "Capacitación del personal"}, follow=True)
    [message] = messages_on(response)
    assert "(Special day Staff training (December 4, 2026): removed)" in message
    assert not SpecialDay.objects.filter(reason_en="Staff training").exists()


def practice_change(form):
    return form | {"intro_en": "We treat back and neck pain."}


def procedure_change(form):
    return form | {"risks_en": "<p>New risks.</p>"}


def special_day_change(form):
    return form | {"reason_es": "Acción de Gracias: cerrado"}


def record_fields(form):
    """What a form says of the record, without the tokens that change with each page."""
    return {key: value for key, value in form.items() if key not in {"_edited_state", "csrfmiddlewaretoken"}}


@pytest.mark.parametrize(
    "record, first_change, second_change, changed",
    [
        (
            "practice",
            practice_change,
            lambda form: form | {"phone": "619-555-0100"},
            "Short introduction [en]",
        ),
        (
            "procedure:medial-branch-block",
            procedure_change,
            lambda form: form | {"summary_es": "Otra cosa."},
            "Risks [en]",
        ),
        ("specialday:Thanksgiving", special_day_change, lambda form: form | {"reason_en": "Holiday"}, "Reason [es]"),
    ],
)
def test_every_kind_of_content_refuses_a_stale_form(staff_client, record, first_change, second_change, changed):
    kind, _, name = record.partition(":")
    if kind == "practice":
        url = admin_url(Practice.load(), "change")
    elif kind == "procedure":
        url = admin_url(Procedure.objects.get(slug=name), "change")
    elif kind == "specialday":
        url = admin_url(SpecialDay.objects.get(reason_en=name), "change")
    other = Client()
    other.force_login(User.objects.get(username="admin"))
    first, stale = form_data(staff_client.get(url)), form_data(other.get(url))
    assert staff_client.post(url, first_change(first)).status_code == 302
    after_first = form_data(staff_client.get(url))

    response = other.post(url, second_change(stale), follow=True)
    [message] = messages_on(response)
    assert f"after you opened this form ({changed})" in message
    assert record_fields(form_data(staff_client.get(url))) == record_fields(after_first)


def test_a_change_to_a_field_the_form_does_not_edit_is_no_conflict(editor, front_desk):
    """A content editor, whose form edits a clinic's photo only, saves it after the front desk changed the
    hours: both are kept."""
    url = clinic_url("escondido")
    desk_form = form_data(front_desk.get(url))
    editor_form = form_data(editor.get(url))
    assert front_desk.post(url, desk_form | {f"{row_of(desk_form, '2')}-opens": "09:00"}).status_code == 302
    assert editor.post(url, editor_form | {"picture_alt_en": "The front door"}).status_code == 302
    clinic = Clinic.objects.get(slug="escondido")
    assert clinic.picture_alt_en == "The front door"
    assert clinic.opening_hours.get().opens == datetime.time(9)


def test_a_tampered_fingerprint_is_refused_and_changes_nothing(staff_client):
    url = clinic_url("escondido")
    form = form_data(staff_client.get(url)) | {"_edited_state": "forged", "phone": "619-555-0100"}
    response = staff_client.post(url, form, follow=True)
    [message] = messages_on(response)
    assert message.startswith("This form could not be checked against later changes.")
    assert Clinic.objects.get(slug="escondido").phone == ""


def run_together(*jobs):
    """Run each job in its own thread, all starting at the same moment; re-raise the first failure."""
    start = threading.Barrier(len(jobs))
    failures = []

    def run(job):
        try:
            start.wait()
            job()
        except BaseException as error:  # noqa: BLE001 - reported to the test below
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    if failures:
        raise failures[0]


def logged_in(user):
    browser = Client()
    browser.force_login(user)
    return browser


@pytest.mark.django_db(transaction=True)
def test_two_saves_at_the_same_moment_never_store_overlapping_intervals(admin_user):
    url = clinic_url("escondido")
    browsers = [logged_in(admin_user), logged_in(admin_user)]
    forms = [form_data(browser.get(url)) for browser in browsers]
    statuses = []
    jobs = [
        lambda: statuses.append(browsers[0].post(url, add_interval(forms[0], "2", "13:00", "15:00")).status_code),
        lambda: statuses.append(browsers[1].post(url, add_interval(forms[1], "2", "14:00", "17:00")).status_code),
    ]
    run_together(*jobs)
    assert statuses == [302, 302]  # one saved, the other refused and sent back to the form
    rows = list(OpeningHours.objects.filter(clinic__slug="escondido", weekday=2).values_list("opens", "closes"))
    assert len(rows) == 2 and rows[0] == (datetime.time(8), datetime.time(12))
    assert rows[1] in [(datetime.time(13), datetime.time(15)), (datetime.time(14), datetime.time(17))]


@pytest.mark.django_db(transaction=True)
def test_two_practice_wide_days_on_one_date_added_at_the_same_moment(admin_user):
    url = admin_url(SpecialDay, "add")
    browsers = [logged_in(admin_user), logged_in(admin_user)]
    forms = [form_data(browser.get(url)) for browser in browsers]
    day = {"start_date": "2026-12-24", "end_date": "", "closed": "on", "reason_es": "Nochebuena"}
    statuses = []
    jobs = [
        lambda: statuses.append(browsers[0].post(url, forms[0] | day | {"reason_en": "Christmas Eve"}).status_code),
        lambda: statuses.append(browsers[1].post(url, forms[1] | day | {"reason_en": "Holiday"}).status_code),
    ]
    run_together(*jobs)
    assert sorted(statuses) == [200, 302]  # the second sees the first and shows the form with the error
    assert SpecialDay.objects.filter(start_date=datetime.date(2026, 12, 24)).count() == 1


@pytest.mark.django_db(transaction=True)
def test_staff_saving_at_the_same_time_never_fail(admin_user):
    """Four members of staff save different records six times each, at the same time: every save succeeds."""
    targets = [
        clinic_url("san-diego"),
        clinic_url("chula-vista"),
        clinic_url("escondido"),
        admin_url(Practice.load(), "change"),
    ]
    saved = []

    def keep_saving(url):
        browser = logged_in(admin_user)
        for attempt in range(6):
            form = form_data(browser.get(url))
            response = browser.post(url, form | {"phone": f"619-555-01{attempt:02d}"})
            assert response.status_code == 302, response.content[:500]
            saved.append(url)

    run_together(*(lambda url=url: keep_saving(url) for url in targets))
    assert len(saved) == 24
    assert Practice.load().phone == "619-555-0105"
    assert set(Clinic.objects.values_list("phone", flat=True)) == {"619-555-0105"}


def test_a_form_error_then_a_corrected_save_goes_through(staff_client, client):
    """The form shown again with an error carries what is stored, not what was typed: correcting the error and
    saving is no conflict with oneself."""
    procedure = Procedure.objects.get(slug="medial-branch-block")
    url = admin_url(procedure, "change")
    typed = form_data(staff_client.get(url)) | {"search_terms_es": "prueba de bloqueo", "reviewed_on": "2030-01-01"}
    response = staff_client.post(url, typed)
    assert response.status_code == 200 and soup(response).select_one(".field-reviewed_on .errorlist")
    again = form_data(response) | {"reviewed_on": "2026-11-20"}
    response = staff_client.post(url, again)
    assert response.status_code == 302, soup(response).select(".errorlist, .messagelist")
    procedure.refresh_from_db()
    assert (procedure.search_terms_es, str(procedure.reviewed_on)) == ("prueba de bloqueo", "2026-11-20")


def test_a_colleagues_save_after_a_form_error_is_still_not_undone(staff_client, front_desk, editor):
    procedure = Procedure.objects.get(slug="medial-branch-block")
    url = admin_url(procedure, "change")
    response = staff_client.post(url, form_data(staff_client.get(url)) | {"reviewed_on": "2030-01-01"})
    assert response.status_code == 200
    colleague = form_data(editor.get(url)) | {"name_en": "Diagnostic medial branch block"}
    assert editor.post(url, colleague).status_code == 302
    response = staff_client.post(url, form_data(response) | {"reviewed_on": "2026-11-20"})
    assert response.status_code == 302 and "Not saved" in text(staff_client.get(response["Location"]))
    procedure.refresh_from_db()
    assert (procedure.name_en, str(procedure.reviewed_on)) == ("Diagnostic medial branch block", "2026-11-16")
