"""Uploaded pictures: checked before anything is decoded, stored upright without metadata, and served
as resized WebP and JPEG renditions made once, at upload."""

import io
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from PIL import Image, ImageOps, UnidentifiedImageError

FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}
MAX_BYTES = 10 * 1024 * 1024
# 24 megapixels covers any phone photo; larger pictures only cost patients bandwidth.
MAX_PIXELS = 24_000_000
RENDITION_WIDTHS = (480, 960, 1440)


def validate_image(file):
    """A real JPEG, PNG or WebP image within the size limits, judged from its header before decoding it,
    so that a decompression bomb is refused without being unpacked."""
    if file.size > MAX_BYTES:
        raise ValidationError(
            _("This file is %(size)s MB; images may be at most 10 MB."),
            params={"size": f"{file.size / 1024 / 1024:.1f}"},
            code="too_large",
        )
    position = file.tell()
    file.seek(0)
    try:
        with Image.open(file) as image:
            kind, (width, height) = image.format, image.size
            if kind not in FORMATS:
                raise ValidationError(_("Upload a JPEG, PNG or WebP image."), code="format")
            if width * height > MAX_PIXELS:
                raise ValidationError(
                    _(
                        "This image is %(width)s × %(height)s pixels (%(megapixels)s megapixels); "
                        "the largest allowed is 24 megapixels. Please make it smaller and upload it again."
                    ),
                    params={"width": width, "height": height, "megapixels": round(width * height / 1e6)},
                    code="too_many_pixels",
                )
            image.verify()
    except ValidationError:
        raise
    except Image.DecompressionBombError as error:
        # Pillow refuses to even open images of more than about 180 megapixels.
        raise ValidationError(
            _(
                "This image has far too many pixels; the largest allowed is 24 megapixels. "
                "Please make it smaller and upload it again."
            ),
            code="too_many_pixels",
        ) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("This file is not a JPEG, PNG or WebP image, or it is damaged."), code="invalid_image"
        ) from error
    finally:
        file.seek(position)


class ImageUploadField(forms.ImageField):
    """The form field: our checks run first, so every refusal says why (Django's own says only "invalid")."""

    def to_python(self, data):
        if data is not None and hasattr(data, "size"):
            validate_image(data)
        return super().to_python(data)


class PictureField(models.ImageField):
    """An image field whose uploads are validated, in forms and in model validation alike."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [validate_new_upload])
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": ImageUploadField, **kwargs})


def validate_new_upload(fieldfile):
    if not getattr(fieldfile, "_committed", True):
        validate_image(fieldfile)


def store_upload(fieldfile):
    """Store a new upload upright (EXIF orientation applied) and without metadata such as GPS position,
    so its recorded width and height are the ones patients see."""
    if not fieldfile or getattr(fieldfile, "_committed", True):
        return
    fieldfile.seek(0)
    with Image.open(fieldfile) as image:
        kind = image.format
        upright = ImageOps.exif_transpose(image)
        buffer = io.BytesIO()
        upright.save(buffer, format=kind, **({"quality": 90} if kind in {"JPEG", "WEBP"} else {}))
    name = PurePosixPath(fieldfile.name).with_suffix(FORMATS[kind]).name
    fieldfile.save(name, ContentFile(buffer.getvalue()), save=False)
    # Measured from the stored file: the content object above was read to the end by the storage.
    fieldfile.field.update_dimension_fields(fieldfile.instance, force=True)


def rendition_widths(width):
    return sorted({min(w, width) for w in RENDITION_WIDTHS})


def rendition_name(name, width, extension):
    path = PurePosixPath(name)
    return str(PurePosixPath("renditions") / path.parent / f"{path.stem}-{width}{extension}")


def make_renditions(fieldfile, replace=False):
    """Write the missing WebP and JPEG renditions of a stored image; existing ones are reused, or made anew
    with `replace`."""
    if not fieldfile:
        return
    storage = fieldfile.storage
    with fieldfile.open("rb"), Image.open(fieldfile) as image:
        image.load()
        for width in rendition_widths(image.width):
            height = round(image.height * width / image.width)
            resized = None
            for extension, kind, options in ((".webp", "WEBP", {"quality": 80}), (".jpg", "JPEG", {"quality": 82})):
                name = rendition_name(fieldfile.name, width, extension)
                if storage.exists(name):
                    if not replace:
                        continue
                    storage.delete(name)
                if resized is None:
                    resized = _flattened(image).resize((width, height), Image.Resampling.LANCZOS)
                buffer = io.BytesIO()
                resized.save(buffer, format=kind, optimize=True, **options)
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
    widths = rendition_widths(width)
    storage = fieldfile.storage

    def srcset(extension):
        return ", ".join(f"{storage.url(rendition_name(fieldfile.name, w, extension))} {w}w" for w in widths)

    largest = widths[-1]
    return {
        "webp_srcset": srcset(".webp"),
        "jpeg_srcset": srcset(".jpg"),
        "src": storage.url(rendition_name(fieldfile.name, widths[min(1, len(widths) - 1)], ".jpg")),
        "width": largest,
        "height": round(height * largest / width),
    }


def require_alt_text(instance, field):
    """A picture needs its description in every language: patients who cannot see it read that instead."""
    missing = {
        build_localized_fieldname(field, code): _(
            "Describe the picture in %(language)s for patients who cannot see it."
        )
        % {"language": name}
        for code, name in settings.LANGUAGES
        if not getattr(instance, build_localized_fieldname(field, code))
    }
    if missing:
        raise ValidationError(missing)
