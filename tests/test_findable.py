"""Translated addresses, redirects for old slugs, head tags, sitemap, robots.txt and JSON-LD."""

import json
from pathlib import Path

import pytest
from django.core.cache import caches
from django.utils import translation
from django.utils.html import strip_tags
from lxml import etree

from conditions.models import Condition
from locations.models import Clinic
from notices.models import Notice
from practice.models import Practice
from procedures.models import Procedure
from providers.models import Provider
from tests.pages import address, admin_url, every_public_page, form_data, json_ld, procedure_page, soup, url_in

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

SCHEMAS = Path(__file__).parent / "schemas"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"

COUNTERPARTS = [
    ("/en/", "/es/"),
    ("/en/procedures/", "/es/procedimientos/"),
    ("/en/procedures/medial-branch-rhizotomy/", "/es/procedimientos/rizotomia-de-rama-medial/"),
    ("/en/clinics/", "/es/clinicas/"),
    ("/en/clinics/chula-vista/", "/es/clinicas/chula-vista/"),
    ("/en/hours/", "/es/horario/"),
    ("/en/providers/", "/es/medicos/"),
    ("/en/providers/camila-ejemplo/", "/es/medicos/camila-ejemplo/"),
    ("/en/notices/", "/es/avisos/"),
    ("/en/notices/language-assistance/", "/es/avisos/asistencia-linguistica/"),
]


def test_addresses_and_slugs_are_translated(client):
    for english, spanish in COUNTERPARTS:
        assert client.get(english).status_code == 200, english
        assert client.get(spanish).status_code == 200, spanish
    assert client.get("/es/procedures/").status_code == 404


def test_a_slug_from_the_other_language_redirects_to_the_right_address(client):
    response = client.get("/es/procedimientos/medial-branch-rhizotomy/")
    assert (response.status_code, response["Location"]) == (301, "/es/procedimientos/rizotomia-de-rama-medial/")
    response = client.get("/en/procedures/rizotomia-de-rama-medial/")
    assert (response.status_code, response["Location"]) == (301, "/en/procedures/medial-branch-rhizotomy/")


def change_slug(staff_client, procedure, **slugs):
    url = admin_url(procedure, "change")
    response = staff_client.post(url, form_data(staff_client.get(url)) | slugs)
    assert response.status_code == 302, soup(response).select(".errorlist")


def test_a_changed_slug_keeps_the_old_address_working(staff_client, client):
    procedure = Procedure.objects.get(slug_en="medial-branch-rhizotomy")
    change_slug(staff_client, procedure, slug_es="rizotomia-medial")
    response = client.get("/es/procedimientos/rizotomia-de-rama-medial/")
    assert (response.status_code, response["Location"]) == (301, "/es/procedimientos/rizotomia-medial/")
    assert client.get("/es/procedimientos/rizotomia-medial/").status_code == 200
    assert client.get("/en/procedures/medial-branch-rhizotomy/").status_code == 200

    change_slug(staff_client, procedure, slug_es="rizotomia")
    for old in ["rizotomia-de-rama-medial", "rizotomia-medial"]:
        response = client.get(f"/es/procedimientos/{old}/")
        assert (response.status_code, response["Location"]) == (301, "/es/procedimientos/rizotomia/")

    change_slug(staff_client, procedure, slug_es="rizotomia-de-rama-medial")
    assert client.get("/es/procedimientos/rizotomia-de-rama-medial/").status_code == 200
    assert client.get("/es/procedimientos/rizotomia/")["Location"] == "/es/procedimientos/rizotomia-de-rama-medial/"


def test_a_changed_clinic_slug_redirects_too(staff_client, client):
    url = admin_url(Clinic.objects.get(slug_en="chula-vista"), "change")
    assert (
        staff_client.post(url, form_data(staff_client.get(url)) | {"slug_en": "chula-vista-h-street"}).status_code
        == 302
    )
    response = client.get("/en/clinics/chula-vista/")
    assert (response.status_code, response["Location"]) == (301, "/en/clinics/chula-vista-h-street/")


def test_slugs_are_unique_in_each_language_and_prepopulated(staff_client):
    url = admin_url(Procedure.objects.get(slug_en="facet-joint-injection"), "change")
    response = staff_client.post(url, form_data(staff_client.get(url)) | {"slug_es": "rizotomia-de-rama-medial"})
    assert response.status_code == 200
    errors = " ".join(li.get_text() for li in soup(response).select(".field-slug_es .errorlist li"))
    assert "already exists" in errors
    add = soup(staff_client.get(admin_url(Procedure, "add")))
    prepopulated = json.loads(add.select_one("#django-admin-prepopulated-fields-constants")["data-prepopulated-fields"])
    fields = {field["id"]: field["dependency_ids"] for field in prepopulated}
    assert fields == {"#id_slug_en": ["#id_name_en"], "#id_slug_es": ["#id_name_es"]}


def test_an_empty_spanish_slug_is_made_from_the_name(db):
    procedure = Procedure.objects.create(
        name_en="Nerve block", name_es="Bloqueo nervioso", summary_en="x", slug_en="nerve-block"
    )
    assert procedure.slug_es == "bloqueo-nervioso"


@pytest.mark.parametrize(("english", "spanish"), COUNTERPARTS)
def test_every_page_declares_canonical_alternates_and_open_graph(client, english, spanish):
    for path, lang, locale, other_locale in [(english, "en", "en_US", "es_US"), (spanish, "es", "es_US", "en_US")]:
        page = soup(client.get(path))
        assert page.html["lang"] == lang
        head = page.head
        assert head.select_one("link[rel=canonical]")["href"] == f"http://testserver{path}"
        alternates = {link["hreflang"]: link["href"] for link in head.select("link[rel=alternate]")}
        assert alternates == {
            "en": f"http://testserver{english}",
            "es": f"http://testserver{spanish}",
            "x-default": f"http://testserver{english}",
        }
        meta = {tag.get("property") or tag.get("name"): tag["content"] for tag in head.select("meta[content]")}
        assert meta["og:locale"] == locale and meta["og:locale:alternate"] == other_locale
        assert meta["og:url"] == f"http://testserver{path}"
        assert meta["og:title"] == page.title.get_text()
        assert meta["description"] == meta["og:description"] and len(meta["description"]) > 20


def test_meta_description_is_in_the_page_language(client):
    english, spanish = (
        soup(client.get(procedure_page("medial-branch-rhizotomy", lang))).select_one("meta[name=description]")[
            "content"
        ]
        for lang in ["en", "es"]
    )
    assert english.startswith("A medial branch rhizotomy")
    assert spanish.startswith("La rizotomía de la rama medial")


def test_not_found_pages_are_not_indexed(client):
    page = soup(client.get(address("procedures:detail", "es", slug="no-existe")))
    assert page.select_one("meta[name=robots]")["content"] == "noindex"
    assert page.select("link[rel=canonical]") == []


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)


def test_sitemap_validates_against_the_sitemap_schema_with_alternates(client):
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap-with-alternates.xsd")))
    document = sitemap(client)
    schema.assertValid(document)
    broken = etree.fromstring(etree.tostring(document).replace(b'hreflang="es"', b'hreflang="Spanish!"'))
    assert not schema.validate(broken)


def test_sitemap_lists_every_public_page_in_both_languages_with_alternates(client):
    Procedure.objects.filter(slug_en="spinal-cord-stimulation").update(published=False)
    Provider.objects.filter(slug_en="grace-sample").update(published=False)
    Condition.objects.filter(slug_en="neck-pain").update(published=False)
    urls = {}
    for url in sitemap(client).iter(f"{SITEMAP}url"):
        urls[url.findtext(f"{SITEMAP}loc")] = {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
        }
    lists = ["home", "procedures:list", "conditions:list", "locations:list", "week", "providers:list", "notices:list"]
    expected = {f"http://testserver{address(name, lang)}" for name in lists for lang in ["en", "es"]}
    for procedure in Procedure.objects.published():
        expected |= {f"http://testserver{url_in(lang, procedure)}" for lang in ["en", "es"]}
    published = [*Condition.objects.published(), *Clinic.objects.all(), *Provider.objects.published()]
    for record in [*published, *Notice.objects.all()]:
        expected |= {f"http://testserver{url_in(lang, record)}" for lang in ["en", "es"]}
    assert set(urls) == expected
    hidden = ["estimulacion", "spinal-cord", "grace-sample", "neck-pain", "cuello"]
    assert not any(word in url for word in hidden for url in urls)
    english, spanish = (f"http://testserver{procedure_page('medial-branch-rhizotomy', lang)}" for lang in ["en", "es"])
    assert urls[spanish] == {"en": english, "es": spanish, "x-default": english}


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "Sitemap: http://testserver/sitemap.xml",
    ]


def citations(procedure):
    """The procedure's references as its JSON-LD cites them, in the active language."""
    references = [
        {"@type": "CreativeWork", "name": r.title, "url": r.url, "publisher": r.publisher}
        for r in procedure.references.all()
    ]
    return {"citation": references} if references else {}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_procedure_json_ld_matches_the_database(client, lang):

    procedure = Procedure.objects.get(slug_en="medial-branch-rhizotomy")
    data = json_ld(client.get(url_in(lang, procedure)))
    with translation.override(lang):
        url = f"http://testserver{procedure.get_absolute_url()}"
        assert data == {
            "@context": "https://schema.org",
            "@type": "MedicalWebPage",
            "name": procedure.name,
            "url": url,
            "inLanguage": lang,
            "description": procedure.summary,
            "about": {
                "@type": "MedicalProcedure",
                "name": procedure.name,
                "description": procedure.summary,
                "alternateName": [name.strip() for name in procedure.other_names.split(",")],
                "howPerformed": " ".join(strip_tags(procedure.how_it_is_done).split()),
                "followup": " ".join(strip_tags(procedure.after).split()),
            },
            "lastReviewed": "2026-11-16",
            "reviewedBy": {
                "@type": "Physician",
                "name": "Camila Ejemplo, MD",
                "@id": f"http://testserver{procedure.reviewed_by.get_absolute_url()}",
            },
            **citations(procedure),
            "publisher": {"@type": "MedicalOrganization", "name": "Pacific Coast Pain Management"},
        }
    assert ("entre 70 y 80 °C" if lang == "es" else "70-80 °C") in data["about"]["howPerformed"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_home_json_ld_is_the_organization_naming_its_clinics_by_their_id(client, lang):
    data = json_ld(client.get(address("home", lang)))
    practice = Practice.load()
    assert data["@type"] == "MedicalOrganization"
    assert data["name"] == practice.name
    assert data["url"] == f"http://testserver{address('home', lang)}"
    assert data["telephone"] == "+16195430144"
    assert data["description"] == getattr(practice, f"intro_{lang}")
    assert data["sameAs"] == [practice.facebook_url, practice.twitter_url]
    # Each clinic by the @id of its own page's MedicalClinic, which holds its address and hours.
    clinics = Clinic.objects.order_by("display_order")
    assert data["department"] == [
        {
            "@type": "MedicalClinic",
            "@id": f"http://testserver{url}",
            "name": clinic.name,
            "url": f"http://testserver{url}",
        }
        for clinic, url in ((clinic, url_in(lang, clinic)) for clinic in clinics)
    ]
    chula_vista = json_ld(client.get(url_in(lang, clinics[1])))
    assert chula_vista["@id"] == data["department"][1]["@id"]
    assert chula_vista["address"]["streetAddress"] == "535 H Street"


def test_the_old_address_of_an_unpublished_procedure_is_a_404(staff_client, client):
    procedure = Procedure.objects.get(slug_en="medial-branch-rhizotomy")
    change_slug(staff_client, procedure, slug_es="rizotomia-medial")
    assert client.get("/es/procedimientos/rizotomia-de-rama-medial/").status_code == 301
    Procedure.objects.filter(pk=procedure.pk).update(published=False)
    caches["pages"].clear()
    assert client.get("/es/procedimientos/rizotomia-de-rama-medial/").status_code == 404


def test_no_meta_description_is_cut_mid_phrase(client):
    for path in every_public_page():
        response = client.get(path)
        description = soup(response).select_one('meta[name="description"]')["content"]
        assert description and not description.endswith(("…", "...")), (path, description)
        if response.status_code == 200:  # the 404 page's is its title, "Page not found"
            assert description.rstrip()[-1] in ".!?)»”", (path, description)
