"""The layout as a patient sees it, on a phone and a desktop, in both languages: nothing wider than the screen,
no time, phone number or suite broken over two lines, the header in two rows on a desktop and lined up with
the page, and the footer at the bottom of the window however short the page."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE
from tests.pages import address, every_public_page

# Each problem on the page, as "what: its text". Elements inside a scrolling box (the week's table on a phone)
# may be wider than the screen: the box scrolls, the page does not.
PROBLEMS = """() => {
  const problems = [];
  const width = document.documentElement.clientWidth;
  const scroll = document.documentElement.scrollWidth;
  if (scroll > width) problems.push(`page wider than the screen: ${scroll}px`);
  const lines = (element) => new Set([...element.getClientRects()].map((rect) => Math.round(rect.top))).size;
  const unbroken = 'time, .button-call .nowrap, .clinic-address .nowrap, .brand img';
  for (const element of document.querySelectorAll(unbroken)) {
    if (element.offsetParent && lines(element) > 1) problems.push(`broken over two lines: ${element.textContent}`);
  }
  for (const element of document.querySelectorAll('main *')) {
    const rect = element.getBoundingClientRect();
    if (rect.width && rect.right > width + 1 && !element.closest('.table-scroll')) {
      problems.push(`past the right edge: <${element.tagName.toLowerCase()} class="${element.className}">`);
    }
  }
  const footer = document.querySelector('.site-footer');
  if (footer && footer.getBoundingClientRect().bottom + window.scrollY < window.innerHeight - 1) {
    problems.push('a band under the footer');
  }
  return problems;
}"""

DESKTOP_HEADER = """() => {
  const box = (selector) => document.querySelector(selector).getBoundingClientRect();
  const sameRow = (a, b) => a.top < b.bottom && b.top < a.bottom;
  const problems = [];
  const brand = box('.brand'), actions = box('.header-actions'), language = box('.language-switch');
  if (!sameRow(brand, actions) || !sameRow(actions, language)) problems.push('name, calls and language not in one row');
  if (!sameRow(box('.site-nav'), box('.header-search'))) problems.push('menu and search not in one row');
  const heading = document.querySelector('main h1');
  if (heading && Math.abs(heading.getBoundingClientRect().left - brand.left) > 1) {
    problems.push(`header indented ${brand.left - heading.getBoundingClientRect().left}px from the page`);
  }
  return problems;
}"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_nothing_breaks_or_overflows_on_any_page(open_page, site, every_kind_of_day, viewport):
    pages = every_public_page()
    page = open_page(address("home"), viewport)
    problems = {}
    for path in pages:
        page.goto(site + path)
        found = page.evaluate(PROBLEMS)
        if viewport == DESKTOP:
            found += page.evaluate(DESKTOP_HEADER)
        if found:
            problems[path] = found
    assert problems == {}


SPLIT_INTERVALS = """(all) => all.filter((e) => {
  const [opens, closes] = e.querySelectorAll('time');
  return opens.getBoundingClientRect().top !== closes.getBoundingClientRect().top;
}).map((e) => e.textContent)"""


def test_a_clinic_card_shows_each_interval_on_one_line_on_a_desktop(open_page):
    """The closing time stays on the line of the opening time; a remark after it ("(by appointment only)")
    may wrap. Which clinics the home shows depends on the day and hour, so every interval gets the longest
    remark of the demo before the times are measured."""
    page = open_page(address("home"), DESKTOP)
    intervals = page.locator(".card .hours .interval")
    assert intervals.count() >= 4
    intervals.evaluate_all("""(all) => all.forEach((e) => {
      const remark = document.createElement('span');
      remark.className = 'remark';
      remark.textContent = '(1st and 3rd Saturday of the month)';
      e.append(' ', remark);
    })""")
    assert intervals.evaluate_all(SPLIT_INTERVALS) == []
    page.locator(".card").first.evaluate("(card) => { card.style.width = '9rem'; }")
    assert intervals.evaluate_all(SPLIT_INTERVALS) != []  # the measure can fail


def test_the_checks_can_fail(open_page):
    """A time split over two lines, a box wider than a phone, a short page and a header out of line are caught."""
    page = open_page(address("home"), DESKTOP)
    page.evaluate("""() => {
      const time = document.querySelector('.hours time');
      time.style.whiteSpace = 'normal';
      time.parentElement.style.cssText = 'display: inline-block; width: 2em';
      const wide = document.createElement('div');  // styled through the CSSOM: the CSP blocks style attributes
      wide.style.width = '3000px';
      wide.textContent = 'wide';
      document.querySelector('main').append(wide);
      document.querySelector('.brand').style.marginLeft = '9px';
      document.querySelector('.header-search').style.cssText = 'flex: 0 0 100%; max-width: none';
      document.querySelector('.header-row').style.flexWrap = 'wrap';
    }""")
    found = page.evaluate(PROBLEMS) + page.evaluate(DESKTOP_HEADER)
    assert any(problem.startswith("broken over two lines") for problem in found), found
    assert any(problem.startswith("page wider than the screen") for problem in found), found
    assert any(problem.startswith("past the right edge: <div") for problem in found), found
    assert "menu and search not in one row" in found and any(p.startswith("header indented") for p in found)
    page.evaluate("""() => { for (const e of document.querySelectorAll('main > *')) e.remove(); }""")
    page.set_viewport_size({"width": 1280, "height": 3000})
    assert "a band under the footer" not in page.evaluate(PROBLEMS)  # the footer follows the window down
    page.evaluate("() => { document.body.style.display = 'block'; }")
    assert "a band under the footer" in page.evaluate(PROBLEMS)
