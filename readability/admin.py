"""The reading level of a page of patient information, for its admin list and form."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .scores import ENGLISH_TARGET, SPANISH_TARGET, flesch_kincaid_grade, inflesz, inflesz_band, page_text


@admin.display(description=_("reading level"))
def reading_level(page):
    """ "English: grade 7.1 (target 6-8) · Spanish: INFLESZ 61.3, normal (target 55 or more)", each marked
    as on or off target."""
    if page.pk is None:
        return _("Save first to see the reading level.")
    parts = []
    english = flesch_kincaid_grade(page_text(page, "en"))
    if english is not None:
        low, high = ENGLISH_TARGET
        text = _("English: grade %(grade)s (target %(low)s-%(high)s)")
        parts.append(_marked(text % {"grade": english.score, "low": low, "high": high}, english.score <= high))
    spanish = inflesz(page_text(page, "es"))
    if spanish is not None:
        text = _("Spanish: INFLESZ %(score)s, %(band)s (target %(target)s or more)")
        params = {"score": spanish.score, "band": inflesz_band(spanish.score), "target": SPANISH_TARGET}
        parts.append(_marked(text % params, spanish.score >= SPANISH_TARGET))
    return format_html(" · ".join(["{}"] * len(parts)), *parts) if parts else "—"


def _marked(text, on_target):
    """The figure, with a warning sign and the words "harder than the target" when it misses it."""
    if on_target:
        return format_html("{}", text)
    return format_html("⚠ {} — {}", text, _("harder than the target"))
