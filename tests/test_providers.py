"""Provider pages: the credentials California asks for (B&P 680.5) wherever a physician appears, in both
languages; NPIs checked; drafts hidden from patients; JSON-LD, addresses, sitemap, admin roles and history."""

import pytest
from django.core.exceptions import ValidationError
from lxml import etree
from reversion.models import Version

from locations.models import Clinic
from procedures.models import Procedure
from providers.models import BoardCertification, Provider
from providers.npi import validate_npi
from tests.pages import (
    address,
    admin_url,
    clinic_page,
    form_data,
    json_ld,
    procedure_page,
    sitemap_pages,
    soup,
    text,
    url_in,
)

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

CHECK_DIGIT_ERROR = "This is not a valid NPI: its last digit does not match the others. Check it in the NPI Registry."
LENGTH_ERROR = "An NPI has exactly 10 digits."
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def camila():
    return Provider.objects.get(slug_en="camila-ejemplo")


def grace():
    return Provider.objects.get(slug_en="grace-sample")


def provider_form(browser, provider_or_add):
    """The admin form of a provider (or the add form) as a browser would send it back."""
    url = admin_url(Provider, "add") if provider_or_add is None else admin_url(provider_or_add, "change")
    response = browser.get(url)
    assert response.status_code == 200
    return url, form_data(response)


def save_provider(browser, provider, **changes):
    url, data = provider_form(browser, provider)
    response = browser.post(url, data | changes)
    assert response.status_code == 302, soup(response).select(".errorlist")


def errors(response, field):
    return [li.get_text() for li in soup(response).select(f".field-{field} .errorlist li")]


def new_provider_data(browser, **changes):
    url, data = provider_form(browser, None)
    return url, data | {
        "name": "Rosa Prueba",
        "slug_en": "rosa-prueba",
        "slug_es": "rosa-prueba",
        "degree": "MD",
        "license_type_en": "Physician and Surgeon",
        "license_type_es": "Médico y cirujano",
        "license_number": "A 99999",
        "npi": "1234567893",
        "languages": ["en", "es"],
        "biography_en": "Dr. Prueba treats nerve pain.",
        "biography_es": "La Dra. Prueba trata el dolor de nervios.",
        "clinics": [str(Clinic.objects.get(slug_en="chula-vista").pk)],
        "procedures": [str(Procedure.objects.get(slug_en="medial-branch-block").pk)],
        "certifications-TOTAL_FORMS": "1",
        "certifications-0-board": "American Board of Anesthesiology",
        "certifications-0-specialty_en": "Pain Medicine",
        "certifications-0-specialty_es": "Medicina del dolor",
        "certifications-0-display_order": "0",
        **changes,
    }


# NPI check digit


def test_the_npi_check_digit_follows_cms_published_example():
    validate_npi("1234567893")  # CMS's example: 80840 + 123456789 gives the check digit 3
    for demo_npi in ["1000000012", "1000000020", "1000000038"]:
        validate_npi(demo_npi)
    with pytest.raises(ValidationError) as refused:
        validate_npi("1234567890")
    assert refused.value.messages == [CHECK_DIGIT_ERROR]


@pytest.mark.parametrize("npi", ["123456789", "12345678931", "12345G7893", "NPI1234567", " 1234567893x"])
def test_an_npi_that_is_not_ten_digits_is_refused(npi):
    with pytest.raises(ValidationError) as refused:
        validate_npi(npi)
    assert refused.value.messages == [LENGTH_ERROR]


def test_the_admin_refuses_a_wrong_npi_with_a_clear_message(staff_client):
    url, data = new_provider_data(staff_client)
    for npi, message in [("1234567890", CHECK_DIGIT_ERROR), ("123456789", LENGTH_ERROR), ("12345ABCDE", LENGTH_ERROR)]:
        response = staff_client.post(url, data | {"npi": npi})
        assert response.status_code == 200
        assert errors(response, "npi") == [message], npi
    assert not Provider.objects.filter(name="Rosa Prueba").exists()


# What patients see


@pytest.mark.parametrize(
    ("lang", "license", "degree", "board", "accepting"),
    [
        (
            "en",
            "License: Physician and Surgeon",
            "Highest degree: MD (Doctor of Medicine)",
            "Board certification: American Board of Anesthesiology (Anesthesiology, Pain Medicine)",
            "Accepting new patients",
        ),
        (
            "es",
            "Licencia: Médica y cirujana",
            "Grado académico más alto: MD (doctor en medicina)",
            "Certificación de la junta médica: American Board of Anesthesiology (Anestesiología, Medicina del dolor)",
            "Acepta pacientes nuevos",
        ),
    ],
)
def test_the_provider_list_shows_each_physicians_credentials_together(client, lang, license, degree, board, accepting):
    response = client.get(address("providers:list", lang))
    assert response.status_code == 200
    cards = soup(response).select("li.provider-card")
    assert [card.select_one(".provider-name").get_text() for card in cards] == [
        "Camila Ejemplo, MD",
        "Daniel Muestra, MD",
        "Grace Sample, DO",
    ]
    first = " ".join(cards[0].get_text(" ").split())
    for part in [license, degree, board, accepting]:
        assert part in first
    assert cards[0].a["href"] == url_in(lang, camila())


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "Camila Ejemplo, MD",
                "License: Physician and Surgeon",
                "Highest degree: MD (Doctor of Medicine)",
                "Board certification: American Board of Anesthesiology (Anesthesiology, Pain Medicine)",
                "Accepting new patients.",
                "Speaks: English, Spanish",
                "Dr. Ejemplo treats back and neck pain with image-guided procedures",
                "Medical doctors are licensed and regulated by the Medical Board of California",
            ],
        ),
        (
            "es",
            [
                "Camila Ejemplo, MD",
                "Licencia: Médica y cirujana",
                "Grado académico más alto: MD (doctor en medicina)",
                "Certificación de la junta médica: "
                "American Board of Anesthesiology (Anestesiología, Medicina del dolor)",
                "Acepta pacientes nuevos.",
                "Habla: inglés, español",
                "La Dra. Ejemplo trata el dolor de espalda y de cuello",
                "Los médicos tienen licencia de la Junta Médica de California",
            ],
        ),
    ],
)
def test_the_provider_page_shows_credentials_languages_and_biography_in_the_page_language(client, lang, expected):
    response = client.get(url_in(lang, camila()))
    assert response.status_code == 200
    page = text(response)
    for part in expected:
        assert part in page, part
    assert soup(response).h1.get_text() == "Camila Ejemplo, MD"


def test_a_provider_not_accepting_new_patients_says_so_in_both_languages(client):
    provider = grace()
    provider.accepting_new_patients = False
    provider.save()
    assert "Not accepting new patients at this time." in text(client.get(url_in("en", provider)))
    assert "Por ahora no acepta pacientes nuevos." in text(client.get(url_in("es", provider)))
    cards = soup(client.get(address("providers:list"))).select("li.provider-card")
    assert [bool(card.select(".accepting")) for card in cards] == [True, True, False]


def test_languages_spoken_are_named_in_the_page_language(client):
    assert "Speaks: English, Tagalog" in text(client.get(url_in("en", grace())))
    assert "Habla: inglés, tagalo" in text(client.get(url_in("es", grace())))


def test_a_biography_without_spanish_falls_back_to_english_marked_as_english(client):
    provider = grace()
    provider.biography_es = ""
    provider.save()
    biography = soup(client.get(url_in("es", provider))).select_one(".biography")
    assert biography["lang"] == "en"
    assert "Dr. Sample cares for people with spine pain" in biography.get_text()


@pytest.mark.parametrize(
    ("lang", "heading", "license"),
    [
        ("en", "Doctors who see patients here", "License: Physician and Surgeon"),
        ("es", "Médicos que atienden aquí", "Licencia: Médico y cirujano"),
    ],
)
def test_a_clinic_page_lists_its_doctors_with_credentials_and_links(client, lang, heading, license):
    page = soup(client.get(clinic_page("escondido", lang)))
    section = page.select_one("section[aria-labelledby=providers-heading]")
    assert section.h2.get_text() == heading
    names = {a.get_text(): a["href"] for a in section.select(".provider-name a")}
    assert names == {
        "Daniel Muestra, MD": url_in(lang, Provider.objects.get(slug_en="daniel-muestra")),
        "Grace Sample, DO": url_in(lang, grace()),
    }
    cards = section.select("li.provider-card")
    assert all(card.select_one("dl.credentials") for card in cards)
    assert license in " ".join(cards[0].select_one("dl.credentials").get_text(" ").split())
    assert "American Board of Physical Medicine and Rehabilitation" in cards[0].get_text()


@pytest.mark.parametrize(("lang", "heading"), [("en", "Doctors who perform it"), ("es", "Médicos que lo realizan")])
def test_a_procedure_page_lists_the_doctors_who_perform_it(client, lang, heading):
    page = soup(client.get(procedure_page("medial-branch-rhizotomy", lang)))
    section = page.select_one("section[aria-labelledby=providers-heading]")
    assert section.h2.get_text() == heading
    links = [(a.get_text(), a["href"]) for a in section.select(".provider-name a")]
    assert links == [("Camila Ejemplo, MD", url_in(lang, camila())), ("Grace Sample, DO", url_in(lang, grace()))]
    credentials = " ".join(section.select_one("dl.credentials").get_text(" ").split())
    assert ("Pain Medicine" if lang == "en" else "Medicina del dolor") in credentials


def test_an_unpublished_provider_appears_nowhere_patients_look(client):
    provider = grace()
    provider.published = False
    provider.save()
    for lang in ["en", "es"]:
        assert "Grace Sample" not in text(client.get(address("providers:list", lang)))
        assert "Grace Sample" not in text(client.get(clinic_page("escondido", lang)))
        assert "Daniel Muestra, MD" in text(client.get(clinic_page("escondido", lang)))
        assert "Grace Sample" not in text(client.get(procedure_page("spinal-cord-stimulation", lang)))
        assert client.get(url_in(lang, provider)).status_code == 404
    assert not [path for path in sitemap_pages() if "grace-sample" in path]


def test_staff_who_may_see_providers_preview_an_unpublished_one(staff_client, editor, front_desk, client):
    provider = grace()
    provider.published = False
    provider.save()
    for browser in [staff_client, editor]:
        response = browser.get(url_in("en", provider))
        assert response.status_code == 200
        assert "Preview: this provider is not published. Patients cannot see this page." in text(response)
        assert "private" in response["Cache-Control"]
    assert front_desk.get(url_in("en", provider)).status_code == 404
    # The preview is not cached for patients.
    assert client.get(url_in("en", provider)).status_code == 404


# Structured data


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_physician_json_ld_matches_the_database(client, lang):
    provider = camila()
    data = json_ld(client.get(url_in(lang, provider)))
    page_url = f"http://testserver{url_in(lang, provider)}"
    specialties = [getattr(cert, f"specialty_{lang}") for cert in provider.certifications.all()]
    assert data["@type"] == "Physician"
    assert (data["@id"], data["url"], data["inLanguage"]) == (page_url, page_url, lang)
    assert data["name"] == f"{provider.name}, {provider.degree}"
    assert data["medicalSpecialty"] == specialties
    assert data["knowsLanguage"] == provider.languages == ["en", "es"]
    assert data["usNPI"] == provider.npi == "1000000012"
    assert data["isAcceptingNewPatients"] is True
    clinics = list(provider.clinics.all())
    assert [place["@id"] for place in data["location"]] == [f"http://testserver{url_in(lang, c)}" for c in clinics]
    assert [place["name"] for place in data["location"]] == [c.name for c in clinics]
    assert data["description"].startswith(getattr(provider, f"biography_{lang}")[:40])


def test_a_provider_not_accepting_patients_says_so_in_json_ld(client):
    provider = grace()
    provider.accepting_new_patients = False
    provider.save()
    assert json_ld(client.get(url_in("en", provider)))["isAcceptingNewPatients"] is False


def test_the_clinic_page_declares_the_id_that_provider_pages_refer_to(client):
    """A provider's JSON-LD names each clinic by an @id, the clinic page's address (providers/structured_data.py
    says it is "the clinic's @id there too"): the clinic page's own MedicalClinic must carry that @id."""
    location = json_ld(client.get(url_in("en", camila())))["location"][0]
    clinic = json_ld(client.get(clinic_page("san-diego")))
    assert clinic["@type"] == "MedicalClinic"
    assert clinic.get("@id") == location["@id"]


# Addresses


def test_the_provider_pages_have_translated_addresses(client):
    assert address("providers:list", "en") == "/en/providers/"
    assert address("providers:list", "es") == "/es/medicos/"
    for path in ["/en/providers/", "/es/medicos/", "/en/providers/camila-ejemplo/", "/es/medicos/camila-ejemplo/"]:
        assert client.get(path).status_code == 200, path
    assert client.get("/es/providers/").status_code == 404
    assert client.get("/en/medicos/").status_code == 404


def test_a_changed_slug_redirects_from_the_old_address(staff_client, client):
    save_provider(staff_client, camila(), slug_en="camila-ejemplo-md")
    response = client.get("/en/providers/camila-ejemplo/")
    assert (response.status_code, response["Location"]) == (301, "/en/providers/camila-ejemplo-md/")
    assert client.get("/en/providers/camila-ejemplo-md/").status_code == 200
    assert client.get("/es/medicos/camila-ejemplo/").status_code == 200


def test_the_other_languages_slug_redirects_to_this_languages_address(staff_client, client):
    save_provider(staff_client, camila(), slug_es="dra-camila-ejemplo")
    response = client.get("/en/providers/dra-camila-ejemplo/")
    assert (response.status_code, response["Location"]) == (301, "/en/providers/camila-ejemplo/")
    response = client.get("/es/medicos/camila-ejemplo/")
    assert (response.status_code, response["Location"]) == (301, "/es/medicos/dra-camila-ejemplo/")


def test_the_sitemap_lists_each_published_provider_in_both_languages_with_alternates(client):
    provider = grace()
    provider.published = False
    provider.save()
    document = etree.fromstring(client.get("/sitemap.xml").content)
    found = {}
    for url in document.iter(f"{SITEMAP}url"):
        loc = url.findtext(f"{SITEMAP}loc")
        if "/providers/" in loc or "/medicos/" in loc:
            found[loc] = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
    expected = {}
    for slug in ["camila-ejemplo", "daniel-muestra"]:
        english = f"http://testserver/en/providers/{slug}/"
        spanish = f"http://testserver/es/medicos/{slug}/"
        alternates = {"en": english, "es": spanish, "x-default": english}
        expected |= {english: alternates, spanish: alternates}
    list_alternates = {
        "en": "http://testserver/en/providers/",
        "es": "http://testserver/es/medicos/",
        "x-default": "http://testserver/en/providers/",
    }
    expected |= {"http://testserver/en/providers/": list_alternates, "http://testserver/es/medicos/": list_alternates}
    assert found == expected


# Admin


def test_a_content_editor_adds_a_provider_with_a_board_certification(editor, client):
    url, data = new_provider_data(editor)
    response = editor.post(url, data)
    assert response.status_code == 302, soup(response).select(".errorlist")
    provider = Provider.objects.get(slug_en="rosa-prueba")
    assert [(c.board, c.specialty_en, c.specialty_es) for c in provider.certifications.all()] == [
        ("American Board of Anesthesiology", "Pain Medicine", "Medicina del dolor")
    ]
    assert provider.published and not provider.demo
    assert (provider.languages, provider.npi) == (["en", "es"], "1234567893")
    english = text(client.get("/en/providers/rosa-prueba/"))
    assert "Rosa Prueba, MD" in english
    assert "Board certification: American Board of Anesthesiology (Pain Medicine)" in english
    spanish = text(client.get("/es/medicos/rosa-prueba/"))
    assert "Certificación de la junta médica: American Board of Anesthesiology (Medicina del dolor)" in spanish
    assert "La Dra. Prueba trata el dolor de nervios." in spanish
    assert "Rosa Prueba, MD" in text(client.get(clinic_page("chula-vista", "es")))
    assert "Rosa Prueba, MD" in text(client.get(procedure_page("medial-branch-block")))


def test_front_desk_cannot_see_or_edit_providers(front_desk):
    assert front_desk.get(admin_url(Provider)).status_code == 403
    assert front_desk.get(admin_url(Provider, "add")).status_code == 403
    provider = camila()
    assert front_desk.get(admin_url(provider, "change")).status_code == 403
    assert front_desk.post(admin_url(provider, "delete"), {"post": "yes"}).status_code == 403
    assert Provider.objects.filter(pk=provider.pk).exists()


def test_saving_a_provider_keeps_a_version(staff_client, admin_user):
    provider = camila()
    save_provider(staff_client, provider, license_number="A 12345")
    versions = Version.objects.get_for_object(provider)
    assert versions.count() == 2
    assert versions[0].revision.user == admin_user
    assert versions[0].field_dict["license_number"] == "A 12345"
    assert versions[1].revision.get_comment() == "Demo content loaded"


def test_restoring_a_provider_brings_back_its_board_certifications_and_clinics(staff_client, client):
    provider = camila()
    escondido = Clinic.objects.get(slug_en="escondido")
    save_provider(
        staff_client,
        provider,
        clinics=[str(escondido.pk)],
        **{
            "certifications-0-DELETE": "on",
            "certifications-TOTAL_FORMS": "3",
            "certifications-2-board": "American Board of Psychiatry and Neurology",
            "certifications-2-specialty_en": "Neurology",
            "certifications-2-specialty_es": "Neurología",
            "certifications-2-display_order": "2",
        },
    )
    assert sorted(provider.certifications.values_list("specialty_en", flat=True)) == ["Neurology", "Pain Medicine"]
    assert list(provider.clinics.values_list("slug_en", flat=True)) == ["escondido"]

    demo_version = Version.objects.get_for_object(provider).last()
    restore = admin_url(provider, "revision", demo_version.pk)
    assert staff_client.post(restore, form_data(staff_client.get(restore))).status_code == 302

    assert [(c.board, c.specialty_en, c.specialty_es) for c in provider.certifications.all()] == [
        ("American Board of Anesthesiology", "Anesthesiology", "Anestesiología"),
        ("American Board of Anesthesiology", "Pain Medicine", "Medicina del dolor"),
    ]
    assert not BoardCertification.objects.filter(specialty_en="Neurology").exists()
    assert sorted(provider.clinics.values_list("slug_en", flat=True)) == ["chula-vista", "san-diego"]
    assert "Camila Ejemplo, MD" in text(client.get(clinic_page("chula-vista")))


def test_a_provider_without_a_spanish_biography_is_listed_as_needing_spanish(staff_client):
    provider = Provider.objects.create(
        name="Sam Draft",
        slug_en="sam-draft",
        degree="MD",
        license_type_en="Physician and Surgeon",
        license_type_es="Médico y cirujano",
        license_number="A 55555",
        biography_en="Dr. Draft treats knee pain.",
    )
    listed = soup(staff_client.get(admin_url(Provider), {"spanish": "missing"}))
    assert [row.select_one("th").get_text() for row in listed.select("#result_list tbody tr")] == [str(provider)]
    complete = soup(staff_client.get(admin_url(Provider), {"spanish": "complete"}))
    names = [row.select_one("th").get_text() for row in complete.select("#result_list tbody tr")]
    assert names == ["Camila Ejemplo, MD", "Daniel Muestra, MD", "Grace Sample, DO"]


def test_the_admin_marks_a_demo_provider_as_fictional(staff_client):
    page = soup(staff_client.get(admin_url(camila(), "change")))
    messages = [note.get_text(strip=True) for note in page.select(".demo-note")]
    help_text = str(Provider._meta.get_field("demo").help_text)
    assert messages == [f"Demo record: {help_text}"]
    assert "demo content" in help_text


def test_the_admin_does_not_mark_a_real_provider(staff_client):
    Provider.objects.filter(slug_en="daniel-muestra").update(demo=False)
    page = soup(staff_client.get(admin_url(Provider.objects.get(slug_en="daniel-muestra"), "change")))
    assert page.select(".demo-note") == []
