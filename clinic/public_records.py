"""Saving a record that has its own public page and picture (procedures, clinics)."""

from .images import make_renditions, store_upload
from .slugs import current_slugs, fill_missing_slugs, record_slug_changes


def save_public_record(instance, picture_field, save):
    """Run `save` with what such a record needs around it: every language's slug filled in, a new picture
    stored upright, changed slugs remembered for redirects, and the picture's renditions made."""
    previous_slugs = current_slugs(instance)
    fill_missing_slugs(instance)
    store_upload(getattr(instance, picture_field))
    save()
    record_slug_changes(instance, previous_slugs)
    make_renditions(getattr(instance, picture_field))
