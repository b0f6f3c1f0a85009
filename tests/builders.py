"""Small builders for test data: only the fields a test cares about need to be given."""

import datetime
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from locations.models import Clinic, OpeningHours, SpecialDay, SpecialHours
from procedures.models import Procedure


def make_clinic(slug="test-clinic", hours=(), **fields):
    """A clinic with weekly hours given as (weekday, "HH:MM", "HH:MM") tuples."""
    defaults = {
        "name_en": slug.replace("-", " ").title(),
        "street_address": "1 Main Street",
        "city": "San Diego",
        "state": "CA",
        "zip_code": "92101",
    }
    clinic = Clinic.objects.create(slug=slug, **(defaults | fields))
    for weekday, opens, closes in hours:
        OpeningHours.objects.create(
            clinic=clinic,
            weekday=weekday,
            opens=datetime.time.fromisoformat(opens),
            closes=datetime.time.fromisoformat(closes),
        )
    return clinic


def make_special_day(hours=(), **fields):
    """A special day, open at `hours` ("HH:MM", "HH:MM") tuples, or closed all day when there are none."""
    special = SpecialDay.objects.create(closed=not hours, **fields)
    for opens, closes in hours:
        SpecialHours.objects.create(
            special_day=special,
            opens=datetime.time.fromisoformat(opens),
            closes=datetime.time.fromisoformat(closes),
        )
    return special


def make_procedure(slug="test-procedure", **fields):
    defaults = {"name_en": slug.replace("-", " ").title(), "summary_en": "A test procedure."}
    return Procedure.objects.create(slug=slug, **(defaults | fields))


def image_upload(name="photo.jpg", size=(1600, 1000), kind="JPEG", color=(40, 110, 160)):
    """An uploaded image file, as a browser sends it."""
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format=kind)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{kind.lower()}")
