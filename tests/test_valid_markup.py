"""The Nu HTML Checker finds no error on any public page, in either language, nor in the stylesheet they link,
each as the site serves it."""

import pytest
from django.test import Client

from tests.pages import every_public_page, soup
from tests.tools import nu_errors, require_vnu

pytestmark = pytest.mark.usefixtures("monday_morning", "every_kind_of_day")


def served(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_every_page_and_the_stylesheet_are_valid(production_static_files, tmp_path):
    require_vnu()
    browser = Client()  # after the production static files are set up: WhiteNoise serves them
    files, stylesheets = {}, set()
    for n, path in enumerate(every_public_page()):
        response = browser.get(path)
        assert response.status_code in {200, 404}, path
        file = tmp_path / f"page-{n:02d}.html"
        file.write_bytes(response.content)
        files[file.name] = path
        stylesheets |= {link["href"] for link in soup(response).select('link[rel="stylesheet"]')}
    assert len(stylesheets) == 1, stylesheets  # the site's only stylesheet, linked from every page
    for n, url in enumerate(sorted(stylesheets)):
        response = browser.get(url)
        assert response.status_code == 200 and response["Content-Type"].startswith("text/css"), url
        file = tmp_path / f"stylesheet-{n}.css"
        file.write_bytes(served(response))
        files[file.name] = url
    # Known errors, so that a checker that reads nothing, or no stylesheet, cannot pass the test.
    (tmp_path / "canary.html").write_text('<!doctype html><html lang="en"><title>x</title><img src="x.png">')
    files["canary.html"] = "canary"
    (tmp_path / "canary.css").write_text("main { color: not-a-colour; }\n")
    files["canary.css"] = "canary.css"
    errors = [f"{files.get(name, name)}:{line}: {message}" for name, line, message in nu_errors(tmp_path, css=True)]
    assert sorted(errors) == [
        "canary.css:1: CSS: “color”: “not-a-colour” is not a “color” value.",
        "canary:0: An “img” element must have an “alt” attribute, except under certain conditions. "
        "For details, consult guidance on providing text alternatives for images.",
    ]
    # 33 pages in each language, four searches, two prep sheets, three 404 pages, the stylesheet and the two
    # canaries.
    assert len(files) == 78
