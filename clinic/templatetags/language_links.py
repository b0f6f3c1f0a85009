from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this same page in the other languages.

    A page about one object (a procedure, a clinic) links to that object's own
    address in each language; any other page has its address translated, and
    an unknown address keeps its path under the other language's prefix.
    """
    request = context["request"]
    page_object = context.get("object")
    current = translation.get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if code == current:
            continue
        if hasattr(page_object, "get_absolute_url"):
            with translation.override(code):
                url = page_object.get_absolute_url()
        else:
            url = translate_url(request.path, code)
            if url == request.path and url.startswith(f"/{current}/"):
                # Not a known page (a 404): the same address in the other language.
                url = f"/{code}/" + url.removeprefix(f"/{current}/")
        links.append({"code": code, "name": translation.get_language_info(code)["name_local"], "url": url})
    return {"links": links}
