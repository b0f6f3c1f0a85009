"""Visit details per clinic: parking, transit, the entrance (with a photo), accessibility features and the
languages the staff speak, under "Getting here" in both languages and in the clinic's JSON-LD."""

import pytest

from locations.models import Clinic
from tests.builders import image_upload
from tests.pages import admin_url, clinic_page, form_data, json_ld, soup, text

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")


def getting_here(client, slug, lang):
    section = soup(client.get(clinic_page(slug, lang))).select_one("section.getting-here")
    return section and " | ".join(section.stripped_strings)


def test_the_clinic_page_says_how_to_get_there_and_in_in_both_languages(client):
    assert getting_here(client, "escondido", "en") == (
        "Getting here | Parking | Free parking in the lot next to the building. Accessible spaces are by the front "
        "walk. | Public transit | The Escondido Transit Center (NCTD BREEZE buses and the SPRINTER train) is a "
        "short walk away. Plan your trip at gonctd.com. | The entrance | Suite C is on the ground floor, through "
        "the main door on Mission Avenue. | Accessibility | Step-free entrance: yes | Accessible restroom: yes | "
        "Languages | Our staff here speak: English, Spanish"
    )
    spanish = getting_here(client, "escondido", "es")
    assert spanish.startswith("Cómo llegar | Estacionamiento | Estacionamiento gratuito en el lote junto al edificio.")
    assert "Entrada sin escalones: sí | Baño accesible: sí" in spanish
    assert spanish.endswith("Nuestro personal aquí habla: inglés, español")


def test_a_feature_left_unknown_is_not_shown_and_a_missing_one_says_no(client):
    Clinic.objects.filter(slug_en="san-diego").update(elevator=False, wheelchairs_available=None)
    details = getting_here(client, "san-diego", "en")
    assert "Elevator: no" in details and "Wheelchairs" not in details


def test_a_clinic_without_visit_details_has_no_such_section(client):
    Clinic.objects.filter(slug_en="chula-vista").update(
        parking_en="", parking_es="", transit_en="", transit_es="", entrance_en="", entrance_es="",
        step_free_entrance=None, elevator=None, accessible_restroom=None, wheelchairs_available=None,
        staff_languages=[],
    )  # fmt: skip
    assert getting_here(client, "chula-vista", "en") is None


def test_the_clinic_json_ld_carries_its_features_and_the_languages_spoken(client):
    data = json_ld(client.get(clinic_page("escondido")))
    assert data["amenityFeature"] == [
        {"@type": "LocationFeatureSpecification", "name": "Step-free entrance", "value": True},
        {"@type": "LocationFeatureSpecification", "name": "Accessible restroom", "value": True},
    ]
    assert data["contactPoint"]["availableLanguage"] == ["en", "es"]


def test_a_content_editor_adds_the_entrance_photo_with_its_description(editor, client):
    url = admin_url(Clinic.objects.get(slug_en="chula-vista"), "change")
    data = form_data(editor.get(url)) | {"entrance_picture": image_upload("door.jpg", size=(1200, 800))}
    response = editor.post(url, data)
    assert response.status_code == 200
    assert "Describe the picture in Spanish for patients who cannot see it." in text(response)
    data |= {
        "entrance_picture": image_upload("door.jpg", size=(1200, 800)),
        "entrance_picture_alt_en": "A glass door with the number 535 above it",
        "entrance_picture_alt_es": "Una puerta de vidrio con el número 535 encima",
    }
    assert editor.post(url, data).status_code == 302
    photo = soup(client.get(clinic_page("chula-vista", "es"))).select_one("section.getting-here img")
    assert photo["alt"] == "Una puerta de vidrio con el número 535 encima"
    clinic = Clinic.objects.get(slug_en="chula-vista")
    assert photo["src"].endswith(".jpg") and clinic.entrance_picture.name.startswith("locations/door-")
    assert not clinic.picture  # the clinic's own photo stays as it was


def test_the_front_desk_edits_the_visit_details_and_the_admin_marks_demo_ones(front_desk, client):
    url = admin_url(Clinic.objects.get(slug_en="escondido"), "change")
    page = soup(front_desk.get(url))
    assert "Demo visit details:" in page.select_one(".demo-note").get_text()
    data = form_data(front_desk.get(url)) | {
        "parking_en": "Park on Broadway.",
        "parking_es": "Estacione en Broadway.",
        "staff_languages": ["en", "es", "vi"],
    }
    del data["demo"]  # unticked: the details are real now
    assert front_desk.post(url, data).status_code == 302
    assert "Estacione en Broadway." in getting_here(client, "escondido", "es")
    assert "inglés, español, vietnamita" in getting_here(client, "escondido", "es")
    assert soup(front_desk.get(url)).select_one(".demo-note") is None
