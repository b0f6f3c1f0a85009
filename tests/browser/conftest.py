"""Real-browser tests: Debian's Chromium driven by Playwright against the live test server."""

import datetime
import os
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse
from playwright.sync_api import expect

from tests.tools import CHROMIUM, ROOT, require_chromium

SCREENSHOTS = ROOT / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
# The Front desk's rights (tests/test_roles.py checks the group the migrations make): given again by
# `front_desk_login`, as earlier browser tests emptied the database.
FRONT_DESK = {
    "locations": [
        f"{action}_{model}"
        for model in ["openinghours", "specialday", "specialhours", "hourschange", "openasusual"]
        for action in ["view", "add", "change", "delete"]
    ]
    + ["view_clinic", "change_clinic"],
    "practice": ["view_practice", "change_practice_contact"],
    "alerts": [f"{action}_alert" for action in ["view", "add", "change", "delete"]],
}
FRONT_DESK_PASSWORD = "a-long-password-2026"
BROWSER_LOCALES = {"en": "en-US", "es": "es-ES"}
# The browser's clock three hours ahead of the practice's (Pacific) time: the admin's clock widget would say
# so under every time.
ELSEWHERE = "America/New_York"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    require_chromium()
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session", autouse=True)
def allow_orm_beside_playwright():
    """Playwright's sync API runs an event loop in the test thread, where the ORM (test database set-up
    included) stays synchronous: Django must be told that this is fine, for the browser tests only."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def site(live_server, demo, time_machine):
    """The demo practice on a live server, on Monday 23 November 2026 at 10:00 in San Diego (time runs on)."""
    time_machine.move_to(datetime.datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("America/Los_Angeles")), tick=True)
    return live_server.url


@pytest.fixture
def open_page(browser, site):
    """open_page(path, viewport) -> a page of a fresh browser context (nothing cached), with console errors and
    the address of every request it made collected; `timezone_id` puts the browser's clock in another zone."""
    contexts = []

    def opener(path, viewport=PHONE, locale="en-US", timezone_id=None):
        context = browser.new_context(viewport=viewport, locale=locale, timezone_id=timezone_id)
        contexts.append(context)
        page = context.new_page()
        page.console_errors = []
        page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
        page.on("pageerror", lambda error: page.console_errors.append(str(error)))
        page.requests = []
        page.on("request", lambda request: page.requests.append(request.url))
        # Directions open Google Maps: answer for it here, so nothing leaves the machine.
        page.route("https://www.google.com/**", lambda route: route.fulfill(body="<title>Maps</title>map"))
        page.goto(site + path)
        return page

    yield opener
    for context in contexts:
        context.close()


@pytest.fixture
def front_desk_login(open_page, site):
    """log_in(viewport, lang) -> a page where a member of the Front desk is logged in to the admin, the
    browser's clock in another time zone."""
    group, _created = Group.objects.get_or_create(name="Front desk")
    for app, codenames in FRONT_DESK.items():
        group.permissions.add(*Permission.objects.filter(content_type__app_label=app, codename__in=codenames))
    User.objects.create_user("desk", password=FRONT_DESK_PASSWORD, is_staff=True).groups.add(group)

    def log_in(viewport, lang):
        page = open_page(reverse("admin:login"), viewport, BROWSER_LOCALES[lang], timezone_id=ELSEWHERE)
        page.fill("#id_username", "desk")
        page.fill("#id_password", FRONT_DESK_PASSWORD)
        page.click("input[type=submit]")
        expect(page.locator("#user-tools")).to_be_visible()
        return page

    return log_in


def screenshot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
