"""Resized WebP and JPEG copies of stored pictures, made once and reused, and the <picture> sources that
use them."""

import io
import re
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from PIL import Image

RENDITION_WIDTHS = (480, 960, 1440)


def rendition_height(width, height, rendition_width):
    """At least one pixel: a 20000 x 1 banner is still a picture."""
    return max(1, round(height * rendition_width / width))


# WebP's largest side.
MAX_SIDE = 16383


def rendition_widths(width, height):
    """The widths made of a picture: none wider than it is, none taller than WebP allows."""
    widths = sorted({min(w, width) for w in RENDITION_WIDTHS})
    return [w for w in widths if rendition_height(width, height, w) <= MAX_SIDE] or [widths[0]]


# What rendition_name makes: "renditions/<folder>/<stem>-<width>.<webp|jpg>".
RENDITION = re.compile(r"renditions/(?P<folder>.+/)?(?P<stem>[^/]+)-\d+\.(webp|jpg)")


def rendition_name(name, width, extension):
    path = PurePosixPath(name)
    return str(PurePosixPath("renditions") / path.parent / f"{path.stem}-{width}{extension}")


# extension: (Pillow's format, its options)
KINDS = {".webp": ("WEBP", {"quality": 80}), ".jpg": ("JPEG", {"quality": 82})}


def make_renditions(fieldfile, replace=False):
    """Write the missing WebP and JPEG renditions of a stored image; existing ones are reused (without
    opening the image), or made anew with `replace`."""
    if not fieldfile:
        return
    storage = fieldfile.storage
    field, instance = fieldfile.field, fieldfile.instance
    width = getattr(instance, field.width_field) if field.width_field else fieldfile.width
    height = getattr(instance, field.height_field) if field.height_field else fieldfile.height
    names = {(w, ext): rendition_name(fieldfile.name, w, ext) for w in rendition_widths(width, height) for ext in KINDS}
    missing = names if replace else {key: name for key, name in names.items() if not storage.exists(name)}
    if not missing:
        return
    with fieldfile.open("rb"), Image.open(fieldfile) as image:
        image = _flattened(image)
        resized = {}
        for (w, extension), name in missing.items():
            kind, options = KINDS[extension]
            if w not in resized:
                resized[w] = image.resize((w, rendition_height(image.width, image.height, w)), Image.Resampling.LANCZOS)
            if replace and storage.exists(name):
                storage.delete(name)
            buffer = io.BytesIO()
            resized[w].save(buffer, format=kind, optimize=True, **options)
            storage.save(name, ContentFile(buffer.getvalue()))


def _flattened(image):
    """RGB on white: JPEG has no transparency."""
    if image.mode in {"RGBA", "LA", "P"}:
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def picture_sources(fieldfile, width, height):
    """URLs and sizes for a <picture>, computed from stored dimensions without touching the files."""
    widths = rendition_widths(width, height)
    storage = fieldfile.storage

    def srcset(extension):
        return ", ".join(f"{storage.url(rendition_name(fieldfile.name, w, extension))} {w}w" for w in widths)

    largest = widths[-1]
    return {
        "webp_srcset": srcset(".webp"),
        "jpeg_srcset": srcset(".jpg"),
        "src": storage.url(rendition_name(fieldfile.name, widths[min(1, len(widths) - 1)], ".jpg")),
        "width": largest,
        "height": rendition_height(width, height, largest),
    }
