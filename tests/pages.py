"""Reading rendered pages the way a patient sees them."""

import json

from bs4 import BeautifulSoup
from django.utils import translation
from lxml import etree


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
                data[name] = field.get("value", "on")
        elif field.get("type") not in {"submit", "file"}:
            data[name] = field.get("value", "")
    return data


def url_in(lang, instance):
    """The address of a procedure's or clinic's page in one language (slugs and prefixes are translated)."""
    with translation.override(lang):
        return instance.get_absolute_url()


NOT_FOUND = ["/en/nowhere/", "/es/ninguna-parte/", "/es/procedimientos/no-existe/"]


def sitemap_pages():
    """The path of every page the sitemap lists: every public page in both languages."""
    from urllib.parse import urlsplit

    from django.test import Client

    sitemap = etree.fromstring(Client().get("/sitemap.xml").content)
    return [urlsplit(loc.text).path for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]


def every_public_page():
    """Every page a patient can reach, in both languages, the 404 pages included."""
    return sitemap_pages() + NOT_FOUND
