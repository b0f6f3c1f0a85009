"""Reading levels shown to staff: syllables counted right in both languages, the Flesch-Kincaid grade and
the INFLESZ score on known texts, and the admin's list and form showing them against the targets."""

import pytest

from conditions.models import Condition
from procedures.models import Procedure
from readability.scores import english_syllables, flesch_kincaid_grade, inflesz, spanish_syllables
from tests.builders import make_procedure
from tests.pages import admin_url, soup

SPANISH = {
    # Words a hyphenation dictionary splits too little: hiatus, accented weak vowels, final y.
    "aguja": 3,
    "área": 3,
    "aéreo": 4,
    "país": 2,
    "río": 2,
    "rizotomía": 5,
    "ciudad": 2,
    "guitarra": 3,
    "leer": 2,
    "muy": 1,
    "hoy": 1,
    "y": 1,
    "oye": 2,
    "radiofrecuencia": 5,
    "inyección": 3,
    "anestesia": 4,
    "médula": 3,
    "estimulación": 5,
    "que": 1,
}
ENGLISH = {
    "the": 1,
    "nerve": 1,
    "pulse": 1,
    "simple": 2,
    "burned": 1,
    "takes": 1,
    "injection": 3,
    "procedure": 3,
    "radiofrequency": 6,
    "anesthesia": 5,
    "question": 2,
    "sedation": 3,
    "stimulation": 4,
    "medicine": 3,
    "people": 2,
    "diabetes": 3,
}


@pytest.mark.parametrize(("word", "count"), SPANISH.items())
def test_spanish_syllables(word, count):
    assert spanish_syllables(word) == count


@pytest.mark.parametrize(("word", "count"), ENGLISH.items())
def test_english_syllables(word, count):
    assert english_syllables(word) == count


def test_scores_of_known_texts():
    # 2 sentences, 10 words, 12 syllables: 0.39 x 5 + 11.8 x 1.2 - 15.59.
    english = flesch_kincaid_grade("The doctor numbs your skin. Then the needle goes in.")
    assert (english.words, english.sentences, english.syllables) == (10, 2, 12)
    assert english.score == round(0.39 * 5 + 11.8 * 1.2 - 15.59, 1)
    # 1 sentence, 5 words, 10 syllables (la a-gu-ja en-tra al á-re-a): 206.835 - 62.3 x 10/5 - 5.
    spanish = inflesz("La aguja entra al área.")
    assert (spanish.words, spanish.sentences, spanish.syllables) == (5, 1, 10)
    assert spanish.score == round(206.835 - 62.3 * 10 / 5 - 5, 1)
    assert flesch_kincaid_grade("") is None and inflesz("<p></p>") is None


with_demo = pytest.mark.usefixtures("monday_morning", "demo")


@with_demo
def test_the_admin_lists_each_pages_reading_level_against_the_targets(staff_client):
    page = soup(staff_client.get(admin_url(Procedure)))
    levels = [td.get_text(" ", strip=True) for td in page.select("#result_list td.field-reading_level")]
    assert len(levels) == Procedure.objects.count()
    assert all(level.startswith("English: grade") and "Spanish: INFLESZ" in level for level in levels), levels
    hard = make_procedure(
        "hard",
        summary_en="Interventional neuromodulation necessitates comprehensive multidisciplinary evaluation.",
        summary_es="La neuromodulación intervencionista necesita una evaluación multidisciplinaria exhaustiva.",
    )
    form = soup(staff_client.get(admin_url(hard, "change"))).select_one(".field-reading_level .readonly")
    assert form.get_text().count("⚠") == 2 and "harder than the target" in form.get_text()
    condition = Condition.objects.get(slug_en="sciatica")
    text = soup(staff_client.get(admin_url(condition, "change"))).select_one(".field-reading_level").get_text()
    assert "English: grade" in text and "Spanish: INFLESZ" in text
