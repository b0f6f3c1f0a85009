"""A regional group's size (100 clinics, 300 procedures): every page stays small and usable, without
JavaScript, and the sitemap becomes an index of files of bounded size."""

import io
from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import etree

from clinic.sitemaps import LIMIT
from locations.models import Clinic, OpeningHours, SpecialDay
from procedures.models import Procedure
from tests.pages import address, clinic_page, json_ld, large_practice_pages, procedure_page, soup, text
from tests.test_findable import SCHEMAS, SITEMAP
from tests.test_performance import MOST_QUERIES
from tests.tools import nu_errors, require_vnu

pytestmark = pytest.mark.usefixtures("monday_morning")

# The most HTML any public page may send at this size, before compression.
MOST_BYTES = 60 * 1024


def pages_of_every_kind():
    return large_practice_pages() + [
        clinic_page("san-diego"),
        procedure_page("medial-branch-rhizotomy", "es"),
        "/sitemap.xml",
        "/sitemap-procedures.xml?p=2",
        address("search") + "?q=procedure",
        address("search", "es") + "?q=procedimiento",
    ]


def test_the_large_demo_adds_sample_clinics_and_procedures_once(large_practice):
    assert "97 sample clinics, 294 sample procedures" in large_practice
    assert (Clinic.objects.count(), Procedure.objects.count()) == (100, 300)
    assert OpeningHours.objects.filter(clinic__slug_en="oceanside-1").count() == 11
    assert SpecialDay.objects.filter(clinic__slug_en="oceanside-1").count() == 3
    again = io.StringIO()
    call_command("load_demo_content", clinics=100, procedures=300, stdout=again)
    assert "nothing changed" in again.getvalue()
    assert (Clinic.objects.count(), Procedure.objects.count()) == (100, 300)
    # After staff deleted sample records, it makes new ones of the next free names.
    Clinic.objects.filter(slug_en="oceanside-2").delete()
    Procedure.objects.filter(slug_en="sample-procedure-50").delete()
    call_command("load_demo_content", clinics=100, procedures=300, stdout=io.StringIO())
    assert (Clinic.objects.count(), Procedure.objects.count()) == (100, 300)


def test_every_kind_of_page_stays_small_and_in_a_few_queries(client, large_practice):
    for path in pages_of_every_kind():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, path
        assert len(response.content) <= MOST_BYTES, (path, len(response.content))
        assert len(queries) <= MOST_QUERIES + 1, (path, len(queries))  # the practice's details besides


def test_a_clinic_page_reads_that_clinic_only(client, large_practice):
    chula_vista = Clinic.objects.get(slug_en="chula-vista")
    path = clinic_page("chula-vista", "es")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200 and "Jueves" in text(response)
    # The clinic by its address; its hours, special days and providers by its id: no other clinic's rows.
    read = [query["sql"] for query in queries if "locations_" in query["sql"] or "provider_clinics" in query["sql"]]
    by_address = '"locations_clinic"."slug_es" = \'chula-vista\''
    by_id = f'"clinic_id" IN ({chula_vista.pk})'
    assert len(read) == 4 and all(by_address in sql or by_id in sql for sql in read), read


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_home_page_lists_cities_and_names_the_clinics_by_id(client, large_practice, lang):
    response = client.get(address("home", lang))
    page = soup(response)
    assert not page.select(".clinic-card")
    cities = {link.get_text(): link["href"] for link in page.select(".city-links a")}
    assert len(cities) == 23 and cities["Oceanside"] == address("locations:list", lang) + "?city=Oceanside"
    assert "(5)" in page.select_one(".city-links").get_text()
    assert len(page.select(".procedure-links li")) == 8
    assert page.find("a", href=address("procedures:list", lang))
    departments = json_ld(response)["department"]
    assert len(departments) == 100 and "openingHoursSpecification" not in response.content.decode()
    first = departments[0]
    assert first["name"] == "San Diego" and first["@id"] == first["url"]
    assert urlsplit(first["url"]).path == clinic_page("san-diego", lang)


def test_the_clinics_list_is_grouped_by_city_and_in_pages(client, large_practice):
    page = soup(client.get(address("locations:list")))
    assert "100 clinics" in page.select_one(".result-count").get_text()
    assert len(page.select(".clinic-card")) == 12
    assert [h2.get_text() for h2 in page.select("main h2")][:3] == ["San Diego", "Chula Vista", "Escondido"]
    assert page.select_one(".pagination").get_text(" ", strip=True) == "1 2 … 8 9 Next page"
    assert page.select_one(".pagination [aria-current=page]").get_text() == "1"
    last = soup(client.get(address("locations:list"), {"page": 9}))
    assert len(last.select(".clinic-card")) == 4
    # Junk in the page number shows a page rather than an error.
    assert client.get(address("locations:list"), {"page": "x'--"}).status_code == 200


@pytest.mark.parametrize("lang", ["en", "es"])
def test_clinics_are_filtered_by_city_day_and_language(client, large_practice, lang):
    def found(**query):
        page = soup(client.get(address("locations:list", lang), query))
        return page.select_one(".result-count").get_text(), [a.get_text() for a in page.select(".clinic-card h3 a")]

    count, names = found(city="Oceanside")
    assert names == [f"Oceanside {n}" for n in range(1, 5)] and count.startswith("4 ")
    # Vietnamese is spoken at every fifth sample clinic, and only there.
    vietnamese = sum("vi" in clinic.staff_languages for clinic in Clinic.objects.all())
    assert 15 < vietnamese < 25
    count, names = found(language="vi")
    assert count.startswith(f"{vietnamese} ") and len(names) == 12
    # Monday (day 0) narrows as any other day: a clinic closed on Mondays is left out.
    mondays, tuesdays = (int(found(day=day)[0].split()[0]) for day in (0, 1))
    assert mondays < 100
    OpeningHours.objects.filter(clinic__slug_en="oceanside-1", weekday=0).delete()
    OpeningHours.objects.filter(clinic__slug_en="oceanside-2", weekday=5).delete()
    caches["pages"].clear()
    assert found(day=0)[0].startswith(f"{mondays - 1} ") and found(day=1)[0].startswith(f"{tuesdays} ")
    assert found(day=0, city="Oceanside")[1] == ["Oceanside 2", "Oceanside 3", "Oceanside 4"]
    assert found(day=5, city="Oceanside")[1] == ["Oceanside 1", "Oceanside 3", "Oceanside 4"]
    expected = "No clinic matches" if lang == "en" else "Ninguna clínica"
    assert expected in text(client.get(address("locations:list", lang), {"day": 6}))
    # The form shows what was chosen, Monday (0) too; where nothing was, the first choice ("Any language").
    chosen = soup(client.get(address("locations:list", lang), {"city": "Oceanside", "day": 0}))
    assert [option["value"] for option in chosen.select("option[selected]")] == ["Oceanside", "0"]
    assert not soup(client.get(address("locations:list", lang))).select("option[selected]")


def test_the_links_to_other_pages_keep_the_filters_and_no_tracking_parameter(client, large_practice):
    client.get(address("locations:list"), {"gclid": "one-visitors-click", "utm_campaign": "spring"})
    stored = soup(client.get(address("locations:list")))
    assert stored.select_one(".pagination a[rel=next]")["href"] == "?page=2"
    page = soup(client.get(address("locations:list"), {"language": "es", "page": 2, "fbclid": "x"}))
    links = {a.get_text(): a["href"] for a in page.select(".pagination a")}
    assert links["Next page"] == "?language=es&page=3" and links["1"] == "?language=es"
    assert links["Previous page"] == "?language=es"


@pytest.mark.parametrize(
    ("lang", "word", "shown"),
    [
        ("en", "procedure", "Showing the best 10 matches out of 294"),
        ("es", "procedimiento", "Se muestran los 10 mejores resultados de 294"),
    ],
)
def test_a_search_lists_the_best_matches_and_counts_the_rest(client, large_practice, lang, word, shown):
    response = client.get(address("search", lang), {"q": word})
    page = soup(response)
    procedures = page.select_one("#found-procedures").parent
    assert len(procedures.select(".procedure-links li")) == 10
    more = procedures.select_one(".more-results")
    assert shown in more.get_text() and more.a["href"] == address("procedures:list", lang)
    assert page.select_one("[role=status]").get_text().startswith("294 ")  # the sample procedures
    # A word that matches a few pages lists them all, with no note.
    few = soup(client.get(address("search", lang), {"q": "rizotomia" if lang == "es" else "rhizotomy"}))
    assert few.select(".procedure-links li") and not few.select(".more-results")


def test_a_city_that_does_not_exist_is_refused_with_a_message(client, large_practice):
    response = client.get(address("locations:list"), {"city": "Atlantis"})
    assert response.status_code == 400
    assert "Select a valid choice" in soup(response).select_one("#id_city-error").get_text()
    assert len(soup(response).select(".clinic-card")) == 12


def test_the_week_view_shows_six_clinics_at_a_time_under_their_cities(client, large_practice):
    page = soup(client.get(address("week")))
    day, *cities = page.select("table.week thead tr.cities th")
    assert day.get_text() == "Day" and day["rowspan"] == "2"
    assert [(th.get_text(), th["scope"], th["colspan"]) for th in cities][-1] == ("San Marcos", "colgroup", "3")
    assert sum(int(th["colspan"]) for th in cities) == 6
    assert [int(group["span"]) for group in page.select("colgroup[span]")] == [int(th["colspan"]) for th in cities]
    clinics = page.select("table.week thead tr:not(.cities) th a")
    assert len(clinics) == 6 and clinics[-1].get_text() == "San Marcos 3"
    # A page whose cities have one clinic each needs no city over it.
    last = soup(client.get(address("week"), {"language": "vi", "page": 4}))
    assert [a.get_text() for a in last.select("table.week thead a")] == ["Vista 4"] and not last.select(".cities")
    carlsbad = soup(client.get(address("week", "es"), {"city": "Carlsbad", "date": "2026-11-26"}))
    headings = [a.get_text() for a in carlsbad.select("table.week thead a")]
    assert headings and all(name.startswith("Carlsbad") for name in headings)
    assert "Jueves 26 de noviembre" in carlsbad.select_one("table.week tbody").get_text()


def test_the_sitemap_is_an_index_of_files_that_together_list_every_page(client, large_practice):
    index = etree.fromstring(client.get("/sitemap.xml").content)
    files = [urlsplit(loc.text) for loc in index.iter(f"{SITEMAP}loc")]
    assert index.tag == f"{SITEMAP}sitemapindex" and len(files) > 6
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap-with-alternates.xsd")))
    pages = []
    for file in files:
        response = client.get(f"{file.path}?{file.query}" if file.query else file.path)
        document = etree.fromstring(response.content)
        schema.assertValid(document)
        urls = [urlsplit(loc.text).path for loc in document.iter(f"{SITEMAP}loc")]
        assert len(urls) <= LIMIT
        pages += urls
    published = Procedure.objects.published().count() + 6 + Clinic.objects.count()
    assert len(set(pages)) == len(pages) >= 2 * published
    assert client.get("/sitemap-procedures.xml?p=99").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_a_sitemap_file_reads_the_addresses_not_the_pages(client, large_practice):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/sitemap-procedures.xml?p=2")
    assert response.status_code == 200 and response.content.count(b"<url>") == LIMIT
    assert queries and not [query for query in queries if '"what_it_is_es"' in query["sql"]]


def test_the_sitemap_index_is_in_both_languages_whoever_asks_first(client, large_practice):
    client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="es")
    assert client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="en")["Content-Language"] == "en, es"


def test_at_the_demo_size_the_sitemap_stays_one_file(client, demo):
    assert etree.fromstring(client.get("/sitemap.xml").content).tag == f"{SITEMAP}urlset"


def test_the_pages_of_a_large_practice_are_valid_html(client, large_practice, tmp_path):
    require_vnu()
    files = {}
    for n, path in enumerate(large_practice_pages()):
        response = client.get(path)
        assert response.status_code == 200, path
        (tmp_path / f"page-{n:02d}.html").write_bytes(response.content)
        files[f"page-{n:02d}.html"] = path
    # A known error, so that a checker that reads nothing cannot pass.
    (tmp_path / "canary.html").write_text('<!doctype html><html lang="en"><title>x</title><img src="x.png">')
    errors = [f"{files.get(name, 'canary')}: {message}" for name, _line, message in nu_errors(tmp_path)]
    assert len(errors) == 1 and errors[0].startswith("canary: An “img” element must have an “alt”"), errors


@pytest.mark.parametrize(
    ("name", "lang", "first", "later"),
    [
        ("locations:list", "en", "Clinics and hours", "Clinics and hours, page 2"),
        ("locations:list", "es", "Clínicas y horarios", "Clínicas y horarios, página 2"),
        ("week", "es", "Horario de esta semana", "Horario de esta semana, página 2"),
        ("procedures:list", "en", "Procedures", "Procedures, page 2"),
    ],
)
def test_a_later_page_of_a_list_says_which_it_is_in_its_title(client, large_practice, name, lang, first, later):
    def title(query):
        return soup(client.get(address(name, lang), query)).title.get_text()

    assert title({}) == f"{first} | Pacific Coast Pain Management"
    assert title({"page": 2}) == f"{later} | Pacific Coast Pain Management"


def test_a_page_of_a_list_is_its_own_canonical_and_the_language_switch_keeps_it(client, large_practice):
    page = soup(client.get(address("locations:list"), {"city": "Carlsbad", "page": 1, "utm_source": "x"}))
    assert (
        page.select_one('link[rel="canonical"]')["href"]
        == f"http://testserver{address('locations:list')}?city=Carlsbad"
    )
    # The week view's date is not the clinics list's: it is not passed on, and makes no address of its own.
    page = soup(client.get(address("locations:list"), {"date": "2026-12-24", "page": 2}))
    assert page.select_one('link[rel="canonical"]')["href"].endswith(f"{address('locations:list')}?page=2")
    assert "date" not in page.select_one(".pagination a[rel=next]")["href"]
    page = soup(client.get(address("procedures:list", "es"), {"page": 3}))
    assert page.select_one('link[rel="canonical"]')["href"].endswith(f"{address('procedures:list', 'es')}?page=3")
    assert page.select_one('link[hreflang="en"]')["href"].endswith(f"{address('procedures:list')}?page=3")
    switch = page.select_one('form.language-switch input[name="next"]')["value"]
    assert switch == f"{address('procedures:list')}?page=3"
    assert soup(client.get(switch)).select_one(".pagination [aria-current=page]").get_text() == "3"
