"""Reading level of patient texts: the Flesch-Kincaid grade in English and the INFLESZ scale
(Szigriszt-Pazos perspicuity, as Barrio-Cantalejo and others graded it) in Spanish.

Syllables are counted by rule for each language. Spanish is regular: a syllable is a vowel nucleus, two
strong vowels (a, e, o, or an accented í or ú) are in two syllables, a weak one (i, u) joins its
neighbour. Counting from hyphenation points instead (as common packages do) misses "a-gu-ja" and
"á-re-a", which makes Spanish texts look 7-10 points easier than they are."""

import re
from typing import NamedTuple

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

# The targets for patient information: grade 6-8 in English, INFLESZ 55 ("normal") or more in Spanish.
ENGLISH_TARGET = (6, 8)
SPANISH_TARGET = 55

_SENTENCE_END = re.compile(r"[.!?;:]+(?=\s|$)|\n+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_STRONG = set("aeoáéóíú")
_WEAK = set("iuü")


def spanish_syllables(word):
    word = word.lower()
    count, previous = 0, None
    for position, char in enumerate(word):
        if char in _STRONG:
            kind = "strong"
        elif char in _WEAK or (char == "y" and position == len(word) - 1 and previous and position):
            kind = "weak"  # a final y after a vowel, as in "muy" or "hoy", closes its syllable
        else:
            kind = None
        if kind and (previous is None or (previous == "strong" and kind == "strong")):
            count += 1
        previous = kind
    return max(count, 1)


_EN_VOWELS = re.compile(r"[aeiouy]+")
# Vowel pairs usually read as two syllables: "ra-di-o", "an-es-the-si-a", "vid-e-o", "us-u-al".
_EN_HIATUS = re.compile(r"(?<![ct])(?=ia)|(?<![tsxc])(?=io)|(?=eo(?!p))|(?<!g)(?=ua)|(?=iu)")


def english_syllables(word):
    word = word.lower().replace("’", "'").split("'")[0]
    if len(word) <= 3:
        return 1
    word = word.replace("qu", "q")  # the u of "qu" is no vowel: "frequency"
    count = len(_EN_VOWELS.findall(word)) + len(_EN_HIATUS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ie", "ye")) and count > 1:
        count -= 1  # a silent final e: "pulse", "take"
    elif word.endswith("le") and len(word) > 2 and word[-3] not in "aeiouy":
        pass  # "simple", "table": the -le is a syllable of its own, already counted
    if word.endswith(("ed", "es")) and count > 1 and not word.endswith(("ted", "ded", "ses", "zes", "ces", "ges")):
        count -= 1  # "burned", "takes": no syllable of their own
    return max(count, 1)


class Reading(NamedTuple):
    score: float
    words: int
    sentences: int
    syllables: int


def _counts(text, syllables):
    text = " ".join(strip_tags(text).replace("</p>", ".\n").split()) if "<" in text else text
    words = _WORD.findall(text)
    sentences = max(1, len([part for part in _SENTENCE_END.split(text) if _WORD.search(part)]))
    return words, sentences, sum(syllables(word) for word in words)


def flesch_kincaid_grade(text):
    words, sentences, syllables = _counts(text, english_syllables)
    if not words:
        return None
    grade = 0.39 * len(words) / sentences + 11.8 * syllables / len(words) - 15.59
    return Reading(round(grade, 1), len(words), sentences, syllables)


def inflesz(text):
    """Szigriszt-Pazos perspicuity: 206.835 - 62.3 x syllables per word - words per sentence."""
    words, sentences, syllables = _counts(text, spanish_syllables)
    if not words:
        return None
    score = 206.835 - 62.3 * syllables / len(words) - len(words) / sentences
    return Reading(round(score, 1), len(words), sentences, syllables)


def inflesz_band(score):
    """The INFLESZ scale's words for a score."""
    if score < 40:
        return _("very hard")
    if score < 55:
        return _("somewhat hard")
    if score < 65:
        return _("normal")
    if score < 80:
        return _("fairly easy")
    return _("very easy")


def page_text(page, language):
    """What a patient reads on the page in `language`: summary and sections."""
    parts = [getattr(page, f"summary_{language}") or ""]
    parts += [getattr(page, f"{field}_{language}") or "" for field, _heading, _anchor in page.SECTIONS]
    return "\n".join(strip_tags(part.replace("</p>", "</p>\n").replace("</li>", ".</li>\n")) for part in parts)
