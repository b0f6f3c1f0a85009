"""Production static files: compressed, content-hashed, cached for a year, served by WhiteNoise."""

from django.templatetags.static import static
from django.test import Client

from tests.pages import address


def test_static_files_are_hashed_compressed_and_cached_for_a_year(production_static_files, practice):
    url = static("css/site.css")
    assert url.startswith("/static/css/site.") and url.endswith(".css") and url != "/static/css/site.css"
    assert (production_static_files / url.removeprefix("/static/")).with_suffix(".css.br").exists()
    browser = Client()
    response = browser.get(url, headers={"accept-encoding": "br, gzip"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert response["Content-Encoding"] == "br"
    assert "Accept-Encoding" in response["Vary"]
    # Pages link the hashed name, so a new stylesheet reaches patients at once.
    assert f'<link rel="stylesheet" href="{url}">' in browser.get(address("home")).content.decode()
