"""Patients and staff, in English and Spanish, on a phone and a desktop."""

import datetime
import re
from urllib.parse import quote_plus
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from playwright.sync_api import expect

from alerts.models import Alert
from locations.models import Clinic
from tests.browser.conftest import DESKTOP, PHONE, screenshot
from tests.pages import address, admin_url, clinic_page, procedure_page

WORDS = {
    "en": {
        "week": "Hours this week",
        "friday": "Friday",
        "closed": "Closed",
        "procedures": "Procedures",
        "rhizotomy": "Medial branch rhizotomy",
        "other": "Rizotomía de la rama medial",
        "other_lang": "es",
    },
    "es": {
        "week": "Horario de esta semana",
        "friday": "Viernes",
        "closed": "Cerrado",
        "procedures": "Procedimientos",
        "rhizotomy": "Rizotomía de la rama medial",
        "other": "Medial branch rhizotomy",
        "other_lang": "en",
    },
}
ADDRESSES = {
    "San Diego": "3549 Camino del Rio South, Suite A, San Diego, CA 92108",
    "Chula Vista": "535 H Street, Chula Vista, CA 91910",
}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_patient_finds_a_clinic_open_on_friday_and_reads_about_rhizotomy(open_page, lang, viewport):
    words = WORDS[lang]
    size = "phone" if viewport == PHONE else "desktop"
    page = open_page(address("home", lang), viewport)
    screenshot(page, f"home-{lang}-{size}")

    page.get_by_role("link", name=words["week"], exact=True).first.click()
    screenshot(page, f"week-{lang}-{size}")
    friday = page.locator("table.week tbody tr", has=page.locator("th", has_text=words["friday"]))
    cells = friday.locator("td")
    open_column = next(n for n in range(cells.count()) if words["closed"] not in cells.nth(n).inner_text())
    clinic_link = page.locator("table.week thead th a").nth(open_column)
    clinic = clinic_link.inner_text()
    clinic_link.click()
    screenshot(page, f"clinic-{lang}-{size}")

    directions = page.locator("main a.button", has_text="Map" if lang == "en" else "Mapa")
    expected = "https://www.google.com/maps/dir/?api=1&destination=" + quote_plus(ADDRESSES[clinic])
    assert directions.get_attribute("href") == expected
    call = page.locator("main a.button-call")
    assert call.get_attribute("href") == "tel:+16195430144"
    assert call.bounding_box()["height"] >= 44 and directions.bounding_box()["height"] >= 44
    directions.click()
    page.wait_for_url("https://www.google.com/maps/dir/**")
    assert page.url == expected
    page.go_back()

    page.get_by_role("link", name=words["procedures"], exact=True).first.click()
    page.get_by_role("link", name=words["rhizotomy"]).first.click()
    assert page.locator("h1").inner_text() == words["rhizotomy"]
    screenshot(page, f"procedure-{lang}-{size}")
    page.locator("form.language-switch button").click()
    page.wait_for_url(f"**{procedure_page('medial-branch-rhizotomy', words['other_lang'])}")
    assert page.locator("h1").inner_text() == words["other"]
    assert page.console_errors == []


def test_staff_change_friday_hours_and_add_a_closure(open_page, site, db):
    User.objects.create_superuser("manager", "manager@example.com", "a-long-password-2026")
    page = open_page(reverse("admin:index"), DESKTOP)
    page.fill("#id_username", "manager")
    page.fill("#id_password", "a-long-password-2026")
    page.click("input[type=submit]")
    page.locator(f"#content-main a[href='{admin_url(Clinic)}']").first.click()
    page.get_by_role("link", name="Chula Vista").click()
    # The English/Spanish tabs work: jQuery UI comes from our own static files.
    expect(page.locator("li.ui-tabs-tab", has_text="es").first).to_be_visible()
    page.fill("#id_opening_hours-0-opens", "09:15")
    page.fill("#id_opening_hours-0-closes", "12:45")
    page.get_by_text("Add another Special day").click()
    row = page.locator("#special_days-0")
    row.locator("[name=special_days-0-start_date]").fill("2026-12-04")
    row.locator("[name=special_days-0-reason_en]").fill("Staff training")
    row.locator(".ui-tabs-nav a").nth(1).click()
    row.locator("[name=special_days-0-reason_es]").fill("Capacitación del personal")
    screenshot(page, "admin-clinic-desktop")
    page.click("input[name=_save]")
    assert "was changed successfully" in page.locator(".messagelist").inner_text()
    assert page.console_errors == []

    public = open_page(clinic_page("chula-vista"), PHONE)
    text = " ".join(public.locator("main").inner_text().split())  # times keep to one line (no-break spaces)
    assert "9:15 a.m. – 12:45 p.m." in text
    assert "Friday, December 4: Closed (Staff training)" in text
    public.goto(site + clinic_page("chula-vista", "es"))
    text = " ".join(public.locator("main").inner_text().split())
    assert "9:15 a.m. – 12:45 p.m." in text
    assert "Viernes 4 de diciembre: Cerrado (Capacitación del personal)" in text


def test_keyboard_reaches_skip_link_language_call_and_directions_with_a_visible_focus(open_page):
    page = open_page(clinic_page("chula-vista"), PHONE)
    order = []
    for _ in range(25):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement, style = getComputedStyle(el), box = el.getBoundingClientRect();
                return {text: el.innerText.trim(), tag: el.tagName, cls: el.className,
                        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
                        visible: box.width > 0 && box.height > 0 && box.bottom > 0};
            }"""
        )
        if focused["tag"] == "BODY":
            break  # past the last link
        assert focused["outline"] and focused["visible"], focused
        order.append(focused)
    texts = [f["text"] for f in order]
    assert texts[0] == "Skip to main content"
    switch = texts.index("Español")
    call = next(n for n, f in enumerate(order) if f["text"].startswith("Call") and "button-call" in f["cls"])
    directions = next(n for n, t in enumerate(texts) if t.startswith("Map & directions"))
    assert 0 < call < switch < directions  # the header: name, call, portal, language; then the page
    page.keyboard.press("Shift+Tab")
    page.goto(page.url)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_procedure_page_prints_every_section_without_the_site_around_it(open_page, lang):
    """The whole page prints, for patients who read on paper; the sheet for one visit is the prep sheet below."""
    page = open_page(procedure_page("medial-branch-rhizotomy", lang), DESKTOP)
    page.emulate_media(media="print")
    expect(page.locator(".print-header")).to_be_visible()
    for hidden in [".site-nav", ".toc", ".header-search", ".prep-offer", ".call-to-action"]:
        expect(page.locator(hidden)).to_be_hidden()
    sections = page.locator(".procedure-section")
    expect(sections).to_have_count(12)
    for n in range(12):
        expect(sections.nth(n)).to_be_visible()
    # On paper a link cannot be followed: its address is printed after it.
    printed = page.evaluate(
        """() => [...document.querySelectorAll('main a[href^="tel:"]')]
            .map(a => getComputedStyle(a, '::after').content)"""
    )
    assert printed and all("tel:" in content or "619" in content for content in printed), printed
    assert re.findall(rb"/Type\s*/Page(?![a-zA-Z])", page.pdf(format="Letter"))


def test_front_desk_posts_an_alert_that_appears_and_then_disappears_by_itself(
    front_desk_login, open_page, time_machine
):
    page = front_desk_login(DESKTOP, "en")
    page.locator(f"#content-main a[href='{admin_url(Alert, 'add')}']").click()
    page.fill("#id_message_en", "The phones are down until 10:30.")
    page.locator(".ui-tabs-nav a", has_text="es").first.click()
    page.fill("#id_message_es", "Los teléfonos no funcionan hasta las 10:30.")
    page.fill("#id_starts_at_0", "2026-11-23")
    page.fill("#id_starts_at_1", "09:00")
    page.fill("#id_ends_at_0", "2026-11-23")
    page.fill("#id_ends_at_1", "10:30")
    page.click("input[name=_save]")
    # The changelist with its message, or the form again with what it refused (said in the failure).
    outcome = page.locator(".messagelist, .errornote, .errorlist").first
    outcome.wait_for()
    assert "was added successfully" in outcome.inner_text(), page.locator("#content").inner_text()

    public = open_page(address("procedures:list", "es"), PHONE)
    expect(public.locator(".alert")).to_contain_text("Los teléfonos no funcionan hasta las 10:30.")
    expect(public.locator(".alert")).to_contain_text("(hora del Pacífico)")
    time_machine.move_to(datetime.datetime(2026, 11, 23, 10, 30, 1, tzinfo=ZoneInfo("America/Los_Angeles")))
    public.reload()
    expect(public.locator("main h1")).to_be_visible()
    expect(public.locator(".alert")).to_have_count(0)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_patient_gets_a_prep_sheet_in_both_languages_that_prints_on_two_pages(open_page, site, lang):
    """From the procedure page, without JavaScript: pick Escondido, tick both languages, print."""
    page = open_page(procedure_page("epidural-steroid-injection", lang), PHONE)
    form = page.locator(".prep-offer form")
    form.locator("select").select_option(label="Escondido")
    form.locator("input[type=checkbox]").check()
    form.locator("button").click()
    expect(page.locator(".prep-column")).to_have_count(2)
    assert page.locator(".prep-column").first.get_attribute("lang") == lang
    text = " ".join(page.locator("main").inner_text().split())
    assert "240 W Mission Ave, Suite C" in text and "619-543-0144" in text
    page.set_viewport_size(DESKTOP)
    page.emulate_media(media="print")
    expect(page.locator(".site-nav")).to_be_hidden()
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", page.pdf(format="Letter")))
    assert 1 <= pages <= 2
    screenshot(page, f"prep-sheet-{lang}")
    assert page.console_errors == []
