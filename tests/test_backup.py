"""Content and pictures survive a backup and a restore into an empty database."""

import io
import json
import tarfile

import pytest
from django.core.management import CommandError, call_command
from PIL import Image

from locations.models import Clinic, OpeningHours, SpecialDay
from practice.models import LanguageTagline, Practice
from procedures.models import Procedure
from public_pages.models import OldSlug
from tests.builders import image_upload
from tests.pages import address, clinic_page, procedure_page

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

MODELS = [Practice, LanguageTagline, OldSlug, Clinic, OpeningHours, SpecialDay, Procedure, Procedure.related.through]


def everything():
    rows = {model.__name__: list(model.objects.order_by("pk").values()) for model in MODELS}
    # The links between procedures are restored as links; their own row numbers do not matter.
    rows["Procedure_related"] = sorted(
        (row["from_procedure_id"], row["to_procedure_id"]) for row in rows["Procedure_related"]
    )
    return rows


def test_backup_and_restore_round_trip_with_media(tmp_path, settings, client):
    procedure = Procedure.objects.get(slug_en="medial-branch-rhizotomy")
    procedure.picture = image_upload("spine.jpg")
    procedure.picture_alt_en, procedure.picture_alt_es = "A spine model", "Un modelo de columna"
    procedure.slug_es = "rizotomia"
    procedure.save()
    before = everything()
    media_before = sorted(p.relative_to(settings.MEDIA_ROOT) for p in settings.MEDIA_ROOT.rglob("*") if p.is_file())
    assert len(media_before) == 7  # the upload and six renditions
    archive = tmp_path / "backup.tar.gz"
    call_command("backup_content", str(archive), stdout=io.StringIO())

    for model in reversed(MODELS):
        model.objects.all().delete()
    for path in settings.MEDIA_ROOT.rglob("*"):
        if path.is_file():
            path.unlink()
    assert not Clinic.objects.exists()

    output = io.StringIO()
    call_command("restore_content", str(archive), stdout=output)
    assert output.getvalue() == f"Restored the content and 7 media files from {archive}.\n"
    assert everything() == before
    assert (
        sorted(p.relative_to(settings.MEDIA_ROOT) for p in settings.MEDIA_ROOT.rglob("*") if p.is_file())
        == media_before
    )
    assert client.get(procedure_page("medial-branch-rhizotomy", "es")).status_code == 200
    # The old Spanish address still leads there.
    assert client.get(address("procedures:detail", "es", slug="rizotomia-de-rama-medial")).status_code == 301
    assert "Día de Acción de Gracias" in client.get(clinic_page("escondido", "es")).content.decode()


def test_restore_refuses_a_database_with_content(tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup_content", str(archive), stdout=io.StringIO())
    with pytest.raises(CommandError, match="already has content"):
        call_command("restore_content", str(archive), stdout=io.StringIO())


def test_restore_refuses_an_archive_that_would_write_outside(tmp_path):

    for model in reversed(MODELS):
        model.objects.all().delete()
    archive = tmp_path / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as evil:
        payload = tmp_path / "payload"
        payload.write_text("x")
        evil.add(payload, arcname="../../escaped.txt")
    with pytest.raises(tarfile.OutsideDestinationError):
        call_command("restore_content", str(archive), stdout=io.StringIO())
    assert not (tmp_path.parent.parent / "escaped.txt").exists()


def with_picture():
    procedure = Procedure.objects.get(slug_en="medial-branch-rhizotomy")
    procedure.picture = image_upload("spine.jpg")
    procedure.picture_alt_en, procedure.picture_alt_es = "A spine model", "Un modelo de columna"
    procedure.save()
    return procedure


def test_uploads_in_object_storage_are_backed_up_and_restored(tmp_path, settings):
    """Any storage of Django's API, such as django-storages' S3 (here Django's in-memory one), not only files
    under MEDIA_ROOT."""
    settings.STORAGES = settings.STORAGES | {"default": {"BACKEND": "django.core.files.storage.InMemoryStorage"}}
    procedure = with_picture()
    assert not settings.MEDIA_ROOT.exists()
    archive = tmp_path / "backup.tar.gz"
    call_command("backup_content", str(archive), stdout=io.StringIO())
    with tarfile.open(archive) as backup:
        names = sorted(name for name in backup.getnames() if name.startswith("media/"))
    assert f"media/{procedure.picture.name}" in names and len(names) == 7

    for model in reversed(MODELS):
        model.objects.all().delete()
    settings.STORAGES = settings.STORAGES | {"default": {"BACKEND": "django.core.files.storage.InMemoryStorage"}}
    from django.core.files.storage import default_storage

    assert not default_storage.exists(procedure.picture.name)
    call_command("restore_content", str(archive), stdout=io.StringIO())
    assert [default_storage.exists(name.removeprefix("media/")) for name in names] == [True] * 7


def test_renditions_are_made_again_for_every_picture(settings):
    procedure = with_picture()
    renditions = sorted((settings.MEDIA_ROOT / "renditions").rglob("*.*"))
    assert len(renditions) == 6
    for path in renditions[:3]:
        path.unlink()
    output = io.StringIO()
    call_command("make_renditions", stdout=output)
    assert output.getvalue() == "Pictures with all their renditions: 1.\n"
    assert sorted((settings.MEDIA_ROOT / "renditions").rglob("*.*")) == renditions

    renditions[0].write_bytes(b"damaged")
    call_command("make_renditions", stdout=io.StringIO())
    assert renditions[0].read_bytes() == b"damaged"  # existing renditions are kept...
    call_command("make_renditions", "--replace", stdout=io.StringIO())
    with Image.open(renditions[0]) as image:  # ...unless they are to be made anew
        assert image.width in {480, 960, 1440, procedure.picture_width}


def test_an_archive_of_the_release_before_the_apps_moved_restores(tmp_path, settings):
    """That release kept the practice's details and old addresses in the app "clinic", and named the
    pictures' fields photo (clinics) and image (procedures)."""
    procedure = Procedure.objects.get(slug_en="medial-branch-rhizotomy")
    procedure.picture = image_upload("spine.jpg")
    procedure.picture_alt_en, procedure.picture_alt_es = "A spine model", "Un modelo de columna"
    procedure.slug_es = "rizotomia"
    procedure.save()
    before = everything()
    archive, old_archive = tmp_path / "backup.tar.gz", tmp_path / "old.tar.gz"
    call_command("backup_content", str(archive), stdout=io.StringIO())
    old_models = {"practice.practice": "clinic.practice", "practice.languagetagline": "clinic.languagetagline"}
    old_models["public_pages.oldslug"] = "clinic.oldslug"
    old_fields = {"locations.clinic": "photo", "procedures.procedure": "image"}
    with tarfile.open(archive) as current, tarfile.open(old_archive, "w:gz") as old:
        for member in current.getmembers():
            data = current.extractfile(member).read()
            if member.name == "content.json":
                records = json.loads(data)
                for record in records:
                    if record["model"] in old_fields:
                        prefix = old_fields[record["model"]]
                        record["fields"] = {
                            name.replace("picture", prefix, 1): value for name, value in record["fields"].items()
                        }
                    record["model"] = old_models.get(record["model"], record["model"])
                assert {"clinic.practice", "clinic.oldslug"} <= {record["model"] for record in records}
                data = json.dumps(records).encode()
            info = tarfile.TarInfo(member.name)
            info.size = len(data)
            old.addfile(info, io.BytesIO(data))
    for model in reversed(MODELS):
        model.objects.all().delete()

    call_command("restore_content", str(old_archive), stdout=io.StringIO())
    assert everything() == before
    assert Procedure.objects.get(slug_en="medial-branch-rhizotomy").picture.name == procedure.picture.name
