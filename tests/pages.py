"""Reading rendered pages the way a patient sees them."""

import json

from bs4 import BeautifulSoup
from django.db import models
from django.urls import reverse
from django.utils import translation
from lxml import etree

from locations.models import Clinic
from procedures.models import Procedure


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def json_ld(response):
    """The page's one JSON-LD block, parsed."""
    [script] = soup(response).select('script[type="application/ld+json"]')
    return json.loads(script.string)


def text(response):
    """The visible text of a page, whitespace collapsed."""
    return " ".join(soup(response).get_text(" ").split())


def hours_rows(response):
    """{day: hours text} from the first weekly-hours table on the page."""
    table = soup(response).select_one("table.hours")
    return {
        " ".join(row.th.get_text(" ").split()): " ".join(row.td.get_text(" ").split())
        for row in table.select("tbody tr")
    }


def form_data(response):
    """The values an unchanged admin change form would submit, as a browser sends them."""
    page = soup(response)
    form = page.select_one("#content-main form[method=post]")
    data = {}
    for field in form.select("input[name], select[name], textarea[name]"):
        name = field["name"]
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = field.select("option[selected]")
            if field.has_attr("multiple"):
                data[name] = [option["value"] for option in chosen]
            else:
                data[name] = chosen[0]["value"] if chosen else ""
        elif field.get("type") in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                value = field.get("value", "on")
                if field.get("type") == "checkbox" and len(form.select(f'input[type=checkbox][name="{name}"]')) > 1:
                    data.setdefault(name, []).append(value)  # the ticked boxes of a choice of several
                else:
                    data[name] = value
        elif field.get("type") not in {"submit", "file"}:
            data[name] = field.get("value", "")
    return data


def address(name, lang="en", **kwargs):
    """The address of a named page in one language (prefixes are translated): address("week", "es"),
    address("procedures:detail", "es", slug="rizotomia-de-rama-medial")."""
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


def url_in(lang, instance):
    """The address of a procedure's or clinic's page in one language (slugs and prefixes are translated)."""
    with translation.override(lang):
        return instance.get_absolute_url()


def procedure_page(slug, lang="en"):
    """The address of a procedure's page in one language, the procedure named by its English slug."""
    return url_in(lang, Procedure.objects.get(slug_en=slug))


def clinic_page(slug, lang="en"):
    """The address of a clinic's page in one language, the clinic named by its English slug."""
    return url_in(lang, Clinic.objects.get(slug_en=slug))


def notice_page(kind, lang="en"):
    """The address of a notice's page in one language, the notice named by its kind."""
    from notices.models import Notice

    return url_in(lang, Notice.objects.get(kind=kind))


def admin_url(model, view="changelist", *args):
    """The address of an admin page: of a model's ("changelist", "add", "recoverlist", "recover" and a version)
    or of a record's ("change", "delete", "history", "revision" and a version, "compare"), by the admin's
    URL names: admin_url(Clinic), admin_url(clinic, "change")."""
    if isinstance(model, models.Model):
        args = (model.pk, *args)
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


NOT_FOUND = ["/en/nowhere/", "/es/ninguna-parte/", "/es/procedimientos/no-existe/"]
# The search, which the sitemap leaves out: with results, without, and empty.
SEARCHES = ["/en/search/?q=back+pain", "/es/buscar/?q=ciatica", "/es/buscar/?q=xyzzy", "/en/search/"]


def sitemap_pages():
    """The path of every page the sitemap lists: every public page in both languages."""
    from urllib.parse import urlsplit

    from django.test import Client

    sitemap = etree.fromstring(Client().get(reverse("sitemap")).content)
    return [urlsplit(loc.text).path for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]


def every_public_page():
    """Every page a patient can reach, in both languages, the search, prep sheets and the 404 pages included."""
    return sitemap_pages() + SEARCHES + prep_sheets() + NOT_FOUND


def prep_sheets():
    """A prep sheet in each language (which the sitemap leaves out), the Spanish one in both languages."""
    procedure, clinic = Procedure.objects.get(slug_en="epidural-steroid-injection"), Clinic.objects.first()
    sheets = []
    for lang, both in [("en", ""), ("es", "&both=on")]:
        with translation.override(lang):
            sheets.append(
                f"{reverse('procedures:prep_sheet', kwargs={'slug': procedure.slug})}?clinic={clinic.pk}{both}"
            )
    return sheets


def large_practice_pages():
    """The pages that change with a practice's size, as the large_practice fixture makes it: lists of
    clinics (grouped by city, filtered, in pages), the week view, the home page and the procedures."""
    return [
        address(name, lang)
        for lang in ("en", "es")
        for name in ("home", "locations:list", "week", "procedures:list", "conditions:list", "providers:list")
    ] + [
        address("locations:list") + "?page=5",
        address("locations:list", "es") + "?city=Oceanside&language=es",
        address("locations:list") + "?day=6",
        address("week", "es") + "?page=10",
        address("procedures:list") + "?page=4",
        clinic_page("oceanside-1", "es"),
    ]
