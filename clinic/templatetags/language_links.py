from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from public_pages.origin import absolute_url

register = template.Library()

OPEN_GRAPH_LOCALES = {"en": "en_US", "es": "es_US"}


def page_urls(context):
    """{language: this page's address in that language}.

    A page about one object (a procedure, a clinic) gives that object's own address in each language
    (its slug is translated); any other page has its address translated, and an unknown address keeps
    its path under the other language's prefix. A list shown in pages or narrowed by filters keeps them
    (`page_query`, the same in every language), so that the switch stays on the same clinics. Computed once
    per request: the language switch and the head's alternate links both need it.
    """
    request = context["request"]
    if not hasattr(request, "page_urls"):
        urls = _page_urls(request, context.get("object"))
        query = context.get("page_query")
        request.page_urls = {code: f"{url}?{query}" if query else url for code, url in urls.items()}
    return request.page_urls


def _page_urls(request, page_object):
    current = translation.get_language()
    urls = {}
    for code, _name in settings.LANGUAGES:
        if hasattr(page_object, "get_absolute_url"):
            with translation.override(code):
                urls[code] = page_object.get_absolute_url()
        elif code == current:
            urls[code] = request.path
        else:
            urls[code] = _translate_path(request.path, current, code)
    return urls


def _translate_path(path, current, code):
    """The path in language `code`; for an unknown page, its longest known parent is translated and the
    rest kept, so /en/procedures/typo/ becomes /es/procedimientos/typo/."""
    head, rest = path, ""
    while head.startswith(f"/{current}/"):
        translated = translate_url(head, code)
        if translated != head:
            return translated + rest
        if head == f"/{current}/":
            break
        parent, _slash, last = head.rstrip("/").rpartition("/")
        head, rest = parent + "/", last + "/" + rest
    return f"/{code}/" + path.removeprefix(f"/{current}/") if path.startswith(f"/{current}/") else path


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Buttons to this same page in the other languages; the choice is remembered for the next visit."""
    current = translation.get_language()
    return {
        "links": [
            {"code": code, "name": translation.get_language_info(code)["name_local"], "url": url}
            for code, url in page_urls(context).items()
            if code != current
        ]
    }


@register.inclusion_tag("includes/alternates.html", takes_context=True)
def alternate_links(context):
    """Canonical address, hreflang alternates and Open Graph locale of this page, as absolute URLs."""
    request = context["request"]
    current = translation.get_language()
    urls = {code: absolute_url(request, url) for code, url in page_urls(context).items()}
    return {
        "canonical": urls[current],
        "alternates": urls.items(),
        "x_default": urls[settings.LANGUAGE_CODE],
        "og_locale": OPEN_GRAPH_LOCALES[current],
        "og_alternate_locales": [OPEN_GRAPH_LOCALES[code] for code in urls if code != current],
    }
