"""Results that depend only on their arguments and the language of the request, remembered per language."""

import functools

from django.urls import get_script_prefix
from django.utils import translation


def per_language(function):
    """Remember `function`'s results for each language (and script prefix, for addresses). The words for a
    time, a date or a set of hours, and the address of a page, do not change while the code runs; pages
    rendered afresh need the same few of them on every request."""
    remembered = functools.lru_cache(maxsize=4096)(lambda language, script_prefix, *args: function(*args))

    @functools.wraps(function)
    def wrapper(*args):
        return remembered(translation.get_language(), get_script_prefix(), *args)

    return wrapper
