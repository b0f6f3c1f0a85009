"""How the site's search matches what a patient types against a page's words: case and accents ignored
("ciatica" finds "ciática"), a word found by its beginning ("estimul" finds "estimulación"), a plural by its
singular, and small words ("de", "the") left out. Plain functions over text, no database."""

import re
import unicodedata

# Longest query read, and most words kept from it: anything longer is not a patient's question.
MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
# Words too common to tell pages apart, in either language.
STOPWORDS = {
    "a", "an", "and", "for", "in", "is", "my", "of", "on", "or", "the", "to", "with",
    "con", "de", "del", "el", "en", "la", "las", "lo", "los", "mi", "para", "por", "su", "un", "una", "y", "o",
}  # fmt: skip
_WORD = re.compile(r"\w+")


def normalized(text):
    """Lower case without accents: "Ciática" -> "ciatica"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():  # most English text: nothing to strip, and 25 times quicker than looking
        return decomposed
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _stem(word):
    # "nervios" -> "nervio", "injections" -> "injection": enough for the names patients type.
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def words(text):
    """The words of `text` as they are compared, in order, without stopwords."""
    return [_stem(word) for word in _WORD.findall(normalized(text)) if word not in STOPWORDS]


def query_words(query):
    """The words of a patient's query, at most MAX_WORDS of the first MAX_QUERY_LENGTH characters."""
    return list(dict.fromkeys(words(query[:MAX_QUERY_LENGTH])))[:MAX_WORDS]


def score(wanted, fields):
    """How well a page matches: 0 unless every wanted word begins a word of one of `fields`, a list of
    (weight, text); otherwise, for each wanted word, the weight of the heaviest field it is found in."""
    if not wanted:
        return 0
    field_words = [(weight, words(text)) for weight, text in fields if text]
    total = 0
    for word in wanted:
        best = max((weight for weight, found in field_words if any(w.startswith(word) for w in found)), default=0)
        if not best:
            return 0
        total += best
    return total
