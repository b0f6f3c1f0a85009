"""Content and pictures survive a backup and a restore into an empty database."""

import io
import tarfile

import pytest
from django.core.management import CommandError, call_command

from clinic.models import LanguageTagline, OldSlug, Practice
from locations.models import Clinic, OpeningHours, SpecialDay
from procedures.models import Procedure
from tests.builders import image_upload

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
    procedure.image = image_upload("spine.jpg")
    procedure.image_alt_en, procedure.image_alt_es = "A spine model", "Un modelo de columna"
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
    assert client.get("/es/procedimientos/rizotomia/").status_code == 200
    assert client.get("/es/procedimientos/rizotomia-de-rama-medial/").status_code == 301
    assert "Día de Acción de Gracias" in client.get("/es/clinicas/escondido/").content.decode()


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
