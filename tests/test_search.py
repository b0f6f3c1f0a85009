"""The site's search: procedures, conditions, doctors and clinics in the page's language, accents and case
ignored, synonyms staff can edit; never stored; hostile queries answered calmly."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conditions.models import Condition
from locations.models import Clinic
from procedures.models import Procedure
from providers.models import Provider
from site_search.matching import normalized, query_words, score
from tests.pages import address, soup, url_in

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")


def found(client, query, lang="en"):
    """The links of the results, in order."""
    response = client.get(address("search", lang), {"q": query})
    assert response.status_code == 200
    return [a["href"] for a in soup(response).select("main section .procedure-links a")]


def page_of(model, slug, lang="en"):
    return url_in(lang, model.objects.get(slug_en=slug))


def test_the_search_addresses_are_translated():
    assert (address("search"), address("search", "es")) == ("/en/search/", "/es/buscar/")


@pytest.mark.parametrize(
    ("query", "lang", "model", "slug"),
    [
        ("ciatica", "es", Condition, "sciatica"),
        ("CIÁTICA", "es", Condition, "sciatica"),
        ("sciatica", "en", Condition, "sciatica"),
        ("quemar nervios", "es", Procedure, "medial-branch-rhizotomy"),
        ("RFA", "en", Procedure, "medial-branch-rhizotomy"),
        ("rfa", "es", Procedure, "medial-branch-rhizotomy"),
        ("radiofrequency", "en", Procedure, "medial-branch-rhizotomy"),
        ("rizotomia", "es", Procedure, "medial-branch-rhizotomy"),
        ("estimulacion medula", "es", Procedure, "spinal-cord-stimulation"),
        ("epidural injections", "en", Procedure, "epidural-steroid-injection"),
    ],
)
def test_a_patient_finds_the_page_with_the_words_they_know(client, query, lang, model, slug):
    results = found(client, query, lang)
    assert page_of(model, slug, lang) in results[:2], results


def test_results_are_in_the_page_language(client):
    spanish = found(client, "dolor", "es")
    assert spanish and all(link.startswith("/es/") for link in spanish)
    assert found(client, "dolor", "en") == []  # no English page says "dolor"


def test_clinics_are_found_by_city_and_zip_code_and_doctors_by_name(client):
    assert found(client, "escondido") == [page_of(Clinic, "escondido")]
    assert found(client, "91910", "es") == [page_of(Clinic, "chula-vista", "es")]
    assert found(client, "grace") == [page_of(Provider, "grace-sample")]


def test_synonyms_staff_add_are_found_at_once(client, staff_client):
    assert found(client, "nervios quemados", "es") == []
    procedure = Procedure.objects.get(slug_en="medial-branch-rhizotomy")
    procedure.search_terms_es += ", nervios quemados"
    procedure.save()
    assert found(client, "nervios quemados", "es") == [url_in("es", procedure)]


def test_no_results_offers_the_phone_number(client):
    response = client.get(address("search", "es"), {"q": "xyzzy"})
    page = soup(response)
    assert "0 resultados para «xyzzy»." in page.get_text()
    assert page.select_one('main a[href="tel:+16195430144"]')


@pytest.mark.parametrize(
    "query",
    ["", " ", "de la", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "ñ" * 5000, "a " * 500, "🙂", "\u202e"],
)
def test_empty_and_hostile_queries_get_a_calm_page(client, query):
    response = client.get(address("search"), {"q": query})
    assert response.status_code == 200
    assert b"<script>alert" not in response.content


def test_a_query_with_control_characters_is_a_bad_request(client):
    response = client.get(address("search"), {"q": "\x00\x01"})
    assert response.status_code == 400


def test_several_q_parameters_and_other_methods(client):
    response = client.get(address("search") + "?q=rfa&q=sciatica")
    assert response.status_code == 200
    assert client.post(address("search"), {"q": "rfa"}).status_code == 405


def test_what_a_patient_types_is_never_stored(client):
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address("search"), {"q": "sciatica"})
    assert all(q["sql"].lstrip().upper().startswith("SELECT") for q in queries), [q["sql"] for q in queries]
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert not response.cookies
    assert all(b"sciatica" not in repr(caches["pages"].get(key)).encode() for key in _cache_keys())


def _cache_keys():
    cache = caches["pages"]
    return list(getattr(cache, "_cache", {}).keys())


def test_a_search_costs_a_few_queries(client, django_assert_max_num_queries):
    # Conditions, procedures, providers with their certifications and clinics; the practice, the notices
    # and the alerts that every page shows.
    with django_assert_max_num_queries(8):
        client.get(address("search"), {"q": "pain"})


def test_every_page_has_the_search_form_in_its_header(client):
    for path in [address("home"), address("week", "es"), page_of(Procedure, "medial-branch-block", "es")]:
        form = soup(client.get(path)).select_one("header form[role=search]")
        assert form["action"] == address("search", path[1:3]) and form["method"] == "get"
        assert form.select_one("input[name=q]")


def test_matching_ignores_case_accents_and_small_words():
    assert normalized("Ciática ÁREA") == "ciatica area"
    assert normalized("Back PAIN") == "back pain" and normalized("Ｓｃｉａｔｉｃａ") == "sciatica"
    assert query_words("El dolor de la ESPALDA") == ["dolor", "espalda"]
    assert score(["nervio"], [(3, "nervios")]) == 3
    assert score(["estimul"], [(4, "Estimulación")]) == 4
    assert score(["dolor", "rodilla"], [(4, "dolor de espalda")]) == 0
