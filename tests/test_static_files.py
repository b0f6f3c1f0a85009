"""Production static files: compressed, content-hashed, cached for a year, served by WhiteNoise."""

import io

import pytest
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client

from tests.pages import address


@pytest.fixture
def collected(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "staticfiles"
    settings.STORAGES = settings.STORAGES | {
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
    }
    call_command("collectstatic", interactive=False, verbosity=0, stdout=io.StringIO())
    return settings.STATIC_ROOT


def test_static_files_are_hashed_compressed_and_cached_for_a_year(collected, db, practice):
    url = static("css/site.css")
    assert url.startswith("/static/css/site.") and url.endswith(".css") and url != "/static/css/site.css"
    assert (collected / url.removeprefix("/static/")).with_suffix(".css.br").exists()
    browser = Client()
    response = browser.get(url, headers={"accept-encoding": "br, gzip"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert response["Content-Encoding"] == "br"
    assert "Accept-Encoding" in response["Vary"]
    # Pages link the hashed name, so a new stylesheet reaches patients at once.
    assert f'<link rel="stylesheet" href="{url}">' in browser.get(address("home")).content.decode()
