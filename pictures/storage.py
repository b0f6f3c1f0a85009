"""The stored files themselves: listing them through the storage API (object storage included), and removing
pictures that no record refers to."""

import datetime
from pathlib import PurePosixPath

from django.apps import apps
from django.db import models
from django.utils import timezone

from .fields import picture_fields
from .renditions import RENDITION


def stored_files(storage, folder=""):
    """Every file's name in the storage, in name order, folder by folder."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # nothing was ever uploaded
        return
    prefix = f"{folder}/" if folder else ""
    for name in sorted(files):
        yield prefix + name
    for name in sorted(folders):
        yield from stored_files(storage, prefix + name)


def files_in_use():
    """The names of the uploads that records hold now: pictures, and other files such as a notice's PDF."""
    names = set()
    for model in apps.get_models():
        for field in model._meta.fields:
            if isinstance(field, models.FileField):
                names.update(model._default_manager.exclude(**{field.name: ""}).values_list(field.name, flat=True))
    return names


def in_use(name):
    return any(model._default_manager.filter(**{field.name: name}).exists() for model, field in picture_fields())


def remove_if_unused(storage, name):
    """Delete a picture that a record no longer shows, and its renditions, unless a record still does."""
    if in_use(name):
        return
    path = PurePosixPath(name)
    folder = str(PurePosixPath("renditions") / path.parent)
    try:
        _folders, files = storage.listdir(folder)
    except FileNotFoundError:
        files = []
    for file in files:
        rendition = RENDITION.fullmatch(f"{folder}/{file}")
        if rendition and rendition["stem"] == path.stem:
            storage.delete(f"{folder}/{file}")
    storage.delete(name)


def orphans(storage, older_than=datetime.timedelta(hours=1)):
    """Stored uploads and renditions that no record uses, left by an upload whose save never committed (a
    worker stopped halfway) or by an older release. Files younger than `older_than` may belong to a save
    still running, and are kept."""
    in_use = files_in_use()
    # "procedures/spine-3f2a": what the names of its renditions start with after "renditions/".
    stems = {str(PurePosixPath(name).with_suffix("")) for name in in_use}
    cutoff = timezone.now() - older_than
    for name in stored_files(storage):
        rendition = RENDITION.fullmatch(name)
        used = f"{rendition['folder'] or ''}{rendition['stem']}" in stems if rendition else name in in_use
        if not used and storage.get_modified_time(name) < cutoff:
            yield name
