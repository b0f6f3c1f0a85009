"""The Nu HTML Checker finds no error on any public page, in either language, nor in the stylesheet."""

import json
import subprocess

import pytest

from tests.pages import every_public_page
from tests.tools import ROOT, VNU_JAR, require_vnu

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")


def test_every_page_and_the_stylesheet_are_valid(client, tmp_path):
    require_vnu()
    files = {}
    for n, path in enumerate(every_public_page()):
        response = client.get(path)
        assert response.status_code in {200, 404}, path
        file = tmp_path / f"page-{n:02d}.html"
        file.write_bytes(response.content)
        files[file.name] = path
    # A known error, so that a checker that reads nothing cannot pass the test.
    (tmp_path / "canary.html").write_text('<!doctype html><html lang="en"><title>x</title><img src="x.png">')
    files["canary.html"] = "canary"
    css = tmp_path / "site.css"
    css.write_bytes((ROOT / "static" / "css" / "site.css").read_bytes())
    files[css.name] = "static/css/site.css"
    result = subprocess.run(
        ["java", "-jar", VNU_JAR, "--errors-only", "--format", "json", "--also-check-css", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{files.get(m.get('url', '').rsplit('/', 1)[-1], m.get('url'))}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") == "error" or m.get("subType") == "fatal"
    ]
    assert errors == [
        "canary:0: An “img” element must have an “alt” attribute, except under certain conditions. "
        "For details, consult guidance on providing text alternatives for images."
    ]
    # 14 pages in each language, three 404 pages, the canary and the stylesheet.
    assert len(files) == 33
