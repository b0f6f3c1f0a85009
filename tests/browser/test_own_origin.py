"""Every page, in both languages, loads everything from the site itself: no script, style, font or picture
from another origin, whatever the stylesheet refers to."""

from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import DESKTOP, PHONE
from tests.pages import address, every_public_page


def elsewhere(requests, site):
    """The requests that went to another origin than the site's."""
    return [url for url in requests if urlsplit(url)[:2] != urlsplit(site)[:2]]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_page_loads_everything_from_the_site_itself(open_page, site, viewport):
    pages = every_public_page()
    assert len(pages) == 75  # 33 in each language, four searches, two prep sheets and three 404 pages
    for path in pages:
        page = open_page(path, viewport)  # after its load event: the stylesheet and whatever it refers to
        assert page.requests[0] == site + path
        assert any(urlsplit(url).path.endswith(".css") for url in page.requests), path  # its resources are seen
        assert elsewhere(page.requests, site) == [], path
        page.context.close()


def test_a_request_to_another_origin_is_noticed(open_page, site):
    """The check above can fail: a picture from another origin is caught."""
    page = open_page(address("home"))
    page.route("https://cdn.example/**", lambda route: route.fulfill(body=b""))  # nothing leaves the machine
    page.evaluate(
        """document.querySelector("main").insertAdjacentHTML("beforeend", '<img src="https://cdn.example/x.png">')"""
    )
    page.wait_for_load_state("networkidle")
    assert elsewhere(page.requests, site) == ["https://cdn.example/x.png"]
