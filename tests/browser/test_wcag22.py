"""What WCAG 2.2 AA adds to 2.1 and axe can check only in part, measured in Chromium on every public page, in both
languages, on a phone and a desktop: the target size of links and buttons (2.5.8), focus never hidden under a
sticky element (2.4.11), help in the same place on every page (3.2.6); and an admin login that takes a pasted
or remembered password (3.3.8). Each check has a test that shows it can fail."""

import pytest
from django.urls import reverse

from tests.browser.conftest import DESKTOP, PHONE
from tests.pages import address, every_public_page

# 2.5.8 Target Size (Minimum): each target is at least 24 x 24 CSS pixels, unless it is a link in a sentence
# (inline, in a block with text of its own), or a 24 px circle on its centre touches no other target nor the
# circle of another small one (the spacing exception). Each failure as "text: width x height".
SMALL_TARGETS = """() => {
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0
    && getComputedStyle(el).visibility !== 'hidden'; };
  const targets = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
    .filter(visible);
  const inSentence = (el) => getComputedStyle(el).display === 'inline'
    && el.parentElement.textContent.trim().length > el.textContent.trim().length;
  const box = (el) => el.getBoundingClientRect();
  const centre = (r) => [r.left + r.width / 2, r.top + r.height / 2];
  const distance = ([x, y], r) =>
    Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  const small = targets.filter((el) => (box(el).width < 24 || box(el).height < 24) && !inSentence(el));
  return small.filter((el) => {
    const c = centre(box(el));
    return targets.some((other) => other !== el && !other.contains(el) && !el.contains(other) && (
      distance(c, box(other)) < 12
      || (small.includes(other) && Math.hypot(c[0] - centre(box(other))[0], c[1] - centre(box(other))[1]) < 24)));
  }).map((el) => {
    const r = box(el);
    return `${(el.textContent || el.name || el.tagName).trim()}: ${Math.round(r.width)} x ${Math.round(r.height)}`;
  });
}"""

# 2.4.11 Focus Not Obscured (Minimum): each element that takes the keyboard's focus, once focused (the browser
# scrolls it into view as Tab does), is not entirely hidden by other content: a point of it, its centre or a
# corner, is the topmost thing on the screen there.
HIDDEN_FOCUS = """() => {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
  const focusable = [...document.querySelectorAll(selector)]
    .filter((el) => !el.disabled && el.getClientRects().length);
  const hidden = [];
  for (const el of focusable) {
    el.focus();
    const r = el.getBoundingClientRect();
    const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 1, r.top + 1], [r.right - 1, r.top + 1],
                    [r.left + 1, r.bottom - 1], [r.right - 1, r.bottom - 1]];
    const seen = points.some(([x, y]) => el.contains(document.elementFromPoint(x, y)));
    if (!seen) hidden.push((el.textContent || el.name || el.tagName).trim());
  }
  document.activeElement.blur();
  return {checked: focusable.length, hidden};
}"""

# 3.2.6 Consistent Help: the ways to reach a person (the call link in the header, the phone number, the
# notices and the emergency line in the footer), in the order they come and where they are (before or after
# the page's own content).
HELP = """() => {
  const main = document.querySelector('main');
  const where = (el) => main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING ? 'before' : 'after';
  const help = [...document.querySelectorAll('header a[href^="tel:"], footer a[href^="tel:"], footer nav a')]
    .map((a) => `${where(a)} the page: ${a.closest('header, footer').tagName.toLowerCase()} ${a.getAttribute('href')}`);
  const note = document.querySelector('footer .footer-note');
  if (note) help.push(`${where(note)} the page: footer ${note.textContent.trim()}`);
  return help;
}"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_link_and_button_is_big_enough_and_never_hidden_when_focused(open_page, site, viewport):
    page = open_page(address("home"), viewport)
    small, hidden, checked = {}, {}, 0
    for path in every_public_page():
        page.goto(site + path)
        if found := page.evaluate(SMALL_TARGETS):
            small[path] = found
        focus = page.evaluate(HIDDEN_FOCUS)
        checked += focus["checked"] > 10
        if focus["hidden"]:
            hidden[path] = focus["hidden"]
    assert small == {}
    assert hidden == {}
    assert checked == len(every_public_page())  # every page has its header's links and more to focus


def test_the_help_is_in_the_same_place_on_every_page(open_page, site):
    page = open_page(address("home"))
    for lang in ["en", "es"]:
        page.goto(site + address("home", lang))
        expected = page.evaluate(HELP)
        assert expected[0].startswith("before the page: header tel:+1")
        assert expected[-1].startswith("after the page: footer ") and "911" in expected[-1]
        for path in every_public_page():
            if path.startswith(f"/{lang}/"):
                page.goto(site + path)
                assert page.evaluate(HELP) == expected, path


def test_small_targets_are_found(open_page):
    """Two 12 px icons side by side fail; the same icons with room around them, and a link in a sentence, pass."""
    page = open_page(address("home"))
    page.evaluate("""() => {
        const main = document.querySelector('main');
        const icon = (text, left) => {
            const a = document.createElement('a');
            a.href = '#'; a.textContent = text;
            Object.assign(a.style, {display: 'inline-block', width: '12px', height: '12px', overflow: 'hidden',
                                    position: 'absolute', top: '300px', left: left});
            main.append(a);
        };
        icon('close', '100px'); icon('open', '114px'); icon('alone', '300px');
        const sentence = document.createElement('p');
        const link = Object.assign(document.createElement('a'), {href: '#', textContent: 'notice'});
        sentence.append('Read the ', link, '.');
        main.append(sentence);
    }""")
    assert sorted(page.evaluate(SMALL_TARGETS)) == ["close: 12 x 12", "open: 12 x 12"]


def test_focus_hidden_under_a_sticky_bar_is_found(open_page):
    page = open_page(address("home"), PHONE)
    assert page.evaluate(HIDDEN_FOCUS)["hidden"] == []
    page.evaluate("""() => {
        const bar = document.createElement('div');
        Object.assign(bar.style, {position: 'fixed', inset: 0, background: '#fff'});
        document.body.append(bar);
    }""")
    result = page.evaluate(HIDDEN_FOCUS)
    # All but the skip link, which comes to the front when focused.
    assert "Skip to main content" not in result["hidden"]
    assert len(result["hidden"]) == result["checked"] - 1 > 10


def test_help_that_moves_is_found(open_page, site):
    page = open_page(address("home"))
    expected = page.evaluate(HELP)
    page.evaluate("() => document.querySelector('main').append(document.querySelector('header a[href^=\"tel:\"]'))")
    assert page.evaluate(HELP) != expected


def test_the_admin_login_takes_a_pasted_or_remembered_password(open_page, site, admin_user):
    """3.3.8 Accessible Authentication (Minimum): no puzzle, no test to pass, and nothing stops a password manager
    (the fields say what they hold) or a paste."""
    page = open_page(reverse("admin:login"), DESKTOP)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    username, password = page.locator("#id_username"), page.locator("#id_password")
    assert username.get_attribute("autocomplete") == "username"
    assert password.get_attribute("autocomplete") == "current-password"
    assert page.locator("form#login-form img, form#login-form iframe, form#login-form canvas").count() == 0
    for field, text in [(username, "admin"), (password, "password")]:
        page.evaluate("(text) => navigator.clipboard.writeText(text)", text)
        field.focus()
        page.keyboard.press("ControlOrMeta+V")
        assert field.input_value() == text
    page.locator("input[type=submit]").click()
    assert page.url.endswith(reverse("admin:index"))


def test_a_login_that_refuses_a_paste_is_found(open_page, site):
    page = open_page(reverse("admin:login"), DESKTOP)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.evaluate("() => document.querySelector('#id_password').addEventListener('paste', (e) => e.preventDefault())")
    page.evaluate("navigator.clipboard.writeText('password')")
    page.locator("#id_password").focus()
    page.keyboard.press("ControlOrMeta+V")
    assert page.locator("#id_password").input_value() == ""
