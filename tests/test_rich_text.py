"""Procedure sections are edited as rich text; only allow-listed HTML ever reaches a page."""

import pytest

from procedures.models import Procedure
from rich_text.fields import sanitize
from rich_text.templatetags.rich_text import rich_text
from tests.builders import make_procedure
from tests.pages import admin_url, form_data, soup

HOSTILE = (
    '<h2>Big</h2><p onclick="steal()">Hello <strong>bold</strong> <em>calm</em>'
    '<script>alert(1)</script><img src=x onerror="alert(2)">'
    '<a href="javascript:alert(3)">bad link</a> <a href="https://example.com/" target="_blank">good</a>'
    ' <a href="tel:+16195430144">call</a> <a href="mailto:care@example.com">mail</a></p>'
    '<iframe src="https://evil.example/"></iframe><style>body{display:none}</style>'
    '<ul><li style="color:red">one</li></ul><h3>Sub</h3><ol><li>two</li></ol>'
)


def test_only_the_allow_list_survives():
    assert sanitize(HOSTILE) == (
        "Big<p>Hello <strong>bold</strong> <em>calm</em>"
        '<a rel="noopener noreferrer">bad link</a> <a href="https://example.com/" rel="noopener noreferrer">good</a>'
        ' <a href="tel:+16195430144" rel="noopener noreferrer">call</a>'
        ' <a href="mailto:care@example.com" rel="noopener noreferrer">mail</a></p>'
        "<ul><li>one</li></ul><h3>Sub</h3><ol><li>two</li></ol>"
    )


@pytest.mark.parametrize("empty", ["", None, "<p></p>", "<p><br></p>", "<script>x</script>"])
def test_editor_leftovers_count_as_empty(empty):
    assert sanitize(empty) == ""


def test_saving_outside_forms_is_sanitised_in_every_language(db):
    procedure = make_procedure(risks_en=HOSTILE, risks_es='<p>Hola<script>alert("x")</script></p>')
    procedure.refresh_from_db()
    assert "<script" not in procedure.risks_en and "onerror" not in procedure.risks_en
    assert procedure.risks_es == "<p>Hola</p>"


def test_pages_sanitise_even_what_bypassed_the_model(db, client, practice):
    procedure = make_procedure(what_it_is_en="<p>Fine</p>")
    Procedure.objects.filter(pk=procedure.pk).update(what_it_is_en=HOSTILE)
    html = client.get(procedure.get_absolute_url()).content.decode()
    assert "alert(" not in html and "onerror" not in html and "<iframe" not in html
    assert '<a href="https://example.com/" rel="noopener noreferrer">good</a>' in html


def test_pasted_script_in_the_admin_never_reaches_the_page(db, staff_client, client, practice):
    procedure = make_procedure(what_it_is_en="<p>Old</p>")
    url = admin_url(procedure, "change")
    data = form_data(staff_client.get(url)) | {
        "what_it_is_en": HOSTILE,
        "how_long_es": "<p>Una hora<script>x()</script></p>",
    }
    assert staff_client.post(url, data).status_code == 302
    procedure.refresh_from_db()
    assert procedure.what_it_is_en == sanitize(HOSTILE)
    assert procedure.how_long_es == "<p>Una hora</p>"
    page = soup(client.get(procedure.get_absolute_url()))
    assert page.select("main script") == []
    assert page.select_one("#what-it-is").find_next("div").select("strong, em, ul, ol, h3")


def test_sections_are_edited_with_a_rich_text_editor_served_locally(db, staff_client):
    page = soup(staff_client.get(admin_url(Procedure, "add")))
    for lang in ["en", "es"]:
        textarea = page.select_one(f"textarea[name=what_it_is_{lang}]")
        assert textarea.has_attr("data-django-prose-editor-configurable")
    sources = [tag.get("src") or tag.get("href") for tag in page.select("script[src], link[href]")]
    assert any("django_prose_editor/" in src for src in sources)
    assert all(src.startswith("/") and not src.startswith("//") for src in sources), sources
    importmap = page.select_one('script[type="importmap"]').string
    assert "http" not in importmap


def test_text_right_under_the_page_title_starts_its_headings_at_h2():
    """A notice's text sits under the page's h1: the editor's first heading level becomes h2 there, so that
    no level is skipped; under a procedure's section (an h2) it stays h3."""
    html = "<h3>Your rights</h3><p>Text.</p><h4>Copies</h4><p>More.</p>"
    assert rich_text(html, 2) == "<h2>Your rights</h2><p>Text.</p><h3>Copies</h3><p>More.</p>"
    assert rich_text(html) == html
