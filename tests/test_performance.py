"""Every public page costs the same few SQL queries whatever the amount of content; pages are cached
until their content changes or their opening status would, in a cache of their own."""

import datetime
import gzip
import io
from zoneinfo import ZoneInfo

import brotli
import pytest
from django.contrib.auth.models import User
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_max_age

from alerts.models import Alert
from conditions.models import Condition
from locations.models import Clinic, OpeningHours, SpecialDay
from practice.models import Practice
from procedures.models import Procedure
from providers.models import BoardCertification, Provider
from tests.builders import make_clinic, make_procedure
from tests.pages import (
    address,
    admin_url,
    clinic_page,
    every_public_page,
    form_data,
    procedure_page,
    sitemap_pages,
    soup,
    text,
    url_in,
)

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")


def public_pages():
    return sitemap_pages() + [reverse("sitemap")]


def queries_per_page(client):
    """{path: SQL queries of a page not in the cache, besides the one that reads the practice's details}"""
    counts = {}
    for path in public_pages():
        caches["pages"].clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, path
        counts[path] = len([query for query in queries if 'FROM "practice_practice"' not in query["sql"]])
    return counts


def add_content(clinics=30, procedures=30, providers=30):
    for n in range(clinics):
        clinic = make_clinic(f"extra-clinic-{n}", hours=[(d, "08:00", "12:00") for d in range(5)])
        OpeningHours.objects.bulk_create(
            OpeningHours(clinic=clinic, weekday=d, opens=datetime.time(13), closes=datetime.time(17)) for d in range(5)
        )
        SpecialDay.objects.create(clinic=clinic, start_date=datetime.date(2026, 12, 1 + n % 20), reason_en="Training")
    extra = [make_procedure(f"extra-procedure-{n}", what_it_is_en="<p>Text.</p>") for n in range(procedures)]
    for procedure in extra + list(Procedure.objects.filter(slug_en="medial-branch-rhizotomy")):
        procedure.related.set(extra[:5])
    # Every doctor at the demo's clinics and performing its procedures: their pages list them all.
    for n in range(providers):
        provider = Provider.objects.create(
            name=f"Extra Doctor {n}", degree="MD", license_type_en="Physician and Surgeon", license_number=f"A {n}"
        )
        for specialty in ["Anesthesiology", "Pain Medicine"]:
            BoardCertification.objects.create(
                provider=provider, board="American Board of Anesthesiology", specialty_en=specialty
            )
        provider.clinics.set(Clinic.objects.filter(slug_en__in=["san-diego", "chula-vista", "escondido"]))
        provider.procedures.set(Procedure.objects.exclude(slug_en__startswith="extra-"))


# The most any page needs besides the practice's details: a procedure's page reads the procedure (with its
# reviewer), its other options, its doctors and their board certifications, the conditions it may help, its
# references, the clinics its prep sheet form offers, and for the header and footer the notices and the alerts
# showing (with their clinics). A clinic's page needs nine.
MOST_QUERIES = 10


def test_every_public_page_renders_in_a_few_queries_at_any_size(client, django_assert_max_num_queries):
    now = timezone.now()
    for clinics in [[], Clinic.objects.all()]:  # one on every page, one on the clinics'
        alert = Alert.objects.create(message_en="Note.", starts_at=now, ends_at=now + datetime.timedelta(hours=1))
        alert.clinics.set(clinics)
    at_demo_size = queries_per_page(client)
    assert max(at_demo_size.values()) <= MOST_QUERIES, at_demo_size
    add_content()
    assert (Clinic.objects.count(), Procedure.objects.count(), Provider.objects.count()) == (33, 36, 33)
    at_scale = queries_per_page(client)
    # None costs more (the home page costs less: past six clinics it lists their cities, not their hours).
    assert {path: at_scale[path] for path in at_demo_size if at_scale[path] > at_demo_size[path]} == {}
    assert max(at_scale.values()) <= MOST_QUERIES
    with django_assert_max_num_queries(8):
        client.get(address("locations:list"))


@pytest.mark.parametrize(
    "page, pages_read_whole",
    [("home", 0), ("procedures:list", 0), ("conditions:list", 0), ("procedure", 1), ("condition", 1), ("provider", 0)],
)
def test_lists_of_links_read_names_and_summaries_not_every_section(client, page, pages_read_whole):
    paths = {
        "procedure": procedure_page("medial-branch-rhizotomy"),
        "condition": url_in("en", Condition.objects.get(slug_en="sciatica")),
        "provider": url_in("en", Provider.objects.filter(procedures__isnull=False).first()),
    }
    with CaptureQueriesContext(connection) as queries:
        response = client.get(paths.get(page) or address(page))
    assert response.status_code == 200
    assert soup(response).select(".procedure-links li")
    # Only the page's own procedure or condition is read with its sections (in both languages).
    assert len([query for query in queries if '"what_it_is_es"' in query["sql"]]) == pages_read_whole


def test_a_cached_page_costs_no_query_and_no_rendering(client, django_assert_num_queries):
    page = clinic_page("san-diego", "es")
    assert client.get(page).templates
    with django_assert_num_queries(0):
        response = client.get(page)
    assert response.status_code == 200
    assert not response.templates
    assert "Abierto ahora. Cierra a las 5:00 p.m." in text(response)


def test_pages_are_cached_in_each_language_separately(client):
    assert soup(client.get(address("home"))).html["lang"] == "en"
    assert soup(client.get(address("home", "es"))).html["lang"] == "es"
    assert soup(client.get(address("home"))).html["lang"] == "en"


def test_admin_changes_show_at_once_in_both_languages(staff_client, client):
    for path in [
        address("home"),
        address("home", "es"),
        clinic_page("escondido"),
        clinic_page("escondido", "es"),
        address("week", "es"),
    ]:
        client.get(path)  # cached now
    clinic = Clinic.objects.get(slug_en="escondido")
    url = admin_url(clinic, "change")
    assert (
        staff_client.post(url, form_data(staff_client.get(url)) | {"opening_hours-0-closes": "11:15"}).status_code
        == 302
    )
    assert "11:15 a.m." in text(client.get(clinic_page("escondido")))
    assert "11:15 a.m." in text(client.get(clinic_page("escondido", "es")))
    assert "11:15 a.m." in text(client.get(address("week", "es")))

    url = admin_url(Practice.load(), "change")
    assert staff_client.post(url, form_data(staff_client.get(url)) | {"phone": "619-555-0123"}).status_code == 302
    for path in [address("home"), address("home", "es")]:
        assert 'href="tel:+16195550123"' in client.get(path).content.decode()

    special = SpecialDay.objects.get(reason_en="Thanksgiving")
    staff_client.post(admin_url(special, "delete"), {"post": "yes"})
    assert "Thanksgiving" not in text(client.get(clinic_page("escondido")))

    procedure = Procedure.objects.get(slug_en="facet-joint-injection")
    client.get(address("procedures:list", "es"))
    url = admin_url(procedure, "change")
    assert (
        staff_client.post(url, form_data(staff_client.get(url)) | {"name_es": "Infiltración facetaria"}).status_code
        == 302
    )
    assert "Infiltración facetaria" in text(client.get(address("procedures:list", "es")))
    assert "Infiltración facetaria" in text(client.get(url_in("es", Procedure.objects.get(pk=procedure.pk))))


def test_a_cached_status_expires_when_it_would_change(client, time_machine):

    la = ZoneInfo("America/Los_Angeles")
    time_machine.move_to(datetime.datetime(2026, 11, 27, 11, 58, tzinfo=la), tick=False)
    response = client.get(clinic_page("chula-vista"))
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=120"}
    assert text(response).count("Open now, closing soon.") == 1
    time_machine.move_to(datetime.datetime(2026, 11, 27, 12, 0, tzinfo=la), tick=False)
    assert "Closed now. Opens Friday, December 4 at 8:00 a.m." in text(client.get(clinic_page("chula-vista")))


def test_pages_without_hours_are_cached_for_the_page_cache_lifetime(client, settings):
    response = client.get(address("procedures:list"))
    assert set(response["Cache-Control"].split(", ")) == {"public", f"max-age={settings.PAGE_CACHE_SECONDS}"}


@pytest.mark.parametrize("first", ["en", "es"])
def test_each_language_lists_clinics_and_procedures_in_its_own_order(client, first):
    make_clinic("alpha", name_en="Alpha", name_es="Zeta", slug_es="zeta", display_order=99)
    make_clinic("omega", name_en="Omega", name_es="Beta", slug_es="beta", display_order=99)
    make_procedure("aaa", name_en="Aaa procedure", name_es="Zzz procedimiento", display_order=99)
    make_procedure("zzz", name_en="Zzz procedure", name_es="Aaa procedimiento", display_order=99)
    for lang in sorted(["en", "es"], key=lambda lang: lang != first):
        for name in ["home", "locations:list", "procedures:list"]:
            path = address(name, lang)
            page = text(client.get(path))
            if name in {"home", "locations:list"}:
                assert page.index("Alpha" if lang == "en" else "Beta") < page.index("Omega" if lang == "en" else "Zeta")
            if name in {"home", "procedures:list"}:
                words = (
                    ("Aaa procedure", "Zzz procedure") if lang == "en" else ("Aaa procedimiento", "Zzz procedimiento")
                )
                assert page.index(words[0]) < page.index(words[1]), path


def test_a_release_starts_with_an_empty_cache(client):
    client.get(address("home"))
    assert not client.get(address("home")).templates
    call_command("migrate", verbosity=0)
    assert client.get(address("home")).templates


def test_staff_and_query_strings_get_fresh_pages(staff_client, client, settings):
    client.get(address("procedures:list"))
    response = staff_client.get(address("procedures:list"))
    assert "private" in response["Cache-Control"]
    assert response.templates
    # Their browser keeps a page showing hours no longer than a patient's would.
    for name, slug in [("week", None), ("locations:detail", "chula-vista")]:
        response = staff_client.get(address(name, slug=slug) if slug else address(name))
        directives = set(response["Cache-Control"].split(", "))
        assert "private" in directives and "public" not in directives
        assert get_max_age(response) <= settings.PAGE_CACHE_SECONDS
    for query in ["?q=x", "?utm_source=x&page=2"]:
        for _ in range(2):
            response = client.get(address("procedures:list") + query)
            assert response.status_code == 200
            assert response.templates  # rendered each time, never stored
    caches["pages"].clear()
    client.get(address("procedures:list") + "?q=x")
    assert client.get(address("procedures:list")).templates


def test_a_refused_filter_is_kept_by_no_cache_but_still_compressed(client):
    for path in [address("locations:list") + "?city=Atlantis", address("week", "es") + "?date=junk"]:
        response = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 400, path
        assert response["Cache-Control"] == "no-store" and response["Content-Encoding"] == "gzip"


def test_links_from_ads_and_listings_get_the_cached_page(client):
    page = client.get(address("locations:list", "es")).content
    for query in ["?utm_source=google&utm_medium=organic", "?gclid=Cj0KCQ", "?fbclid=IwAR&utm_campaign=otono"]:
        response = client.get(address("locations:list", "es") + query)
        assert response.status_code == 200
        assert not response.templates, query
        assert response.content == page
    caches["pages"].clear()
    assert client.get(address("home") + "?msclkid=1").templates
    assert not client.get(address("home")).templates


def test_public_pages_do_not_vary_by_cookie(client):
    for path in public_pages():
        assert "Cookie" not in client.get(path).get("Vary", ""), path


def test_a_change_clears_the_pages_and_nothing_else(client, staff_client):
    """Staff stay logged in and wrong passwords keep counting when content changes."""
    User.objects.create_user("frontdesk", password="correct-horse-battery", is_staff=True)
    guesser = Client()
    for _attempt in range(4):
        assert guesser.post(reverse("admin:login"), {"username": "frontdesk", "password": "wrong"}).status_code == 200
    client.get(address("locations:list"))
    assert not client.get(address("locations:list")).templates

    OpeningHours.objects.filter(clinic__slug_en="escondido").first().save()

    assert client.get(address("locations:list")).templates
    assert staff_client.get(reverse("admin:index")).status_code == 200
    # The fifth wrong password in a row locks the login, as if nothing had happened in between.
    assert guesser.post(reverse("admin:login"), {"username": "frontdesk", "password": "wrong"}).status_code == 429


@pytest.mark.django_db(transaction=True)
def test_a_saved_transaction_clears_the_pages_once_when_it_commits(client, monkeypatch):
    call_command("load_demo_content", stdout=io.StringIO())
    client.get(address("locations:list"))
    clears = []
    clear = caches["pages"].clear
    monkeypatch.setattr(caches["pages"], "clear", lambda: clears.append(1) or clear())
    with transaction.atomic():
        clinic = Clinic.objects.get(slug_en="san-diego")
        for row in clinic.opening_hours.all():
            row.save()
        clinic.save()
        # Not yet: a page rendered now would still read the content as it was before this transaction.
        assert not client.get(address("locations:list")).templates
    assert clears == [1]
    assert client.get(address("locations:list")).templates


def test_pages_are_cached_under_the_sites_own_address(client, settings):
    """Requests naming other ports or hosts of the site get its pages, rendered with its own address, and
    cannot push real pages out of the cache."""
    settings.SITE_URL = "https://www.example.com"
    settings.ALLOWED_HOSTS = ["www.example.com", "testserver"]
    first = client.get(address("locations:list"), HTTP_HOST="www.example.com:8443")
    assert soup(first).select_one('link[rel="canonical"]')["href"] == "https://www.example.com/en/clinics/"
    for port in range(1000, 1400):
        assert not client.get(address("locations:list"), HTTP_HOST=f"www.example.com:{port}").templates
    response = client.get(address("locations:list"), HTTP_HOST="www.example.com")
    assert not response.templates and response.content == first.content
    sitemap = client.get(reverse("sitemap")).content.decode()
    assert f"<loc>https://www.example.com{address('locations:list')}</loc>" in sitemap
    assert "testserver" not in sitemap


def test_the_sitemap_is_in_both_languages_whoever_asks_first(client):
    first = client.get(reverse("sitemap"), HTTP_ACCEPT_LANGUAGE="es")
    second = client.get(reverse("sitemap"), HTTP_ACCEPT_LANGUAGE="en")
    assert not second.templates  # served from the cache
    assert first["Content-Language"] == second["Content-Language"] == "en, es"


def test_pages_go_out_compressed_and_a_hit_sends_the_bytes_stored(client, monkeypatch):
    home = address("home", "es")
    plain = client.get(home)
    assert "Content-Encoding" not in plain and "Accept-Encoding" in plain["Vary"]
    caches["pages"].clear()
    first = client.get(home, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert first["Content-Encoding"] == "br" and first.templates
    assert brotli.decompress(first.content) == plain.content
    assert int(first["Content-Length"]) == len(first.content) < len(plain.content) / 3

    # From the cache, nothing is compressed again, whichever encoding is asked for.
    def refuse(*args, **kwargs):
        raise AssertionError("compressed again")

    monkeypatch.setattr(brotli, "compress", refuse)
    monkeypatch.setattr(gzip, "compress", refuse)
    hit = client.get(home, HTTP_ACCEPT_ENCODING="br;q=0, gzip")
    assert not hit.templates and hit["Content-Encoding"] == "gzip"
    assert gzip.decompress(hit.content) == plain.content
    assert "Content-Encoding" not in client.get(home, HTTP_ACCEPT_ENCODING="identity")
    assert client.get(home).content == plain.content


def test_the_admin_is_sent_as_django_makes_it_not_compressed(staff_client):
    response = staff_client.get(admin_url(Clinic), HTTP_ACCEPT_ENCODING="gzip, br")
    assert response.status_code == 200 and "Content-Encoding" not in response
    assert b"csrfmiddlewaretoken" in response.content
    page = staff_client.get(address("home"), HTTP_ACCEPT_ENCODING="gzip, br")
    assert "Content-Encoding" not in page and "private" in page["Cache-Control"]


def test_a_response_that_is_never_stored_pays_no_cache_lookup(client, settings, monkeypatch):
    lookups = []
    real_get = caches["pages"].get
    monkeypatch.setattr(caches["pages"], "get", lambda key, *args: lookups.append(key) or real_get(key, *args))
    for path in ["/robots.txt", "/robots.txt", "/en/nothing-here/", "/en/nothing-here/", "/es/nada/"]:
        client.get(path)
    assert lookups == []
    client.get(address("home"))
    client.get(address("home"))
    assert len(lookups) == 1  # the home page has been stored: worth looking up
    settings.PAGE_CACHE_SECONDS = 0
    response = client.get(address("locations:list"))
    client.get(address("locations:list"))
    assert len(lookups) == 1 and response.status_code == 200 and response.templates


def test_no_public_page_carries_a_secret_that_compression_could_reveal(client):
    for path in every_public_page():
        response = client.get(path, HTTP_ACCEPT_ENCODING="br")
        body = brotli.decompress(response.content) if response.get("Content-Encoding") == "br" else response.content
        assert b"csrfmiddlewaretoken" not in body and not response.cookies, path
        assert "sessionid" not in client.cookies and "csrftoken" not in client.cookies, path
