"""No English on Spanish pages: a complete catalog, a crawl of every Spanish page, and the language-assistance page."""

import re
from pathlib import Path

import polib
import pytest
from django.utils.translation import get_language_from_path

from notices.models import Notice
from tests.pages import (
    address,
    admin_url,
    every_public_page,
    form_data,
    notice_page,
    procedure_page,
    soup,
    url_in,
)

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "locale" / "es" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w+\}")


def test_the_spanish_catalog_is_complete():
    catalog = polib.pofile(str(CATALOG))
    assert catalog.metadata["Language"] == "es"
    assert catalog.untranslated_entries() == []
    assert catalog.fuzzy_entries() == []
    assert catalog.obsolete_entries() == []
    for entry in catalog:
        if entry.msgid_plural:
            assert all(entry.msgstr_plural.values()), entry.msgid
            assert set(PLACEHOLDER.findall(entry.msgid)) == set(PLACEHOLDER.findall(entry.msgstr_plural[0]))
        else:
            assert set(PLACEHOLDER.findall(entry.msgid)) == set(PLACEHOLDER.findall(entry.msgstr)), entry.msgid


def public_interface_phrases():
    """English phrases patients could meet: strings of templates, views, template tags and URLs whose
    Spanish differs. Admin-only labels (models, admin) are left out."""
    phrases = set()
    for entry in polib.pofile(str(CATALOG)):
        files = [path for path, _line in entry.occurrences]
        public = any(
            (path.startswith("templates/") and not path.startswith("templates/admin/"))
            or "/templatetags/" in path
            or path.endswith(("views.py", "urls.py"))
            for path in files
        )
        if not public:
            continue
        translation = entry.msgstr or entry.msgstr_plural.get(0, "")
        for text in filter(None, [entry.msgid, entry.msgid_plural]):
            for chunk in PLACEHOLDER.split(text):
                chunk = chunk.strip(" .,:;–-/()")
                if re.search(r"[A-Za-z]{2}", chunk) and chunk not in translation:
                    phrases.add(chunk)
    return phrases


def spanish_pages(client):
    return [path for path in every_public_page() if get_language_from_path(path) == "es"]


def readable_text(page):
    """What a Spanish reader meets: text and readable attributes, outside elements marked as another language."""
    pieces = []
    for node in page.find_all(string=True):
        element = node.parent
        if element.name in {"script", "style"}:
            continue
        marked = element if element.has_attr("lang") else element.find_parent(attrs={"lang": True})
        if marked is not None and not marked["lang"].startswith("es"):
            continue
        pieces.append(str(node))
    for tag in page.select("[alt], [title], [aria-label], [placeholder], meta[content]"):
        marked = tag if tag.has_attr("lang") else tag.find_parent(attrs={"lang": True})
        if marked is not None and not marked["lang"].startswith("es"):
            continue
        pieces += [tag.get(attribute, "") for attribute in ("alt", "title", "aria-label", "placeholder")]
        if tag.name == "meta" and (tag.get("name") == "description" or tag.get("property", "").startswith("og:title")):
            pieces.append(tag["content"])
    return " ".join(" ".join(pieces).split())


def test_no_spanish_page_shows_english_interface_text(client):
    phrases = public_interface_phrases()
    assert {
        "Open now",
        "Holiday and special hours",
        "Learn about your other options",
        "Skip to main content",
    } <= phrases
    pages = spanish_pages(client)
    # Seven list pages, six procedures, six conditions, three clinics, three providers, eight notices, two
    # searches, a prep sheet and two missing pages.
    assert len(pages) == 38
    for path in pages:
        response = client.get(path)
        assert response.status_code in {200, 404}, path
        text = readable_text(soup(response))
        english = sorted(phrase for phrase in phrases if re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", text))
        assert english == [], f"{path}: {english}"


def test_the_crawl_would_notice_english(client):
    """The check above can fail: an English page passed off as Spanish is caught."""
    page = soup(client.get(address("locations:detail", slug="nowhere")))
    page.html["lang"] = "es"
    text = readable_text(page)
    assert {"Page not found", "Skip to main content", "Clinics and hours"} <= {
        phrase for phrase in public_interface_phrases() if phrase in text
    }


def test_only_marked_elements_carry_another_language(client):
    for path in spanish_pages(client):
        page = soup(client.get(path))
        assert page.html["lang"] == "es"
        for element in page.select("body [lang]"):
            allowed = (
                element["lang"] == "es"
                or (element.name == "button" and element.find_parent("form", class_="language-switch"))
                or (path == notice_page("language_assistance", "es") and element.find_parent("ul", class_="taglines"))
                # A prep sheet asked for in both languages has an English column; its text is English.
                or ("both=on" in path and "prep-column" in element.get("class", []))
                or ("both=on" in path and element.find_parent("div", class_="prep-column", lang="en"))
            )
            assert allowed, f"{path}: {element}"


def test_language_assistance_notice_in_both_languages(client):
    english = soup(client.get(notice_page("language_assistance")))
    spanish = soup(client.get(notice_page("language_assistance", "es")))
    assert english.h1.get_text() == "Language Assistance Services"
    assert spanish.h1.get_text() == "Servicios de asistencia lingüística"
    assert "qualified interpreters" in english.select_one(".notice-text").get_text()
    assert "intérpretes calificados" in spanish.select_one(".notice-text").get_text()
    taglines = {li["lang"]: li for li in spanish.select(".taglines li")}
    # 45 CFR 92.11: the 15 languages HHS lists as the most spoken in California by people with limited English.
    california = {"zh-Hant", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"}
    assert california | {"en"} <= set(taglines)
    assert "es" not in taglines and "en" not in {li["lang"] for li in english.select(".taglines li")}
    assert taglines["ar"]["dir"] == "rtl" and taglines["fa"]["dir"] == "rtl" and taglines["ko"]["dir"] == "ltr"
    assert "免費獲得語言援助服務" in taglines["zh-Hant"].get_text()
    for li in taglines.values():
        assert li.select_one('a[href="tel:+16195430144"]').get_text() == "619-543-0144"
        assert "711" in li.get_text()


def test_the_language_assistance_page_moved_to_its_notice(client):
    for lang, old in [("en", "/en/language-assistance/"), ("es", "/es/asistencia-con-el-idioma/")]:
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, notice_page("language_assistance", lang))


def test_every_page_links_to_every_notice_in_the_footer(client):
    notices = Notice.in_order()
    for path in spanish_pages(client):
        footer = soup(client.get(path)).select_one("footer")
        links = [(a.get_text(), a["href"]) for a in footer.select(".footer-notices a")]
        assert links == [(notice.name_es, url_in("es", notice)) for notice in notices], path
    footer = soup(client.get(address("home"))).select_one("footer")
    links = [(a.get_text(), a["href"]) for a in footer.select(".footer-notices a")]
    assert links == [(notice.name_en, url_in("en", notice)) for notice in notices]
    assert len(links) == len(Notice.KINDS)


def test_staff_edit_the_language_assistance_text(staff_client, client):
    notice = Notice.objects.get(kind="language_assistance")
    url = admin_url(notice, "change")
    data = form_data(staff_client.get(url)) | {"body_es": "<p>Pida un intérprete gratis.</p>"}
    assert staff_client.post(url, data).status_code == 302
    notice.refresh_from_db()
    assert notice.body_es == "<p>Pida un intérprete gratis.</p>"
    page = soup(client.get(notice_page("language_assistance", "es")))
    assert page.select_one(".notice-text").get_text(strip=True) == "Pida un intérprete gratis."


def test_procedure_pages_print_as_a_patient_sheet(client):
    page = soup(client.get(procedure_page("medial-branch-rhizotomy", "es")))
    assert " ".join(page.select_one(".print-header").get_text().split()) == (
        "Pacific Coast Pain Management · Citas: 619-543-0144"
    )
    # How it prints, in a real browser: tests/browser/test_journeys.py.
