"""axe-core finds no WCAG 2.2 A/AA violation on any public page, in either language, on a phone and a desktop."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import DESKTOP, PHONE, screenshot
from tests.pages import address, every_public_page, large_practice_pages, notice_page

WCAG = {
    "resultTypes": ["violations", "passes"],
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_no_page_has_accessibility_violations(open_page, site, every_kind_of_day, viewport):
    axe = Axe()
    pages = every_public_page()
    assert len(pages) == 75  # 33 in each language, four searches, two prep sheets and three 404 pages
    page = open_page(address("home"), viewport)
    checked, problems = 0, {}
    for path in pages:
        page.console_errors.clear()
        response = page.goto(site + path)
        results = axe.run(page, options=WCAG)
        if response.status == 200:
            assert page.console_errors == [], path
        else:  # the 404 page: its own status is the only error the browser reports
            assert response.status == 404 and len(page.console_errors) == 1, path
        checked += len(results.response["passes"]) > 0
        if results.violations_count:
            problems[path] = [
                f"{v['id']}: {v['help']} ({', '.join(node['target'][0] for node in v['nodes'][:3])})"
                for v in results.response["violations"]
            ]
    assert problems == {}
    assert checked == len(pages)  # axe really ran its rules on every page


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_pages_of_a_large_practice_have_no_accessibility_violations(open_page, site, large_practice, viewport):
    axe = Axe()
    page = open_page(address("home"), viewport)
    problems = {}
    for path in large_practice_pages():
        page.goto(site + path)
        results = axe.run(page, options=WCAG)
        assert results.response["passes"], path
        if results.violations_count:
            problems[path] = [f"{v['id']}: {v['help']}" for v in results.response["violations"]]
    assert problems == {}


def test_axe_notices_a_violation(open_page):
    """The check above can fail: a page with an unlabelled image is caught."""
    page = open_page(address("home"))
    page.evaluate("""document.querySelector("main").insertAdjacentHTML("beforeend", '<img src="/x.png">')""")
    results = Axe().run(page, options=WCAG)
    assert [v["id"] for v in results.response["violations"]] == ["image-alt"]


def test_screenshots_of_the_key_pages(open_page, site):
    for viewport, size in [(PHONE, "phone"), (DESKTOP, "desktop")]:
        page = open_page(address("home", "es"), viewport)
        for name, path in [
            ("home-es", address("home", "es")),
            ("clinics-en", address("locations:list")),
            ("hours-es", address("week", "es")),
            ("language-assistance-es", notice_page("language_assistance", "es")),
            ("provider-es", address("providers:detail", "es", slug="camila-ejemplo")),
            ("not-found-en", "/en/nowhere/"),
        ]:
            page.goto(site + path)
            screenshot(page, f"{name}-{size}")
