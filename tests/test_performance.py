"""Every public page costs the same few SQL queries whatever the amount of content; pages are cached
until their content changes or their opening status would."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from clinic.caching import cached_content, cached_practice
from locations.models import Clinic, OpeningHours, SpecialDay
from procedures.models import Procedure
from tests.builders import make_clinic, make_procedure
from tests.pages import form_data, soup, text, url_in

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")


def public_pages():
    rhizotomy = Procedure.objects.get(slug_en="medial-branch-rhizotomy")
    clinic = Clinic.objects.get(slug_en="san-diego")
    pages = []
    for lang, prefix in [("en", "/en/"), ("es", "/es/")]:
        pages += [prefix, url_in(lang, rhizotomy), url_in(lang, clinic)]
    return pages + [
        "/en/procedures/",
        "/es/procedimientos/",
        "/en/clinics/",
        "/es/clinicas/",
        "/en/hours/",
        "/es/horario/",
        "/en/language-assistance/",
        "/es/asistencia-con-el-idioma/",
        "/sitemap.xml",
    ]


def queries_per_page(client):
    counts = {}
    for path in public_pages():
        cache.clear()
        cached_practice()  # the practice's details live in the cache between content changes
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, path
        counts[path] = len(queries)
    return counts


def add_content(clinics=30, procedures=30):
    for n in range(clinics):
        clinic = make_clinic(f"extra-clinic-{n}", hours=[(d, "08:00", "12:00") for d in range(5)])
        OpeningHours.objects.bulk_create(
            OpeningHours(clinic=clinic, weekday=d, opens=datetime.time(13), closes=datetime.time(17)) for d in range(5)
        )
        SpecialDay.objects.create(clinic=clinic, start_date=datetime.date(2026, 12, 1 + n % 20), reason_en="Training")
    extra = [make_procedure(f"extra-procedure-{n}", what_it_is_en="<p>Text.</p>") for n in range(procedures)]
    for procedure in extra + list(Procedure.objects.filter(slug_en="medial-branch-rhizotomy")):
        procedure.related.set(extra[:5])


def test_every_public_page_renders_in_at_most_four_queries_at_any_size(client, django_assert_max_num_queries):
    at_demo_size = queries_per_page(client)
    assert max(at_demo_size.values()) <= 4, at_demo_size
    add_content()
    assert Clinic.objects.count() == 33 and Procedure.objects.count() == 36
    at_scale = queries_per_page(client)
    assert at_scale == at_demo_size
    with django_assert_max_num_queries(4):
        client.get("/en/clinics/")


def test_a_cached_page_costs_no_query_and_no_rendering(client, django_assert_num_queries):
    assert client.get("/es/clinicas/san-diego/").templates
    with django_assert_num_queries(0):
        response = client.get("/es/clinicas/san-diego/")
    assert response.status_code == 200
    assert not response.templates
    assert "Abierto ahora. Cierra a las 5:00 p.m." in text(response)


def test_a_page_rendered_again_reads_the_content_from_the_cache(client, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 0
    for path in public_pages()[:6]:
        client.get(path)
        with django_assert_num_queries(0):
            response = client.get(path)
        assert response.templates, path
    assert "Abierto ahora. Cierra a las 5:00 p.m." in text(response)
    OpeningHours.objects.filter(clinic__slug_en="san-diego", weekday=0).update(closes=datetime.time(16, 30))
    # Still the cached content: update() sends no signal, so this proves the page did not query it.
    assert "Abierto ahora. Cierra a las 5:00 p.m." in text(client.get(path))
    hours = OpeningHours.objects.get(clinic__slug_en="san-diego", weekday=0)
    hours.save()
    assert "Abierto ahora. Cierra a las 4:30 p.m." in text(client.get(path))


def test_content_read_in_this_process_follows_a_clear_made_by_another(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    assert "Cierra a las 5:00 p.m." in text(client.get("/es/clinicas/san-diego/"))
    OpeningHours.objects.filter(clinic__slug_en="san-diego", weekday=0).update(closes=datetime.time(16, 30))
    assert "Cierra a las 5:00 p.m." in text(client.get("/es/clinicas/san-diego/"))
    cache.clear()  # what a save on another server does to the shared cache
    assert "Cierra a las 4:30 p.m." in text(client.get("/es/clinicas/san-diego/"))


def test_content_read_before_a_change_and_stored_after_it_is_not_served():
    def read_while_staff_save():
        cache.clear()  # the change commits while this render is still reading the database
        return "before the change"

    assert cached_content("example", read_while_staff_save) == "before the change"
    assert cached_content("example", lambda: "after the change") == "after the change"


def test_pages_are_cached_in_each_language_separately(client):
    assert soup(client.get("/en/")).html["lang"] == "en"
    assert soup(client.get("/es/")).html["lang"] == "es"
    assert soup(client.get("/en/")).html["lang"] == "en"


def test_admin_changes_show_at_once_in_both_languages(staff_client, client):
    for path in ["/en/", "/es/", "/en/clinics/escondido/", "/es/clinicas/escondido/", "/es/horario/"]:
        client.get(path)  # cached now
    clinic = Clinic.objects.get(slug_en="escondido")
    url = f"/admin/locations/clinic/{clinic.pk}/change/"
    assert (
        staff_client.post(url, form_data(staff_client.get(url)) | {"opening_hours-0-closes": "11:15"}).status_code
        == 302
    )
    assert "11:15 a.m." in text(client.get("/en/clinics/escondido/"))
    assert "11:15 a.m." in text(client.get("/es/clinicas/escondido/"))
    assert "11:15 a.m." in text(client.get("/es/horario/"))

    url = "/admin/clinic/practice/1/change/"
    assert staff_client.post(url, form_data(staff_client.get(url)) | {"phone": "619-555-0123"}).status_code == 302
    for path in ["/en/", "/es/"]:
        assert 'href="tel:+16195550123"' in client.get(path).content.decode()

    special = SpecialDay.objects.get(reason_en="Thanksgiving")
    staff_client.post(f"/admin/locations/specialday/{special.pk}/delete/", {"post": "yes"})
    assert "Thanksgiving" not in text(client.get("/en/clinics/escondido/"))

    procedure = Procedure.objects.get(slug_en="facet-joint-injection")
    client.get("/es/procedimientos/")
    url = f"/admin/procedures/procedure/{procedure.pk}/change/"
    assert (
        staff_client.post(url, form_data(staff_client.get(url)) | {"name_es": "Infiltración facetaria"}).status_code
        == 302
    )
    assert "Infiltración facetaria" in text(client.get("/es/procedimientos/"))
    assert "Infiltración facetaria" in text(client.get(url_in("es", Procedure.objects.get(pk=procedure.pk))))


def test_a_cached_status_expires_when_it_would_change(client, time_machine):

    la = ZoneInfo("America/Los_Angeles")
    time_machine.move_to(datetime.datetime(2026, 11, 27, 11, 58, tzinfo=la), tick=False)
    response = client.get("/en/clinics/chula-vista/")
    assert response["Cache-Control"] == "max-age=120"
    assert text(response).count("Open now, closing soon.") == 1
    time_machine.move_to(datetime.datetime(2026, 11, 27, 12, 0, tzinfo=la), tick=False)
    assert "Closed now. Opens Friday, December 4 at 8:00 a.m." in text(client.get("/en/clinics/chula-vista/"))


def test_pages_without_hours_are_cached_for_the_page_cache_lifetime(client, settings):
    response = client.get("/en/procedures/")
    assert response["Cache-Control"] == f"max-age={settings.PAGE_CACHE_SECONDS}"


def test_a_procedure_gone_since_its_address_was_cached_is_a_404(client):
    # What a request that read the addresses just before a deletion still holds.
    cached_content("procedure-slugs:en", lambda: {"gone": 999_999})
    assert client.get("/en/procedures/gone/").status_code == 404


def test_a_draft_behind_cached_addresses_is_a_404(client):
    # What a request that read the addresses just before staff unpublished a procedure still holds.
    draft = make_procedure("secret", published=False)
    cached_content("procedure-slugs:en", lambda: {"secret": draft.pk})
    assert client.get("/en/procedures/secret/").status_code == 404


@pytest.mark.parametrize("first", ["en", "es"])
def test_cached_content_is_in_the_order_of_each_language(client, first):
    make_clinic("alpha", name_en="Alpha", name_es="Zeta", slug_es="zeta", display_order=99)
    make_clinic("omega", name_en="Omega", name_es="Beta", slug_es="beta", display_order=99)
    make_procedure("aaa", name_en="Aaa procedure", name_es="Zzz procedimiento", display_order=99)
    make_procedure("zzz", name_en="Zzz procedure", name_es="Aaa procedimiento", display_order=99)
    pages = {"en": ["/en/", "/en/clinics/", "/en/procedures/"], "es": ["/es/", "/es/clinicas/", "/es/procedimientos/"]}
    for lang in sorted(pages, key=lambda lang: lang != first):
        for path in pages[lang]:
            page = text(client.get(path))
            if "clinic" in path or path == f"/{lang}/":
                assert page.index("Alpha" if lang == "en" else "Beta") < page.index("Omega" if lang == "en" else "Zeta")
            if "proced" in path or path == f"/{lang}/":
                words = (
                    ("Aaa procedure", "Zzz procedure") if lang == "en" else ("Aaa procedimiento", "Zzz procedimiento")
                )
                assert page.index(words[0]) < page.index(words[1]), path


def test_a_release_starts_with_an_empty_cache(client, django_assert_num_queries):
    client.get("/en/")
    with django_assert_num_queries(0):
        cached_practice()
    call_command("migrate", verbosity=0)
    with django_assert_num_queries(1):
        cached_practice()


def test_staff_and_query_strings_get_fresh_pages(staff_client, client):
    client.get("/en/procedures/")
    response = staff_client.get("/en/procedures/")
    assert "private" in response["Cache-Control"]
    assert response.templates
    for query in ["?q=x", "?utm_source=x&page=2"]:
        for _ in range(2):
            response = client.get("/en/procedures/" + query)
            assert response.status_code == 200
            assert response.templates  # rendered each time, never stored
    cache.clear()
    client.get("/en/procedures/?q=x")
    assert client.get("/en/procedures/").templates


def test_links_from_ads_and_listings_get_the_cached_page(client):
    page = client.get("/es/clinicas/").content
    for query in ["?utm_source=google&utm_medium=organic", "?gclid=Cj0KCQ", "?fbclid=IwAR&utm_campaign=otono"]:
        response = client.get("/es/clinicas/" + query)
        assert response.status_code == 200
        assert not response.templates, query
        assert response.content == page
    cache.clear()
    assert client.get("/en/?msclkid=1").templates
    assert not client.get("/en/").templates


def test_public_pages_do_not_vary_by_cookie(client):
    for path in public_pages():
        assert "Cookie" not in client.get(path).get("Vary", ""), path
