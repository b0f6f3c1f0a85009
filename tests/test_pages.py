import pytest
from django.urls import reverse

from practice.models import Practice
from procedures.models import Procedure
from tests.pages import address, clinic_page, hours_rows, procedure_page, soup, text

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")


def rhizotomy(lang):
    return procedure_page("medial-branch-rhizotomy", lang)


# Pages of the demo, each with its address in a language.
PAGES = {
    "home": lambda lang: address("home", lang),
    "procedures": lambda lang: address("procedures:list", lang),
    "rhizotomy": rhizotomy,
    "clinics": lambda lang: address("locations:list", lang),
    "escondido": lambda lang: clinic_page("escondido", lang),
    "week": lambda lang: address("week", lang),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_page_declares_its_language(client, lang):
    for page in PAGES.values():
        response = client.get(page(lang))
        assert response.status_code == 200
        assert soup(response).html["lang"] == lang


def test_home_in_english(client):
    response = client.get(address("home"))
    page = text(response)
    assert "Pacific Coast Pain Management" in page
    assert "Se habla español." in page
    assert "Our clinics" in page and "Procedures we offer" in page
    for street in ["3549 Camino del Rio South, Suite A", "535 H Street", "240 W Mission Ave, Suite C"]:
        assert street in page
    links = {a["href"] for a in soup(response).select("a[href]")}
    assert "tel:+16195430144" in links
    assert "https://portal.example.com/pacific-coast-pain/" in links
    assert rhizotomy("en") in links
    assert clinic_page("chula-vista") in links


def test_home_in_spanish(client):
    page = text(client.get(address("home", "es")))
    assert "Nuestras clínicas" in page
    assert "Procedimientos que ofrecemos" in page
    assert "Hablamos español en todas nuestras clínicas." in page
    assert "Rizotomía de la rama medial" in page
    assert "Our clinics" not in page


def test_header_and_footer_carry_phone_portal_and_social_links(client):
    response = client.get(address("locations:list", "es"))
    footer = soup(response).select_one("footer")
    hrefs = [a["href"] for a in footer.select("a")]
    assert "tel:+16195430144" in hrefs
    assert "https://portal.example.com/pacific-coast-pain/" in hrefs
    assert "https://www.facebook.com/PacificCoastPainManagement" in hrefs
    assert "https://x.com/PacificCoastPain" in hrefs
    assert "Citas: 619-543-0144" in " ".join(footer.get_text(" ").split())


def test_empty_social_links_are_not_shown(client):
    Practice.objects.filter(pk=1).update(facebook_url="", twitter_url="")
    response = client.get(address("home"))
    assert "Facebook" not in text(response)
    assert "facebook.com" not in response.content.decode()
    assert "x.com" not in response.content.decode()


def test_clinic_hours_in_english_group_days_with_the_same_hours(client):
    response = client.get(clinic_page("san-diego"))
    assert hours_rows(response) == {
        "Monday and Tuesday": "8:00 a.m. – 5:00 p.m.",
        "Wednesday": "Closed",
        "Thursday and Friday": "1:00 p.m. – 5:00 p.m.",
        "Saturday and Sunday": "Closed",
    }


def test_clinic_hours_in_spanish_use_django_weekday_names(client):
    response = client.get(clinic_page("san-diego", "es"))
    assert hours_rows(response) == {
        "Lunes y martes": "8:00 a.m. – 5:00 p.m.",
        "Miércoles": "Cerrado",
        "Jueves y viernes": "1:00 p.m. – 5:00 p.m.",
        "Sábado y domingo": "Cerrado",
    }
    assert hours_rows(client.get(clinic_page("chula-vista", "es"))) == {
        "Lunes a jueves": "Cerrado",
        "Viernes": "8:00 a.m. – 12 del mediodía",
        "Sábado y domingo": "Cerrado",
    }


def test_clinic_page_has_address_call_and_directions(client):
    response = client.get(clinic_page("escondido"))
    page = soup(response)
    assert " ".join(page.select_one("main address").get_text(" ").split()) == (
        "240 W Mission Ave, Suite C Escondido, CA 92025"
    )
    hrefs = [a["href"] for a in page.select("main a")]
    assert "tel:+16195430144" in hrefs
    assert (
        "https://www.google.com/maps/dir/?api=1&destination=240+W+Mission+Ave%2C+Suite+C%2C+Escondido%2C+CA+92025"
        in hrefs
    )
    assert page.h1.get_text() == "Escondido clinic"


def test_clinics_list_shows_each_clinic_with_directions_in_spanish(client):
    response = client.get(address("locations:list", "es"))
    page = soup(response)
    assert [h.get_text() for h in page.select(".clinic-card h2")] == ["San Diego", "Chula Vista", "Escondido"]
    directions = [a for a in page.select("a") if a["href"].startswith("https://www.google.com/maps/dir/")]
    assert len(directions) == 3
    assert all("Mapa e indicaciones" in a.get_text() for a in directions)


def test_rhizotomy_page_in_english_carries_the_facts(client):
    response = client.get(rhizotomy("en"))
    page = text(response)
    for fact in [
        "facet",
        "prone",
        "fluoroscop",
        "70-80 °C",
        "90 seconds",
        "30 to 45 minutes",
        "70%",
        "9 months to 1.5 years",
        "extensor",
        "discogenic",
        "repeated",
    ]:
        assert fact in page, fact
    headings = [h.get_text() for h in soup(response).select("main h2")]
    assert headings == [
        "On this page",
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
        "A sheet to prepare for your visit",
        "To read more",
        "Questions?",
        "Conditions this can help",
        "Doctors who perform it",
        "Learn about your other options",
    ]


def test_rhizotomy_page_in_spanish_carries_the_facts(client):
    response = client.get(rhizotomy("es"))
    page = text(response)
    assert soup(response).h1.get_text() == "Rizotomía de la rama medial"
    for fact in [
        "faceta",
        "boca abajo",
        "fluoroscop",
        "entre 70 y 80 °C",
        "90 segundos",
        "30 a 45 minutos",
        "70",
        "9 meses",
        "extensor",
        "disco",
    ]:
        assert fact in page, fact
    assert "Conozca sus otras opciones" in page
    assert "Qué es" in page and "Riesgos" in page


@pytest.mark.parametrize(
    ("slug", "name"),
    [("facet-joint-injection", "Inyección facetaria"), ("sacroiliac-joint-injection", "Inyección sacroilíaca")],
)
def test_spanish_injection_pages_use_the_short_name_and_speak_to_every_patient_alike(client, slug, name):
    response = client.get(procedure_page(slug, "es"))
    page = text(response)
    assert soup(response).h1.get_text() == name
    for wording in [
        "Haga arreglos para que una persona adulta maneje por usted de regreso a casa.",
        "Una persona adulta debe manejar por usted de regreso a casa.",
        "Un nivel de azúcar en la sangre mucho más alto de lo normal que no baja, si tiene diabetes",
        "al anestésico local o a los esteroides",
    ]:
        assert wording in page, wording
    assert "Un adulto" not in page and "un adulto" not in page


def test_procedure_page_ends_with_links_to_the_other_options(client):
    response = client.get(rhizotomy("en"))
    options = soup(response).select(".other-options a")
    assert [a["href"] for a in options] == [
        p.get_absolute_url() for p in Procedure.objects.get(slug="medial-branch-rhizotomy").related.published()
    ]
    assert len(options) >= 4
    for a in options:
        assert client.get(a["href"]).status_code == 200


def test_procedures_list_in_both_languages(client):
    en = soup(client.get(address("procedures:list")))
    es = soup(client.get(address("procedures:list", "es")))
    assert len(en.select(".procedure-links li")) == Procedure.objects.published().count() >= 6
    assert en.select_one(".procedure-links a").get_text() == "Medial branch rhizotomy"
    assert es.select_one(".procedure-links a").get_text() == "Rizotomía de la rama medial"


SWITCHED = PAGES | {
    "chula-vista": lambda lang: clinic_page("chula-vista", lang),
    "a procedure that does not exist": lambda lang: address("procedures:detail", lang, slug="no-such-thing"),
}


@pytest.mark.parametrize(
    ("page", "lang", "other"),
    [
        ("home", "en", "es"),
        ("home", "es", "en"),
        ("procedures", "en", "es"),
        ("rhizotomy", "en", "es"),
        ("rhizotomy", "es", "en"),
        ("chula-vista", "es", "en"),
        ("a procedure that does not exist", "en", "es"),
    ],
)
def test_language_switch_lands_on_the_same_page(client, page, lang, other):
    response = client.get(SWITCHED[page](lang))
    switch = soup(response).select_one("form.language-switch")
    assert switch["method"] == "post" and switch["action"] == reverse("set_language")
    assert switch.select_one("input[name=next]")["value"] == SWITCHED[page](other)
    assert switch.select_one("input[name=language]")["value"] == other
    button = switch.select_one("button")
    assert button["lang"] == other
    assert button.get_text() == {"es": "Español", "en": "English"}[other]


def test_language_switch_follows_a_procedure_to_its_counterpart_and_is_remembered(client):
    form = soup(client.get(rhizotomy("en"))).select_one("form.language-switch")
    data = {field["name"]: field["value"] for field in form.select("input")}
    response = client.post(form["action"], data)
    assert (response.status_code, response["Location"]) == (302, rhizotomy("es"))
    assert soup(client.get(response["Location"])).h1.get_text() == "Rizotomía de la rama medial"
    # The choice is remembered: an English browser now lands on the Spanish home page.
    response = client.get("/", headers={"accept-language": "en-US,en;q=0.9"})
    assert response["Location"] == address("home", "es")


@pytest.mark.parametrize(("accept_language", "lang"), [("es-MX,es;q=0.9", "es"), ("en-US,en;q=0.9", "en"), ("", "en")])
def test_root_redirects_by_browser_language(client, accept_language, lang):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == address("home", lang)


@pytest.mark.parametrize(
    ("path", "heading", "lang"),
    [
        ("/en/procedures/no-such-procedure/", "Page not found", "en"),
        ("/es/procedimientos/no-such-procedure/", "Página no encontrada", "es"),
        ("/es/clinicas/nowhere/", "Página no encontrada", "es"),
        ("/en/not-a-page/", "Page not found", "en"),
    ],
)
def test_unknown_pages_get_the_site_404_in_the_page_language(client, path, heading, lang):
    response = client.get(path)
    assert response.status_code == 404
    page = soup(response)
    assert page.h1.get_text() == heading
    assert page.html["lang"] == lang
    assert "tel:+16195430144" in response.content.decode()


def test_unpublished_procedures_are_not_found(client):
    Procedure.objects.filter(slug="spinal-cord-stimulation").update(published=False)
    assert client.get(procedure_page("spinal-cord-stimulation")).status_code == 404
    assert "/spinal-cord-stimulation/" not in client.get(address("procedures:list")).content.decode()
    assert "/spinal-cord-stimulation/" not in client.get(rhizotomy("en")).content.decode()


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/en/clinics/%00/", 404),
        ("/en/procedures/" + "a" * 5000 + "/", 404),
        ("/es/clinicas/ni%C3%B1o/", 404),
        ("/fr/", 404),
        ("/en/clinics/../../etc/passwd", 404),
        ("/es/procedimientos/rizotomia-de-rama-medial/extra/", 404),
        ("/en/procedures/?page=%ff%fe", 200),
    ],
)
def test_bad_urls_never_fail_with_a_server_error(client, path, status):
    assert client.get(path).status_code == status


def test_pages_read_without_javascript(client):
    for path in [address("home"), rhizotomy("es"), clinic_page("san-diego", "es")]:
        assert soup(client.get(path)).select('script:not([type="application/ld+json"])') == []
