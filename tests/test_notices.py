"""The notices the law asks for: linked from every page's footer in its language, dated, with the Section 1557
coordinator and the language taglines; PDF copies checked; staff edit them but never delete one."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from notices import models as notice_models
from notices.models import Notice
from tests.pages import address, admin_url, clinic_page, form_data, procedure_page, soup, text, url_in

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

ENGLISH_TITLES = [
    "Notice of Nondiscrimination",
    "Language Assistance Services",
    "Notice of Privacy Practices",
    "Website Privacy Policy",
    "Accessibility Statement",
    "Right to a Good Faith Estimate",
    "Your Rights and Protections Against Surprise Medical Bills",
    "Open Payments Database",
]
SPANISH_TITLES = [
    "Aviso de no discriminación",
    "Servicios de asistencia lingüística",
    "Aviso de prácticas de privacidad",
    "Política de privacidad del sitio web",
    "Declaración de accesibilidad",
    "Derecho a una estimación de buena fe",
    "Sus derechos y protecciones contra las facturas médicas sorpresa",
    "Base de datos Open Payments",
]
A_PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def notice(kind):
    return Notice.objects.get(kind=kind)


def footer_links(response):
    return [(a.get_text(), a["href"]) for a in soup(response).select(".footer-notices a")]


def some_pages(lang):
    return [
        address("home", lang),
        address("providers:list", lang),
        address("notices:list", lang),
        clinic_page("chula-vista", lang),
        procedure_page("medial-branch-rhizotomy", lang),
        url_in(lang, notice("accessibility")),
        "/en/nowhere/" if lang == "en" else "/es/ninguna-parte/",
    ]


def notice_form(browser, kind):
    url = admin_url(notice(kind), "change")
    response = browser.get(url)
    assert response.status_code == 200
    return url, form_data(response)


def field_errors(response, field):
    return [li.get_text() for li in soup(response).select(f".field-{field} .errorlist li")]


# Footer


@pytest.mark.parametrize(("lang", "titles"), [("en", ENGLISH_TITLES), ("es", SPANISH_TITLES)])
def test_every_pages_footer_links_to_all_eight_notices_in_its_language(client, lang, titles):
    expected = [(title, url_in(lang, n)) for title, n in zip(titles, Notice.in_order(), strict=True)]
    for path in some_pages(lang):
        response = client.get(path)
        assert response.status_code in {200, 404}, path
        assert footer_links(response) == expected, path


def test_the_spanish_footer_links_to_spanish_addresses(client):
    links = footer_links(client.get(address("home", "es")))
    assert len(links) == 8
    assert all(href.startswith("/es/avisos/") for _title, href in links)
    assert ("Aviso de no discriminación", "/es/avisos/aviso-de-no-discriminacion/") in links
    assert ("Servicios de asistencia lingüística", "/es/avisos/asistencia-linguistica/") in links


def test_the_footer_marks_the_notice_being_read(client):
    page = soup(client.get(url_in("es", notice("accessibility"))))
    [current] = page.select(".footer-notices a[aria-current=page]")
    assert current.get_text() == "Declaración de accesibilidad"


def test_the_notice_list_links_every_notice_in_both_languages(client):
    for path, titles in [("/en/notices/", ENGLISH_TITLES), ("/es/avisos/", SPANISH_TITLES)]:
        response = client.get(path)
        assert response.status_code == 200
        listed = [a.get_text() for a in soup(response).select("ul.procedure-links > li > a")]
        assert listed == titles
    assert client.get("/es/notices/").status_code == 404


# Each notice page


def effective_dates(client, lang):
    return {
        kind: soup(client.get(url_in(lang, notice(kind)))).select_one(".effective-date").get_text()
        for kind in Notice.ORDER
    }


def test_each_notice_page_shows_its_effective_date_in_spanish(client):
    assert effective_dates(client, "es") == dict.fromkeys(
        Notice.ORDER, "Fecha de entrada en vigor: 1 de noviembre de 2026"
    )


def test_each_notice_page_shows_its_effective_date_in_english_with_the_month_in_full(client):
    """The notices are dated as the rest of the site writes dates, month in full ("Thursday, November 26")."""
    assert effective_dates(client, "en") == dict.fromkeys(Notice.ORDER, "Effective date: November 1, 2026")


def test_a_notice_without_an_effective_date_shows_none(client):
    Notice.objects.filter(kind="open_payments").update(effective_date=None)
    page = soup(client.get(url_in("en", notice("open_payments"))))
    assert page.select(".effective-date") == []
    assert page.h1.get_text() == "Open Payments Database"


@pytest.mark.parametrize(
    ("lang", "heading", "title", "labels"),
    [
        ("en", "Section 1557 Coordinator", "Section 1557 Coordinator: Practice Manager", ["Phone:", "Email:", "Mail:"]),
        (
            "es",
            "Coordinación de la Sección 1557",
            "Coordinación de la Sección 1557: gerente de la práctica",
            ["Teléfono:", "Correo electrónico:", "Correo postal:"],
        ),
    ],
)
def test_the_nondiscrimination_notice_shows_the_section_1557_coordinator(client, lang, heading, title, labels):
    page = soup(client.get(url_in(lang, notice("nondiscrimination"))))
    block = page.select_one("section.notice-contact")
    assert block.h2.get_text() == heading
    contact = " ".join(block.address.get_text(" ").split())
    assert title in contact
    assert "3549 Camino del Rio South, Suite A, San Diego, CA 92108" in contact
    for label in labels:
        assert label in contact, label
    links = {a["href"]: a.get_text() for a in block.select("a")}
    assert links == {
        "tel:+16195430144": "619-543-0144",
        "tel:711": "711",
        "mailto:civilrights@example.com": "civilrights@example.com",
    }


def test_the_admin_refuses_the_nondiscrimination_notice_without_the_coordinators_email(staff_client):
    url, data = notice_form(staff_client, "nondiscrimination")
    response = staff_client.post(url, data | {"contact_email": "", "name_en": "Changed title"})
    assert response.status_code == 200
    assert field_errors(response, "contact_email") == [
        "The Section 1557 coordinator's contact details are required on this notice."
    ]
    unchanged = notice("nondiscrimination")
    assert (unchanged.contact_email, unchanged.name_en) == ("civilrights@example.com", "Notice of Nondiscrimination")


def test_other_notices_may_leave_the_contact_empty(staff_client, client):
    url, data = notice_form(staff_client, "open_payments")
    blank = {"contact_title_en": "", "contact_title_es": "", "contact_phone": "", "contact_email": ""}
    assert staff_client.post(url, data | blank | {"contact_address": ""}).status_code == 302
    assert soup(client.get(url_in("en", notice("open_payments")))).select("section.notice-contact") == []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_language_assistance_notice_lists_taglines_in_fifteen_other_languages(client, lang):
    page = soup(client.get(url_in(lang, notice("language_assistance"))))
    taglines = page.select("ul.taglines > li")
    languages = [li["lang"] for li in taglines]
    assert len(set(languages)) >= 15
    assert lang not in languages
    assert {"pa", "km", "hmn", "hi", "th", "zh-Hant", "vi", "ko", "tl", "ar", "fa"} <= set(languages)
    assert {"en", "es"} - {lang} <= set(languages)
    directions = {li["lang"]: li["dir"] for li in taglines}
    assert {tag for tag, direction in directions.items() if direction == "rtl"} == {"ar", "fa"}
    assert set(directions.values()) == {"ltr", "rtl"}
    for li in taglines:
        phone = li.select_one("a[href^='tel:']")
        assert (phone["href"], phone.get_text(), phone["dir"]) == ("tel:+16195430144", "619-543-0144", "ltr")
        assert "711" in li.get_text()


def test_the_language_assistance_taglines_are_written_in_their_own_scripts(client):
    page = soup(client.get(url_in("en", notice("language_assistance"))))
    names = {li["lang"]: li.strong.get_text() for li in page.select("ul.taglines > li")}
    assert names["km"] == "ខ្មែរ" and names["pa"] == "ਪੰਜਾਬੀ" and names["hmn"] == "Hmoob"
    assert names["es"] == "Español"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/en/language-assistance/", "/en/notices/language-assistance/"),
        ("/es/asistencia-con-el-idioma/", "/es/avisos/asistencia-linguistica/"),
    ],
)
def test_the_old_language_assistance_address_redirects_permanently(client, old, new):
    response = client.get(old)
    assert (response.status_code, response["Location"]) == (301, new)
    assert client.get(new).status_code == 200


def test_a_notice_slug_from_the_other_language_redirects(client):
    response = client.get("/en/notices/asistencia-linguistica/")
    assert (response.status_code, response["Location"]) == (301, "/en/notices/language-assistance/")


# PDF copies


def upload(staff_client, document):
    url, data = notice_form(staff_client, "open_payments")
    return staff_client.post(url, data | {"document": document})


def test_a_pdf_copy_is_accepted_and_linked_from_the_page(staff_client, client):
    response = upload(staff_client, SimpleUploadedFile("privacy.pdf", A_PDF, content_type="application/pdf"))
    assert response.status_code == 302, soup(response).select(".errorlist")
    stored = notice("open_payments").document
    assert stored.name.startswith("notices/") and stored.name.endswith(".pdf")
    with stored.open("rb") as saved:
        assert saved.read() == A_PDF
    for lang, label in [("en", "Download this notice (PDF)"), ("es", "Descargar este aviso (PDF)")]:
        [link] = soup(client.get(url_in(lang, notice("open_payments")))).select("a[type='application/pdf']")
        assert (link["href"], link.get_text()) == (stored.url, label)
        assert link.has_attr("download")


def test_a_notice_with_a_pdf_copy_can_be_saved_again(staff_client):
    """The PDF's checks read the stored file again when the rest of the notice is changed."""
    with_pdf = notice("open_payments")
    with_pdf.document.save("open-payments.pdf", ContentFile(A_PDF))
    url, data = notice_form(staff_client, "open_payments")
    response = staff_client.post(url, data | {"summary_es": "Resumen nuevo."})
    assert response.status_code == 302, soup(response).select(".errorlist")
    changed = notice("open_payments")
    assert (changed.summary_es, changed.document.name) == ("Resumen nuevo.", with_pdf.document.name)


def test_a_file_named_pdf_that_is_not_a_pdf_is_refused(staff_client):
    fake = SimpleUploadedFile("privacy.pdf", b"<html><body>Not a PDF</body></html>", content_type="application/pdf")
    response = upload(staff_client, fake)
    assert response.status_code == 200
    assert field_errors(response, "document") == ["This file is not a PDF. Upload the notice as a PDF file."]
    assert not notice("open_payments").document


def test_an_oversized_pdf_is_refused(staff_client, monkeypatch):
    monkeypatch.setattr(notice_models, "MAX_DOCUMENT_BYTES", len(A_PDF) - 1)
    response = upload(staff_client, SimpleUploadedFile("privacy.pdf", A_PDF, content_type="application/pdf"))
    assert response.status_code == 200
    assert field_errors(response, "document") == ["The PDF is larger than 10 MB. Save it smaller and upload it again."]
    assert not notice("open_payments").document


def test_a_pdf_exactly_at_the_limit_is_accepted(staff_client, monkeypatch):
    monkeypatch.setattr(notice_models, "MAX_DOCUMENT_BYTES", len(A_PDF))
    response = upload(staff_client, SimpleUploadedFile("privacy.pdf", A_PDF, content_type="application/pdf"))
    assert response.status_code == 302
    assert notice("open_payments").document


def test_an_html_file_is_refused(staff_client):
    page = SimpleUploadedFile("privacy.html", b"<html><body>Privacy</body></html>", content_type="text/html")
    response = upload(staff_client, page)
    assert response.status_code == 200
    errors = field_errors(response, "document")
    assert "File extension “html” is not allowed. Allowed extensions are: pdf." in errors
    assert not notice("open_payments").document


def test_a_pdf_renamed_to_html_is_refused_by_its_name(staff_client):
    response = upload(staff_client, SimpleUploadedFile("privacy.html", A_PDF, content_type="text/html"))
    assert response.status_code == 200
    assert field_errors(response, "document") == ["File extension “html” is not allowed. Allowed extensions are: pdf."]


# Admin rules


def test_no_one_can_delete_a_notice_not_even_a_superuser(staff_client):
    target = notice("open_payments")
    assert staff_client.get(admin_url(target, "delete")).status_code == 403
    assert staff_client.post(admin_url(target, "delete"), {"post": "yes"}).status_code == 403
    changelist = soup(staff_client.get(admin_url(Notice)))
    assert changelist.select("select[name=action] option[value=delete_selected]") == []
    response = staff_client.post(
        admin_url(Notice), {"action": "delete_selected", "_selected_action": [target.pk], "post": "yes"}
    )
    assert response.status_code in {200, 302}
    assert Notice.objects.count() == 8


def test_no_notice_can_be_added_while_every_kind_exists(staff_client):
    assert staff_client.get(admin_url(Notice, "add")).status_code == 403
    assert "addlink" not in str(soup(staff_client.get(admin_url(Notice))).select(".object-tools"))


def test_a_second_notice_of_an_existing_kind_is_refused(staff_client):
    Notice.objects.filter(kind="open_payments").delete()
    add = admin_url(Notice, "add")
    response = staff_client.get(add, {"kind": "open_payments"})
    assert response.status_code == 200
    data = form_data(response) | {
        "kind": "nondiscrimination",
        "name_en": "Another nondiscrimination notice",
        "slug_en": "another-nondiscrimination-notice",
        "summary_en": "Again.",
        "body_en": "<p>Again.</p>",
        "contact_title_en": "Coordinator",
        "contact_phone": "619-543-0144",
        "contact_email": "again@example.com",
        "contact_address": "1 Main Street",
    }
    response = staff_client.post(add, data)
    assert response.status_code == 200
    assert field_errors(response, "kind") == ["Notice with this Kind of notice already exists."]
    assert Notice.objects.count() == 7


def test_the_missing_kind_can_be_added_again(staff_client, client):
    Notice.objects.filter(kind="open_payments").delete()
    add = admin_url(Notice, "add")
    response = staff_client.get(add, {"kind": "open_payments"})
    assert soup(response).select_one("select[name=kind] option[selected]")["value"] == "open_payments"
    data = form_data(response) | {
        "name_en": "Open Payments Database",
        "name_es": "Base de datos Open Payments",
        "slug_en": "open-payments",
        "slug_es": "open-payments",
        "summary_en": "Payments to physicians.",
        "summary_es": "Pagos a médicos.",
        "body_en": "<p>See openpaymentsdata.cms.gov.</p>",
        "body_es": "<p>Consulte openpaymentsdata.cms.gov.</p>",
        "effective_date": "2026-12-01",
    }
    response = staff_client.post(add, data)
    assert response.status_code == 302, soup(response).select(".errorlist")
    assert "Consulte openpaymentsdata.cms.gov." in text(client.get("/es/avisos/open-payments/"))


def test_a_notices_kind_cannot_be_changed(staff_client):
    url, data = notice_form(staff_client, "open_payments")
    assert "kind" not in data
    assert staff_client.post(url, data | {"kind": "nondiscrimination"}).status_code == 302
    assert Notice.objects.filter(kind="open_payments").exists()
    assert Notice.objects.filter(kind="nondiscrimination").count() == 1


def test_a_content_editor_edits_a_notices_spanish_text(editor, client):
    client.get(url_in("es", notice("accessibility")))  # the page is cached before the change
    url, data = notice_form(editor, "accessibility")
    response = editor.post(url, data | {"body_es": "<p>Texto nuevo sobre accesibilidad.</p>"})
    assert response.status_code == 302, soup(response).select(".errorlist")
    assert "Texto nuevo sobre accesibilidad." in text(client.get(url_in("es", notice("accessibility"))))
    assert "Texto nuevo sobre accesibilidad." not in text(client.get(url_in("en", notice("accessibility"))))


def test_a_content_editor_cannot_delete_a_notice(editor):
    assert editor.get(admin_url(notice("accessibility"), "delete")).status_code == 403
    assert Notice.objects.count() == 8


def test_front_desk_cannot_see_or_edit_notices(front_desk):
    assert front_desk.get(admin_url(Notice)).status_code == 403
    target = notice("accessibility")
    assert front_desk.get(admin_url(target, "change")).status_code == 403
    response = front_desk.post(admin_url(target, "change"), {"body_es": "<p>Hola</p>"})
    assert response.status_code == 403
    assert "Hola" not in notice("accessibility").body_es


def test_the_admin_marks_demo_notices_as_sample_text(staff_client):
    page = soup(staff_client.get(admin_url(notice("open_payments"), "change")))
    messages = [note.get_text(strip=True) for note in page.select(".demo-note")]
    assert messages == [
        "Sample text: Written for the demo practice. Have the text reviewed for your practice (by your "
        "compliance officer or lawyer), then untick this."
    ]


def test_a_reviewed_notice_is_no_longer_marked(staff_client):
    Notice.objects.filter(kind="open_payments").update(demo=False)
    page = soup(staff_client.get(admin_url(notice("open_payments"), "change")))
    assert page.select(".demo-note") == []
