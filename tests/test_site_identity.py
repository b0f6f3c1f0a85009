"""The practice's icon and web app manifest: every page names them, and each file they name is served."""

import json

import pytest
from django.test import Client

from practice.models import Practice
from tests.pages import address, every_public_page, soup

pytestmark = pytest.mark.django_db


def test_every_page_links_the_icons_the_manifest_and_the_theme_colour(client):
    for path in every_public_page():
        head = soup(client.get(path)).head
        icon = head.select_one('link[rel="icon"]')
        assert icon["type"] == "image/svg+xml" and icon["href"].endswith(".svg"), path
        assert head.select_one('link[rel="apple-touch-icon"]')["href"].endswith(".png"), path
        assert head.select_one('link[rel="manifest"]')["href"] == f"/{path.split('/')[1]}/manifest.webmanifest", path
        assert head.select_one('meta[name="theme-color"]')["content"] == "#0b5d7a", path


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_manifest_names_the_practice_its_home_page_and_icons_that_exist(
    production_static_files, practice, language
):
    response = Client().get(f"/{language}/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == practice.name
    assert manifest["lang"] == language and manifest["start_url"] == address("home", language)
    sizes = {icon["sizes"]: icon for icon in manifest["icons"]}
    assert set(sizes) == {"192x192", "512x512", "any"}
    for icon in manifest["icons"]:
        served = Client().get(icon["src"])
        assert served.status_code == 200, icon
        assert served["Content-Type"] == icon["type"]


def test_the_icons_are_also_at_the_site_s_root():
    for path, kind in [("/favicon.ico", "image/"), ("/apple-touch-icon.png", "image/png")]:
        response = Client().get(path)
        assert response.status_code == 200, path
        assert response["Content-Type"].startswith(kind)


def test_the_manifest_is_a_404_before_the_practice_is_entered(client):
    Practice.objects.all().delete()
    assert client.get("/en/manifest.webmanifest").status_code == 404
