"""Patient information at depth: a procedure's further sections, its medical review and references, and
condition pages linked both ways with the procedures that treat them, in both languages and in JSON-LD."""

import datetime

import pytest
from django.core.cache import caches
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags

from conditions.models import Condition
from locations.models import Clinic
from procedures.models import Procedure, Reference
from providers.models import Provider
from tests.builders import make_procedure
from tests.pages import address, admin_url, form_data, json_ld, procedure_page, soup, url_in

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

PROCEDURE_HEADINGS = {
    "en": [
        "What it is",
        "Why it is done",
        "How to prepare",
        "How it is done",
        "What you will feel",
        "How long it takes",
        "After the procedure",
        "Recovery",
        "Risks",
        "Results",
        "When to call us",
        "Questions to ask your doctor",
    ],
    "es": [
        "Qué es",
        "Por qué se hace",
        "Cómo prepararse",
        "Cómo se hace",
        "Qué sentirá",
        "Cuánto tiempo dura",
        "Después del procedimiento",
        "Recuperación",
        "Riesgos",
        "Resultados",
        "Cuándo llamarnos",
        "Preguntas para su médico",
    ],
}


def headings(response):
    return [h.get_text(strip=True) for h in soup(response).select("article .procedure-section h2")]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_demo_procedure_has_every_section_in_both_languages(client, lang):
    for procedure in Procedure.objects.all():
        response = client.get(url_in(lang, procedure))
        assert headings(response) == PROCEDURE_HEADINGS[lang], procedure.slug_en
        toc = [a.get_text() for a in soup(response).select(".toc a")]
        assert toc == PROCEDURE_HEADINGS[lang]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_when_to_call_lists_the_warning_signs_and_when_to_call_911(client, lang):
    page = soup(client.get(procedure_page("epidural-steroid-injection", lang)))
    section = page.select_one("#when-to-call").find_parent("section")
    assert len(section.select("ul li")) >= 4
    assert "911" in section.get_text() and "619-543-0144" in section.get_text()


def test_an_empty_new_section_is_left_out(client):
    procedure = make_procedure(why_done_en="<p>For pain that lasts.</p>", what_it_is_en="<p>A test.</p>")
    response = client.get(url_in("en", procedure))
    assert headings(response) == ["What it is", "Why it is done"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Medically reviewed by Camila Ejemplo, MD on November 16, 2026"),
        ("es", "Revisión médica: Camila Ejemplo, MD, el 16 de noviembre de 2026"),
    ],
)
def test_every_procedure_page_says_who_reviewed_it_and_when(client, lang, text):
    response = client.get(procedure_page("medial-branch-rhizotomy", lang))
    reviewed = soup(response).select_one(".reviewed")
    assert " ".join(reviewed.get_text().split()) == text
    camila = Provider.objects.get(slug_en="camila-ejemplo")
    assert reviewed.a["href"] == url_in(lang, camila)
    for procedure in Procedure.objects.all():
        assert soup(client.get(url_in(lang, procedure))).select_one(".reviewed"), procedure.slug_en


def test_the_review_is_in_the_json_ld_as_on_the_page(client):
    procedure = Procedure.objects.get(slug_en="epidural-steroid-injection")
    data = json_ld(client.get(url_in("es", procedure)))
    page = data
    reviewer = procedure.reviewed_by
    assert page["lastReviewed"] == procedure.reviewed_on.isoformat() == "2026-11-16"
    assert page["reviewedBy"] == {
        "@type": "Physician",
        "name": reviewer.display_name,
        "@id": f"http://testserver{url_in('es', reviewer)}",
    }
    assert page["citation"] == [
        {"@type": "CreativeWork", "name": r.title_es, "url": r.url_es, "publisher": r.publisher}
        for r in Reference.objects.filter(procedure=procedure)
    ]


def test_an_unpublished_reviewer_is_not_named_and_the_review_is_due(client, staff_client):
    procedure = Procedure.objects.get(slug_en="spinal-cord-stimulation")
    Provider.objects.filter(pk=procedure.reviewed_by_id).update(published=False)
    caches["pages"].clear()
    response = client.get(url_in("en", procedure))
    assert soup(response).select_one(".reviewed") is None and "Grace Sample" not in response.content.decode()
    page = json_ld(response)
    assert "reviewedBy" not in page and "lastReviewed" not in page
    due = soup(staff_client.get(admin_url(Procedure), {"review": "due"}))
    assert [a.get_text() for a in due.select("#result_list th.field-name a")] == ["Spinal cord stimulation"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_references_are_listed_in_the_page_language(client, lang):
    procedure = Procedure.objects.get(slug_en="epidural-steroid-injection")
    links = soup(client.get(url_in(lang, procedure))).select(".references li a")
    expected = [(getattr(r, f"title_{lang}"), getattr(r, f"url_{lang}")) for r in procedure.references.all()]
    assert [(a.get_text(), a["href"]) for a in links] == expected
    assert len(expected) >= 2
    assert any("fda.gov" in url for _title, url in expected)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["FDA", "2014", "not approved", "epidural"]),
        ("es", ["FDA", "2014", "no ha aprobado", "epidural"]),
    ],
)
def test_the_epidural_page_states_the_fda_safety_communication(client, lang, words):
    risks = soup(client.get(procedure_page("epidural-steroid-injection", lang))).select_one("#risks").find_parent()
    text = " ".join(risks.get_text().split())
    assert all(word in text for word in words), text


def test_the_admin_lists_procedures_whose_review_is_due(staff_client, time_machine):
    Procedure.objects.filter(slug_en="facet-joint-injection").update(reviewed_on=datetime.date(2025, 11, 22))
    Procedure.objects.filter(slug_en="medial-branch-block").update(reviewed_on=datetime.date(2025, 11, 23))
    make_procedure("never-reviewed")
    page = soup(staff_client.get(admin_url(Procedure), {"review": "due"}))
    names = [a.get_text() for a in page.select("#result_list th.field-name a")]
    assert sorted(names) == ["Facet joint injection", "Never Reviewed"]  # exactly 12 months ago is not yet due
    rows = {
        row.th.get_text(strip=True): row.select_one("td.field-review").get_text()
        for row in page.select("#result_list tbody tr")
    }
    assert rows["Facet joint injection"] == "11/22/2025 by Camila Ejemplo, MD: due"
    assert rows["Never Reviewed"] == "Never reviewed: due"
    up_to_date = soup(staff_client.get(admin_url(Procedure), {"review": "done"}))
    assert "Medial branch block" in [a.get_text() for a in up_to_date.select("#result_list th.field-name a")]
    assert staff_client.get(admin_url(Procedure), {"review": "junk'"}).status_code == 200


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"reviewed_on": ""}, "Give both who reviewed the page and when, or neither."),
        ({"reviewed_on": "2026-11-24"}, "The review date cannot be in the future."),
    ],
)
def test_a_review_without_a_date_or_in_the_future_is_refused(staff_client, fields, error):
    procedure = Procedure.objects.get(slug_en="medial-branch-block")
    url = admin_url(procedure, "change")
    response = staff_client.post(url, form_data(staff_client.get(url)) | fields)
    assert response.status_code == 200
    assert error in soup(response).select_one(".field-reviewed_on").get_text()
    procedure.refresh_from_db()
    assert procedure.reviewed_on == datetime.date(2026, 11, 16)


def test_the_admin_says_demo_procedures_and_conditions_are_sample_text(staff_client):
    for record in [Procedure.objects.first(), Condition.objects.first()]:
        note = soup(staff_client.get(admin_url(record, "change"))).select_one(".demo-note")
        assert "Sample text" in note.get_text(), record


CONDITIONS = {
    "en": [
        "Low back pain",
        "Neck pain",
        "Sciatica",
        "Facet joint pain",
        "Sacroiliac joint pain",
        "Complex regional pain syndrome",
    ],
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_conditions_are_listed_and_linked_both_ways_with_their_treatments(client, lang):
    listed = soup(client.get(address("conditions:list", lang))).select("main .procedure-links li a")
    conditions = list(Condition.objects.published())
    assert [(a.get_text(), a["href"]) for a in listed] == [(c.name, url_in(lang, c)) for c in conditions]
    for condition in conditions:
        page = soup(client.get(url_in(lang, condition)))
        treatments = [a["href"] for a in page.select(".other-options .procedure-links a")]
        assert treatments == [url_in(lang, p) for p in condition.procedures.published()], condition.slug_en
        assert treatments
        for procedure in condition.procedures.all():
            back = soup(client.get(url_in(lang, procedure))).select(".procedure-conditions a")
            assert url_in(lang, condition) in [a["href"] for a in back]


def test_condition_pages_in_english_and_spanish(client):
    sciatica = Condition.objects.get(slug_en="sciatica")
    english = soup(client.get(url_in("en", sciatica)))
    assert english.h1.get_text() == "Sciatica"
    assert [h.get_text() for h in english.select(".procedure-section h2")][:3] == ["What it is", "Symptoms", "Causes"]
    spanish = soup(client.get(url_in("es", sciatica)))
    assert url_in("es", sciatica).startswith("/es/afecciones/")
    assert spanish.h1.get_text() == sciatica.name_es
    assert [h.get_text() for h in spanish.select(".procedure-section h2")][:3] == ["Qué es", "Síntomas", "Causas"]
    assert spanish.select_one(".other-names").get_text().startswith("Otros nombres:")
    assert "Tratamientos que ofrecemos" in spanish.get_text()


def test_the_spanish_sciatica_page_speaks_plainly_and_to_every_patient_alike(client):
    page = " ".join(soup(client.get(url_in("es", Condition.objects.get(slug_en="sciatica")))).get_text(" ").split())
    for wording in [
        "Otros nombres: Nervio ciático, dolor del nervio ciático, nervio comprimido en la espalda baja",
        "el cojín blando que hay entre dos vértebras se abulta hacia afuera y presiona un nervio",
        "levantar una pierna mientras está en posición acostada",
        "El dolor es tan fuerte que nada le alivia",
        "El dolor no le deja caminar, trabajar o dormir bien",
    ]:
        assert wording in page, wording
    for old in ["pinchado", "acostado.", "cómodo", "no lo deja"]:
        assert old not in page, old


def test_condition_json_ld_matches_the_database(client):
    condition = Condition.objects.get(slug_en="facet-joint-pain")
    data = json_ld(client.get(url_in("es", condition)))
    page = data
    assert page["inLanguage"] == "es"
    about = page["about"]
    assert (about["@type"], about["name"], about["description"]) == (
        "MedicalCondition",
        condition.name_es,
        condition.summary_es,
    )
    assert about["alternateName"] == [name.strip() for name in condition.other_names_es.split(",")]
    assert [t["url"] for t in about["possibleTreatment"]] == [
        f"http://testserver{url_in('es', p)}" for p in condition.procedures.published()
    ]


def test_the_home_page_lets_a_patient_start_from_a_condition(client):
    links = soup(client.get(address("home", "es"))).select(".condition-links a")
    assert [a["href"] for a in links] == [url_in("es", c) for c in Condition.objects.published()]


def test_unpublished_conditions_are_hidden_and_unknown_ones_not_found(client, staff_client):
    condition = Condition.objects.get(slug_en="neck-pain")
    condition.published = False
    condition.save()
    assert client.get(url_in("en", condition)).status_code == 404
    assert url_in("en", condition) not in client.get("/sitemap.xml").content.decode()
    assert condition.name_en not in soup(client.get(address("conditions:list"))).get_text()
    assert staff_client.get(url_in("en", condition)).status_code == 200  # a preview for staff
    assert client.get("/es/afecciones/no-existe/").status_code == 404
    assert client.get(f"/es/afecciones/{condition.slug_en}/").status_code in {301, 404}


def test_a_condition_at_its_other_language_slug_redirects(client):
    condition = Condition.objects.get(slug_en="low-back-pain")
    response = client.get(f"/es/afecciones/{condition.slug_en}/")
    assert (response.status_code, response["Location"]) == (301, url_in("es", condition))


def prep_sheet(client, slug, lang="en", **params):
    procedure = Procedure.objects.get(slug_en=slug)
    with translation.override(lang):
        url = reverse("procedures:prep_sheet", kwargs={"slug": procedure.slug})
    return client.get(url, params)


def test_the_procedure_page_offers_a_prep_sheet_for_a_chosen_clinic(client):
    form = soup(client.get(procedure_page("epidural-steroid-injection", "es"))).select_one(".prep-offer form")
    assert (
        form["method"] == "get" and form["action"] == "/es/procedimientos/inyeccion-epidural-de-esteroides/preparacion/"
    )
    assert [o.get_text() for o in form.select("select[name=clinic] option")] == [
        "San Diego",
        "Chula Vista",
        "Escondido",
    ]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_prep_sheet_has_the_procedures_preparation_and_the_clinics_details(client, lang):
    escondido = Clinic.objects.get(slug_en="escondido")
    response = prep_sheet(client, "epidural-steroid-injection", lang, clinic=escondido.pk)
    assert response.status_code == 200
    page = soup(response)
    [column] = page.select(".prep-column")
    assert column["lang"] == lang
    procedure = Procedure.objects.get(slug_en="epidural-steroid-injection")
    text = " ".join(column.get_text(" ").split())
    for field in ["preparation", "when_to_call"]:
        expected = " ".join(strip_tags(getattr(procedure, f"{field}_{lang}")).split())
        assert expected[:80] in text
    assert "240 W Mission Ave, Suite C" in text and "619-543-0144" in text
    assert " ".join(strip_tags(getattr(escondido, f"parking_{lang}")).split()) in text
    assert page.select_one("meta[name=robots]")["content"] == "noindex"


def test_a_prep_sheet_in_both_languages_side_by_side(client):
    response = prep_sheet(
        client, "medial-branch-block", "es", clinic=Clinic.objects.get(slug_en="san-diego").pk, both="on"
    )
    columns = soup(response).select(".prep-sheet.prep-both .prep-column")
    assert [c["lang"] for c in columns] == ["es", "en"]
    assert columns[0].h1.get_text() == "Cómo prepararse: Bloqueo de la rama medial"
    assert columns[1].h1.get_text() == "Getting ready for your Medial branch block"


@pytest.mark.parametrize("clinic", ["", "999", "abc", "١", "1 OR 1=1"])
def test_a_prep_sheet_without_a_known_clinic_asks_for_one(client, clinic):
    response = prep_sheet(client, "medial-branch-block", clinic=clinic)
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one(".form-error").get_text() == "Choose the clinic of your visit."
    assert page.select(".prep-column") == []


def test_a_prep_sheet_of_an_unknown_or_unpublished_procedure_is_not_found(client):
    assert client.get("/en/procedures/nothing/prepare/?clinic=1").status_code == 404
    Procedure.objects.filter(slug_en="medial-branch-block").update(published=False)
    assert prep_sheet(client, "medial-branch-block", clinic=1).status_code == 404


def test_a_deleted_reviewer_leaves_the_page_unreviewed_and_due(client, staff_client):
    procedure = Procedure.objects.get(slug_en="medial-branch-block")
    Provider.objects.filter(pk=procedure.reviewed_by_id).delete()
    caches["pages"].clear()
    response = client.get(url_in("en", procedure))
    assert soup(response).select_one(".reviewed") is None and "reviewedBy" not in json_ld(response)
    listed = staff_client.get(admin_url(Procedure), {"review": "due"})
    assert listed.status_code == 200
    rows = {
        row.th.get_text(strip=True): row.select_one("td.field-review").get_text()
        for row in soup(listed).select("#result_list tbody tr")
    }
    assert rows["Medial branch block"] == "Never reviewed: due"
