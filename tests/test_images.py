"""Uploads are checked before decoding, stored upright without metadata, and served as renditions."""

import datetime
import io
import struct
import zlib

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from PIL import Image

from locations.models import Clinic
from notices.models import Notice
from procedures.models import Procedure
from tests.builders import image_upload, make_clinic, make_procedure
from tests.pages import admin_url, form_data, soup, url_in


def png_header(width, height):
    """A PNG that claims a size without holding its pixels: how a decompression bomb starts."""
    chunk = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    ihdr = struct.pack(">I", 13) + b"IHDR" + chunk + struct.pack(">I", zlib.crc32(b"IHDR" + chunk))
    idat_data = zlib.compress(b"\0" * 1000)
    idat = struct.pack(">I", len(idat_data)) + b"IDAT" + idat_data + struct.pack(">I", zlib.crc32(b"IDAT" + idat_data))
    return b"\x89PNG\r\n\x1a\n" + ihdr + idat


def post_image(staff_client, procedure, upload, **fields):
    url = admin_url(procedure, "change")
    data = (
        form_data(staff_client.get(url))
        | {
            "picture_alt_en": "A doctor points at a spine model.",
            "picture_alt_es": "Un médico señala un modelo de columna.",
            "picture": upload,
        }
        | fields
    )
    return staff_client.post(url, data)


def image_errors(response):
    return [li.get_text() for li in soup(response).select(".field-picture .errorlist li")]


@pytest.fixture
def procedure(db, practice):
    return make_procedure()


def test_a_forty_megapixel_png_is_refused_clearly(staff_client, procedure, settings):
    buffer = io.BytesIO()
    Image.new("RGB", (8000, 5000), "white").save(buffer, format="PNG")
    response = post_image(staff_client, procedure, SimpleUploadedFile("scan.png", buffer.getvalue()))
    assert response.status_code == 200
    assert image_errors(response) == [
        "This image is 8000 × 5000 pixels (40 megapixels); the largest allowed is 24 megapixels. "
        "Please make it smaller and upload it again."
    ]
    procedure.refresh_from_db()
    assert not procedure.picture
    assert not (settings.MEDIA_ROOT / "procedures").exists()


def test_a_decompression_bomb_is_refused_without_unpacking_it(staff_client, procedure):
    response = post_image(staff_client, procedure, SimpleUploadedFile("bomb.png", png_header(100_000, 100_000)))
    assert image_errors(response) == [
        "This image has far too many pixels; the largest allowed is 24 megapixels. "
        "Please make it smaller and upload it again."
    ]
    medium_bomb = post_image(staff_client, procedure, SimpleUploadedFile("bomb.png", png_header(9000, 9000)))
    assert image_errors(medium_bomb) == [
        "This image is 9000 × 9000 pixels (81 megapixels); the largest allowed is 24 megapixels. "
        "Please make it smaller and upload it again."
    ]


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("photo.jpg", b"MZ\x90\x00 not really a photo"),
            "This file is not a JPEG, PNG or WebP image",
        ),
        (image_upload("anim.gif", kind="GIF"), "Upload a JPEG, PNG or WebP image."),
        (SimpleUploadedFile("huge.jpg", b"\xff\xd8" + b"\0" * (10 * 1024 * 1024 + 1)), "images may be at most 10 MB"),
        (SimpleUploadedFile("cut.png", png_header(800, 600)[:40]), "This file is not a JPEG, PNG or WebP image"),
    ],
)
def test_fake_and_oversized_files_are_refused(staff_client, procedure, upload, message):
    response = post_image(staff_client, procedure, upload)
    assert response.status_code == 200
    assert message in " ".join(image_errors(response))
    procedure.refresh_from_db()
    assert not procedure.picture


def test_an_image_needs_alt_text_in_both_languages(staff_client, procedure):
    response = post_image(staff_client, procedure, image_upload(), picture_alt_es="")
    errors = [li.get_text() for li in soup(response).select(".field-picture_alt_es .errorlist li")]
    assert errors == ["Describe the picture in Spanish for patients who cannot see it."]
    procedure.refresh_from_db()
    assert not procedure.picture


def test_pages_serve_renditions_never_the_original(staff_client, client, procedure, settings):
    response = post_image(staff_client, procedure, image_upload("spine model.jpg", size=(2400, 1600)))
    assert response.status_code == 302
    procedure.refresh_from_db()
    assert (procedure.picture_width, procedure.picture_height) == (2400, 1600)
    renditions = sorted(p.name for p in (settings.MEDIA_ROOT / "renditions" / "procedures").iterdir())
    stem = procedure.picture.name.rsplit("/", 1)[1].rsplit(".", 1)[0]
    assert renditions == sorted(f"{stem}-{w}.{ext}" for w in (480, 960, 1440) for ext in ("jpg", "webp"))
    with Image.open(settings.MEDIA_ROOT / "renditions" / "procedures" / f"{stem}-960.webp") as rendition:
        assert (rendition.format, rendition.size) == ("WEBP", (960, 640))

    for lang in ["en", "es"]:
        page = soup(client.get(url_in(lang, procedure)))
        picture = page.select_one("main picture")
        source, img = picture.select_one("source"), picture.select_one("img")
        assert source["type"] == "image/webp"
        assert source["srcset"] == ", ".join(
            f"/media/renditions/procedures/{stem}-{w}.webp {w}w" for w in (480, 960, 1440)
        )
        assert img["src"] == f"/media/renditions/procedures/{stem}-960.jpg"
        assert (img["width"], img["height"]) == ("1440", "960")
        assert (
            img["alt"]
            == {"en": "A doctor points at a spine model.", "es": "Un médico señala un modelo de columna."}[lang]
        )
        assert procedure.picture.url not in str(page)


def test_renditions_are_made_once_and_reused(procedure, settings):
    procedure.picture = image_upload(size=(600, 400))
    procedure.picture_alt_en = procedure.picture_alt_es = "x"
    procedure.save()
    folder = settings.MEDIA_ROOT / "renditions" / "procedures"
    files = sorted(folder.iterdir())
    assert [p.name.rsplit("-", 1)[1] for p in files] == ["480.jpg", "480.webp", "600.jpg", "600.webp"]
    times = [p.stat().st_mtime_ns for p in files]
    Procedure.objects.get(pk=procedure.pk).save()
    assert [p.stat().st_mtime_ns for p in sorted(folder.iterdir())] == times


def test_photos_are_stored_upright_without_location_metadata(db, settings):
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: the camera was turned; show rotated 90° clockwise
    exif[0x8825] = {1: "N", 2: (32.0, 46.0, 0.0)}  # GPS position
    Image.new("RGB", (1200, 800), "white").save(buffer, format="JPEG", exif=exif)
    clinic = make_clinic(picture_alt_en="The front door", picture_alt_es="La puerta de entrada")
    clinic.picture = SimpleUploadedFile("front.jpg", buffer.getvalue())
    clinic.save()
    assert Clinic.objects.filter(pk=clinic.pk).values_list("picture_width", "picture_height").get() == (800, 1200)
    clinic = Clinic.objects.get(pk=clinic.pk)
    with Image.open(clinic.picture.path) as stored:
        assert stored.size == (800, 1200)
        assert not stored.getexif()


def test_transparent_png_renditions_get_a_white_background(procedure, settings):
    buffer = io.BytesIO()
    Image.new("RGBA", (500, 300), (0, 0, 0, 0)).save(buffer, format="PNG")
    procedure.picture = SimpleUploadedFile("logo.png", buffer.getvalue())
    procedure.picture_alt_en = procedure.picture_alt_es = "Logo"
    procedure.save()
    jpeg = next((settings.MEDIA_ROOT / "renditions" / "procedures").glob("*-480.jpg"))
    with Image.open(jpeg) as rendition:
        assert rendition.getpixel((10, 10)) == (255, 255, 255)


def jpeg_bytes(size=(800, 600), color=(200, 80, 40)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def test_a_truncated_jpeg_is_refused_clearly_and_nothing_is_stored(staff_client, procedure, settings):
    data = jpeg_bytes()
    response = post_image(staff_client, procedure, SimpleUploadedFile("cut.jpg", data[: len(data) // 2]))
    assert response.status_code == 200
    assert "This file is not a JPEG, PNG or WebP image, or it is damaged." in image_errors(response)
    procedure.refresh_from_db()
    assert not procedure.picture
    assert not any(path.is_file() for path in settings.MEDIA_ROOT.rglob("*"))


def png_of(size):
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 120, 90)).save(buffer, "PNG")
    return SimpleUploadedFile("banner.png", buffer.getvalue())


@pytest.mark.parametrize("size", [(20000, 1), (1, 20000)])
def test_a_strip_of_pixels_is_refused_clearly(staff_client, procedure, settings, size):
    response = post_image(staff_client, procedure, png_of(size))
    assert response.status_code == 200
    assert f"This image is {size[0]} × {size[1]} pixels: too long and thin to show well." in " ".join(
        image_errors(response)
    )
    assert not any(path.is_file() for path in settings.MEDIA_ROOT.rglob("*"))


def test_a_long_phone_screenshot_is_accepted_with_renditions_webp_can_hold(staff_client, client, procedure):
    assert post_image(staff_client, procedure, png_of((1080, 18000))).status_code == 302
    procedure.refresh_from_db()
    assert (procedure.picture_width, procedure.picture_height) == (1080, 18000)
    page = soup(client.get(url_in("en", procedure)))
    assert page.select_one("main picture source")["srcset"].endswith(" 960w")  # 960 x 16000: the tallest
    img = page.select_one("main picture img")
    assert (img["width"], img["height"]) == ("960", "16000")


def test_a_multi_picture_jpeg_from_a_phone_is_stored_as_a_jpeg(staff_client, procedure):
    buffer = io.BytesIO()
    first, second = Image.new("RGB", (640, 480), (0, 90, 200)), Image.new("RGB", (640, 480), (200, 0, 0))
    first.save(buffer, "MPO", save_all=True, append_images=[second])
    with Image.open(io.BytesIO(buffer.getvalue())) as check:
        assert check.format == "MPO"
    response = post_image(staff_client, procedure, SimpleUploadedFile("IMG_0001.JPG", buffer.getvalue()))
    assert response.status_code == 302
    procedure.refresh_from_db()
    with procedure.picture.open("rb"), Image.open(procedure.picture) as stored:
        assert (stored.format, stored.size, getattr(stored, "n_frames", 1)) == ("JPEG", (640, 480), 1)


def test_a_replaced_picture_never_shows_the_old_one(
    staff_client, client, procedure, settings, django_capture_on_commit_callbacks
):
    post_image(staff_client, procedure, SimpleUploadedFile("front.jpg", jpeg_bytes(color=(255, 0, 0))))
    procedure.refresh_from_db()
    old = procedure.picture.name
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (0, 0, 255)).save(buffer, "PNG")
    with django_capture_on_commit_callbacks(execute=True):
        post_image(staff_client, procedure, SimpleUploadedFile("front.png", buffer.getvalue()))
    procedure.refresh_from_db()
    assert procedure.picture.name != old
    img = soup(client.get(url_in("en", procedure))).select_one("main picture img")
    with Image.open(settings.MEDIA_ROOT / img["src"].removeprefix("/media/")) as shown:
        assert shown.convert("RGB").getpixel((10, 10))[2] > 200  # blue: the new picture
    assert not (settings.MEDIA_ROOT / old).exists()  # the old one is off the site
    assert not list((settings.MEDIA_ROOT / "renditions").rglob(f"{old.rsplit('/', 1)[1].rsplit('.', 1)[0]}-*"))


def test_two_uploads_with_one_name_get_their_own_renditions(procedure, settings):
    other = make_procedure("another-procedure")
    for record, color in [(procedure, (255, 0, 0)), (other, (0, 0, 255))]:
        record.picture = SimpleUploadedFile("photo.jpg", jpeg_bytes(color=color))
        record.picture_alt_en = record.picture_alt_es = "x"
        record.save()
    assert procedure.picture.name != other.picture.name


def test_a_cleared_picture_is_removed_with_its_renditions(
    staff_client, procedure, settings, django_capture_on_commit_callbacks
):
    post_image(staff_client, procedure, image_upload("spine.jpg"))
    procedure.refresh_from_db()
    assert any((settings.MEDIA_ROOT / "renditions").rglob("*.webp"))
    url = admin_url(procedure, "change")
    assert "takes the old picture off the site for good" in soup(staff_client.get(url)).get_text()
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url, form_data(staff_client.get(url)) | {"picture-clear": "on"})
    assert response.status_code == 302
    procedure.refresh_from_db()
    assert not procedure.picture
    assert not any(path.is_file() for path in settings.MEDIA_ROOT.rglob("*"))


def stored_files(settings):
    """The names of the files in media, as records store them."""
    return {str(path.relative_to(settings.MEDIA_ROOT)) for path in settings.MEDIA_ROOT.rglob("*") if path.is_file()}


def test_pictures_no_record_uses_are_removed_once_an_hour_old(procedure, settings, time_machine):
    """What an upload leaves when its save never committed (a worker stopped halfway): the original and
    renditions on disk, no record pointing at them."""
    procedure.picture = image_upload("kept.jpg", size=(600, 400))
    procedure.picture_alt_en = procedure.picture_alt_es = "x"
    procedure.save()
    notice = Notice.objects.get(kind="privacy_practices")
    notice.document = ContentFile(b"%PDF-1.4\n%%EOF\n", name="privacy.pdf")
    notice.save()
    kept = stored_files(settings)  # the picture and its renditions, and the notice's PDF
    assert {procedure.picture.name, notice.document.name} <= kept and len(kept) == 6
    orphan = make_procedure("orphan")
    orphan.picture = image_upload("left-behind.jpg", size=(600, 400))
    orphan.picture_alt_en = orphan.picture_alt_es = "x"
    orphan.save()
    Procedure.objects.filter(pk=orphan.pk).update(picture="")  # as if the row had never committed
    stored = stored_files(settings)
    assert len(stored - kept) == 5  # the original and four renditions

    call_command("remove_orphan_pictures", stdout=io.StringIO())
    assert stored_files(settings) == stored

    time_machine.move_to(timezone.now() + datetime.timedelta(hours=2))
    output = io.StringIO()
    call_command("remove_orphan_pictures", stdout=output)
    assert output.getvalue().endswith("Orphan pictures removed: 5.\n")
    assert stored_files(settings) == kept
