"""Staff history in a real browser: the editor's saves list only what changed, compare reads as text, and
restoring one version changes that record only."""

from django.contrib.auth.models import User
from django.urls import reverse
from playwright.sync_api import expect

from locations.models import Clinic, SpecialDay
from procedures.models import Procedure
from tests.browser.conftest import DESKTOP, screenshot
from tests.pages import admin_url
from tests.test_history import content, without

PASSWORD = "a-long-password-2026"


def staff_page(open_page, site, path):
    User.objects.create_superuser("manager", "manager@example.com", PASSWORD)
    page = open_page(reverse("admin:login"), DESKTOP)
    page.fill("#id_username", "manager")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.goto(site + path)
    return page


def type_at_end(page, field, text):
    """Click the language tab of a translated section, then type at the end of its editor."""
    page.locator(f"a.ui-tabs-anchor[href='#tab_id_{field}']").click()
    editor = page.locator(f".field-{field} .ProseMirror[contenteditable=true]")
    # Click where a person would to write at the end: past the end of the last line of the last paragraph.
    last = editor.locator(":scope > *").last
    expect(last).to_be_visible()
    box = last.bounding_box()
    last.click(position={"x": box["width"] - 1, "y": box["height"] - 1})  # waits until the tab has opened
    expect(editor).to_be_focused()
    page.keyboard.press("End")
    page.keyboard.type(text)
    expect(editor).to_contain_text(text.strip())


def test_editing_risks_in_both_languages_is_what_the_history_says(open_page, site):
    procedure = Procedure.objects.get(slug="medial-branch-block")
    page = staff_page(open_page, site, admin_url(procedure, "change"))
    type_at_end(page, "risks_en", " Ask us about them.")
    type_at_end(page, "risks_es", " Pregúntenos.")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    page.goto(site + admin_url(procedure, "history"))
    latest = page.locator("#change-history tbody tr").first
    expect(latest).to_contain_text("Changed Risks [en] and Risks [es].")

    page.locator("input[type=submit]").first.click()  # compare the two newest versions
    main = page.locator("#content-main")
    expect(main.locator("h3")).to_have_text(["Risks (English)", "Risks (Spanish)"])
    expect(main.locator(".text-diff ins")).to_have_text(["Ask us about them.", "Pregúntenos."])
    expect(main.locator(".follow")).to_have_count(0)  # no note about fields the history does not keep
    # The text wraps inside the page: nothing scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "admin-compare-desktop")
    assert page.console_errors == []


def test_restoring_a_version_in_the_browser_changes_that_record_only(open_page, site):
    procedure = Procedure.objects.get(slug="medial-branch-block")
    page = staff_page(open_page, site, admin_url(procedure, "change"))
    page.fill("#id_name_en", "Nerve block")
    page.click("input[name=_save]")
    clinic = Clinic.objects.get(slug="san-diego")
    page.goto(site + admin_url(clinic, "change"))
    page.locator("input[name$=-opens][value='1:00 p.m.']").last.fill("9:00 a.m.")  # Friday opens at 9:00
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    before = content()

    page.goto(site + admin_url(procedure, "history"))
    page.locator("#change-history tbody tr", has_text="Demo content loaded").locator("th a").click()
    expect(page.locator("#id_name_en")).to_have_value("Medial branch block")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("The procedure “Medial branch block” was restored.")

    procedure.refresh_from_db()
    assert procedure.name_en == "Medial branch block"
    assert without(content(), procedure) == without(before, procedure)
    assert clinic.opening_hours.get(weekday=4).opens.hour == 9
    assert SpecialDay.objects.count() == 6
