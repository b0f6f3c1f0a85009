"""Drafts stay hidden from patients; staff preview them from the admin in both languages."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from procedures.models import Procedure
from tests.pages import admin_url, procedure_page, soup, url_in

pytestmark = pytest.mark.usefixtures("demo")


@pytest.fixture
def draft(db):
    Procedure.objects.filter(slug="spinal-cord-stimulation").update(published=False)
    return Procedure.objects.get(slug="spinal-cord-stimulation")


def test_drafts_are_not_found_by_patients(client, draft):
    for lang in ["en", "es"]:
        assert client.get(url_in(lang, draft)).status_code == 404


def test_admin_links_to_a_preview_in_both_languages(staff_client, draft):
    page = soup(staff_client.get(admin_url(draft, "change")))
    links = [a["href"] for a in page.select(".field-preview a")]
    assert links == [procedure_page("spinal-cord-stimulation"), procedure_page("spinal-cord-stimulation", "es")]
    for link, notice in zip(links, ["Preview: this procedure is not published.", "Vista previa: este"], strict=True):
        response = staff_client.get(link)
        assert response.status_code == 200
        assert soup(response).select_one(".preview-note").get_text().startswith(notice)


def test_staff_without_procedure_rights_cannot_preview(draft):
    user = User.objects.create_user("desk", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Front desk"))
    browser = Client()
    browser.force_login(user)
    assert browser.get(procedure_page("spinal-cord-stimulation")).status_code == 404


def test_published_pages_have_no_preview_notice(staff_client):
    assert soup(staff_client.get(procedure_page("medial-branch-block"))).select(".preview-note") == []
