"""Slugs per language: filled in when left empty, and remembered when changed so old addresses redirect."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.text import slugify
from modeltranslation.utils import build_localized_fieldname

from . import models

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def fill_missing_slugs(instance, source="name"):
    """Give every language a slug: from the name in that language (or English), unique among its model."""
    model = type(instance)
    for lang in LANGUAGES:
        field = build_localized_fieldname("slug", lang)
        if getattr(instance, field):
            continue
        # A name written the same in every language (a physician's) is not translated.
        name = (
            getattr(instance, build_localized_fieldname(source, lang), None)
            or getattr(instance, build_localized_fieldname(source, settings.MODELTRANSLATION_DEFAULT_LANGUAGE), None)
            or getattr(instance, source)
        )
        base = slugify(name)[:100] or model._meta.model_name
        slug, n = base, 1
        while model.objects.filter(**{field: slug}).exclude(pk=instance.pk).exists():
            n += 1
            slug = f"{base}-{n}"
        setattr(instance, field, slug)


def record_slug_changes(instance, previous):
    """After a save: remember each language's previous slug, so its address redirects to the new one."""
    content_type = ContentType.objects.get_for_model(instance)
    for lang in LANGUAGES:
        field = build_localized_fieldname("slug", lang)
        old, new = previous.get(field), getattr(instance, field)
        # The page answers at its new address again: that address is no longer an old one.
        models.OldSlug.objects.filter(content_type=content_type, language=lang, slug=new).delete()
        if old and old != new:
            models.OldSlug.objects.update_or_create(
                content_type=content_type, language=lang, slug=old, defaults={"object_id": instance.pk}
            )


def current_slugs(instance, *also):
    """The slugs stored in the database for this record, before a save changes them (and the fields named in
    `also`, read in the same query)."""
    if instance.pk is None:
        return {}
    fields = [build_localized_fieldname("slug", lang) for lang in LANGUAGES]
    return type(instance).objects.filter(pk=instance.pk).values(*fields, *also).first() or {}


def find_by_slug(queryset, slug, lang):
    """(record, moved): the record at `slug` in `lang`; or, with moved=True, the one whose slug in another
    language or whose earlier slug this is, so the caller can redirect to its current address."""
    record = queryset.filter(**{build_localized_fieldname("slug", lang): slug}).first()
    if record is not None:
        return record, False
    for other in LANGUAGES:
        if other == lang:
            continue
        record = queryset.filter(**{build_localized_fieldname("slug", other): slug}).first()
        if record is not None:
            return record, True
    content_type = ContentType.objects.get_for_model(queryset.model)
    old = models.OldSlug.objects.filter(content_type=content_type, language=lang, slug=slug).first()
    record = queryset.filter(pk=old.object_id).first() if old else None
    return record, record is not None
