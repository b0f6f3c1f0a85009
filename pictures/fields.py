"""Uploaded pictures: checked before anything is decoded, and stored upright without metadata."""

import hashlib
import io
from pathlib import PurePosixPath

from django import forms
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.db import models
from django.db.models.fields.files import FieldFile, ImageFileDescriptor
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from PIL import Image, ImageOps, UnidentifiedImageError

FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "MPO": ".jpg"}
# Phone cameras write several pictures into one JPEG (MPO): the first is the photo, stored as a JPEG.
SAVED_AS = {"MPO": "JPEG"}
MAX_BYTES = 10 * 1024 * 1024
# 24 megapixels covers any phone photo; larger pictures only cost patients bandwidth.
MAX_PIXELS = 24_000_000
# A long phone screenshot (1080 x 18000) fits; a 20000 x 1 strip does not.
MAX_ASPECT = 20


def validate_image(file):
    """A real JPEG, PNG or WebP image within the size limits, judged from its header before decoding it,
    so that a decompression bomb is refused without being unpacked. Returns its format (Pillow's name)."""
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
            if max(width, height) > MAX_ASPECT * min(width, height):
                raise ValidationError(
                    _(
                        "This image is %(width)s × %(height)s pixels: too long and thin to show well. Pictures "
                        "may be at most 20 times as wide as they are tall, or as tall as they are wide."
                    ),
                    params={"width": width, "height": height},
                    code="aspect_ratio",
                )
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
        # verify() reads the structure only: decoding every pixel finds a file cut short.
        file.seek(0)
        with Image.open(file) as image:
            image.load()
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
    return kind


class ImageUploadField(forms.ImageField):
    """The form field: our checks run first, so every refusal says why (Django's own says only "invalid")."""

    def to_python(self, data):
        if data is not None and hasattr(data, "size"):
            validate_image(data)
        return super().to_python(data)


class PictureDescriptor(ImageFileDescriptor):
    """A new file assigned to the field (an upload, or a file given in the shell) is checked and replaced by
    an upright copy without metadata such as GPS position, so its recorded width and height are the ones
    patients see. Values read from the database are names (strings) and pass through."""

    def __set__(self, instance, value):
        if isinstance(value, File) and not isinstance(value, FieldFile):
            # Forms have checked it already (ImageUploadField, with messages beside the field); a file given
            # in the shell or an import is checked here. Decoding it again costs little: uploads are rare.
            try:
                validate_image(value)
            except ValidationError as error:
                raise ValidationError({self.field.name: error.messages}) from error
            value = upright_copy(value)
        super().__set__(instance, value)


def upright_copy(file):
    """The image with its EXIF orientation applied and no metadata, named with its format's extension and
    a digest of its content, so that renditions (named after it) belong to this picture and no other."""
    file.seek(0)
    with Image.open(file) as image:
        kind = SAVED_AS.get(image.format, image.format)
        upright = ImageOps.exif_transpose(image)
        buffer = io.BytesIO()
        upright.save(buffer, format=kind, **({"quality": 90} if kind in {"JPEG", "WEBP"} else {}))
    data = buffer.getvalue()
    stem = PurePosixPath(file.name).stem[:80]
    return ContentFile(data, name=f"{stem}-{hashlib.sha256(data).hexdigest()[:12]}{FORMATS[kind]}")


class PictureField(models.ImageField):
    """An image field whose new files are validated and stored upright; its form field says why it refuses
    a file."""

    descriptor_class = PictureDescriptor

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": ImageUploadField, **kwargs})


def picture_fields():
    """(model, field) for every PictureField of every installed model."""
    for model in apps.get_models():
        for field in model._meta.fields:
            if isinstance(field, PictureField):
                yield model, field


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
