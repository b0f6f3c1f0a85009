"""The front desk's admin in Chromium, on a laptop and a phone, in both languages: the clinic form with a special day
and its errors fits the screen, times have no clock widget, and read-only translations are in language tabs."""

import datetime

import pytest
from playwright.sync_api import expect

from locations.models import Clinic, SpecialDay
from practice.models import Practice
from tests.browser.conftest import DESKTOP, PHONE
from tests.builders import make_special_day
from tests.pages import admin_url

# Every element drawn past the right edge of the window (within a box that scrolls sideways, or cut off).
PAST_THE_RIGHT_EDGE = """() => {
    const width = document.documentElement.clientWidth;
    return [...document.body.querySelectorAll("*")]
        .filter(element => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && box.right > width + 0.5;
        })
        .map(element => `${element.tagName.toLowerCase()}#${element.id}.${element.className}`);
}"""
# The number of lines the text of an element takes on screen: the tops of its pieces of text, those within a few
# pixels of each other counted as one line.
LINES = """element => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const tops = [];
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(text);
        tops.push(...[...range.getClientRects()].filter(r => r.width > 0).map(r => r.top));
    }
    tops.sort((a, b) => a - b);
    return tops.filter((top, n) => n === 0 || top - tops[n - 1] > 5).length;
}"""


def clinic_form_with_errors(page, site):
    """San Diego's form with its special days (one closed, one with short hours), sent back with three errors:
    the first day's last day before its first, a new day on the same date (the error names it, with its date),
    and two new days on one date."""
    clinic = Clinic.objects.get(slug="san-diego")
    SpecialDay.objects.create(
        clinic=clinic,
        start_date=datetime.date(2026, 12, 24),
        reason_en="Christmas Eve",
        reason_es="Nochebuena",
    )
    make_special_day(
        [("08:00", "10:00"), ("11:00", "12:00")],
        clinic=clinic,
        start_date=datetime.date(2026, 12, 31),
        reason_en="New Year's Eve, short day",
        reason_es="Nochevieja, jornada corta",
    )
    page.goto(site + admin_url(clinic, "change"))
    page.fill("#id_special_days-0-end_date", "2026-12-01")
    for n, date in [(2, "2026-12-24"), (3, "2027-01-08"), (4, "2027-01-08")]:
        page.locator("#special_days-group .add-row a").click()
        page.fill(f"#id_special_days-{n}-start_date", date)
        page.fill(f"#id_special_days-{n}-reason_en", "Staff party")
    page.click("input[name=_continue]")
    expect(page.locator(".errornote")).to_be_visible()
    return page


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_clinic_form_with_a_special_day_and_errors_fits_the_screen(front_desk_login, site, viewport, lang):
    page = clinic_form_with_errors(front_desk_login(viewport, lang), site)
    errors = page.locator("#special_days-group .errorlist")
    expect(errors).to_have_count(3)
    expect(errors.nth(1)).to_contain_text("Christmas Eve" if lang == "en" else "Nochebuena")
    for n in range(errors.count()):
        error = errors.nth(n)
        if viewport == DESKTOP:  # at most two lines, not squeezed into a narrow column
            assert error.evaluate(LINES) <= 2, error.inner_text()
        else:  # as wide as the form
            assert error.bounding_box()["width"] >= 0.8 * viewport["width"], error.inner_text()
    # The special day's Delete box is on the screen, without scrolling sideways.
    delete = page.locator("#id_special_days-0-DELETE")
    expect(delete).to_be_visible()
    box = delete.bounding_box()
    assert 0 <= box["x"] and box["x"] + box["width"] <= viewport["width"]
    assert page.evaluate(PAST_THE_RIGHT_EDGE) == []
    # Times are plain inputs: no "Now", no clock, no note on the browser's time zone under any field.
    expect(page.locator("#opening_hours-0 input[name$=-opens]")).to_have_value("8:00 a.m.")
    expect(page.locator(".datetimeshortcuts .clock-icon")).to_have_count(0)
    expect(page.locator(".timezonewarning:visible")).to_have_count(0)
    assert page.console_errors == []


def test_the_layout_checks_see_what_is_too_wide_or_too_tall(front_desk_login, site):
    """The checks above fail where the layout is wrong: a row wider than the screen, an error squeezed into
    a narrow column."""
    page = clinic_form_with_errors(front_desk_login(DESKTOP, "en"), site)
    error = page.locator("#special_days-group .errorlist").nth(1)
    assert error.evaluate(LINES) == 1
    error.evaluate("element => { element.style.width = '120px'; }")
    assert error.evaluate(LINES) > 2
    assert page.evaluate(PAST_THE_RIGHT_EDGE) == []
    page.locator("#special_days-group").evaluate("element => { element.style.width = '1600px'; }")
    assert "input#id_special_days-0-DELETE." in page.evaluate(PAST_THE_RIGHT_EDGE)
    box = page.locator("#id_special_days-0-DELETE").bounding_box()
    assert box["x"] + box["width"] > DESKTOP["width"]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_front_desk_reads_the_practice_details_in_language_tabs(front_desk_login, site, viewport, lang):
    page = front_desk_login(viewport, lang)
    page.goto(site + admin_url(Practice.load(), "change"))
    intro = {code: page.locator(f".field-intro_{code} .readonly") for code in ["en", "es"]}
    other = "es" if lang == "en" else "en"
    # The tab of the page's language is open; the other language is one click away.
    expect(intro[lang]).to_be_visible()
    expect(intro[other]).to_be_hidden()
    page.locator(f"a[href='#tab_id_intro_{other}']").click()
    expect(intro[other]).to_be_visible()
    expect(intro["es"]).to_contain_text("Ayudamos a personas")
    expect(intro[lang]).to_be_hidden()
    # Labels without "[en]", no empty language drop-down beside the title, the phone field still editable.
    label = page.locator(".field-name_en label")
    expect(label).to_have_text("Name:" if lang == "en" else "Nombre:")
    expect(page.locator("#modeltranslation-main-switch")).to_be_hidden()
    expect(page.locator("#id_phone")).to_be_editable()
    assert page.evaluate(PAST_THE_RIGHT_EDGE) == []
    assert page.console_errors == []
