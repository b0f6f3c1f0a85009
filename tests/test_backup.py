"""Content and pictures survive a backup and a restore into an empty database."""

import datetime
import io
import json
import tarfile

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.utils import timezone
from PIL import Image
from reversion.models import Revision, Version

from alerts.models import Alert
from conditions.models import Condition
from locations.models import Clinic, HoursChange, OpenAsUsual, OpeningHours, SpecialDay, SpecialHours
from notices.models import Notice
from practice.models import LanguageTagline, Practice
from procedures.models import Procedure, Reference
from providers.models import BoardCertification, Provider
from public_pages.models import OldSlug
from tests.builders import image_upload
from tests.pages import address, clinic_page, procedure_page, soup, url_in

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

LINKS = [
    Procedure.related.through,
    Condition.procedures.through,
    Provider.clinics.through,
    Provider.procedures.through,
    Alert.clinics.through,
]
MODELS = [
    Practice,
    LanguageTagline,
    OldSlug,
    Clinic,
    HoursChange,
    OpeningHours,
    SpecialDay,
    SpecialHours,
    OpenAsUsual,
    Procedure,
    Reference,
    Condition,
    Provider,
    BoardCertification,
    Notice,
    Alert,
    *LINKS,
]


def empty_the_site():
    """What a new server has before a restore: no content and no media."""
    for model in reversed(MODELS):
        model.objects.all().delete()
    for path in settings.MEDIA_ROOT.rglob("*"):
        if path.is_file():
            path.unlink()


def everything():
    rows = {model.__name__: list(model.objects.order_by("pk").values()) for model in MODELS}
    # Links between records (procedures, a provider's clinics and procedures) are restored as links; their
    # own row numbers do not matter.
    for link in LINKS:
        rows[link.__name__] = sorted(
            tuple(value for name, value in row.items() if name != "id") for row in rows[link.__name__]
        )
    return rows


def test_backup_and_restore_round_trip_with_media(tmp_path, settings, client):
    with_picture(slug_es="rizotomia")
    alert = Alert.objects.create(
        message_en="Closed today.", starts_at=timezone.now(), ends_at=timezone.now() + datetime.timedelta(hours=1)
    )
    alert.clinics.set(Clinic.objects.filter(slug_en="escondido"))
    before = everything()
    media_before = sorted(p.relative_to(settings.MEDIA_ROOT) for p in settings.MEDIA_ROOT.rglob("*") if p.is_file())
    assert len(media_before) == 7  # the upload and six renditions
    archive = tmp_path / "backup.tar.gz"
    call_command("backup_content", str(archive), stdout=io.StringIO())

    empty_the_site()
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
    with pytest.raises(CommandError, match="'../../escaped.txt' is not a plain file inside the archive"):
        call_command("restore_content", str(archive), stdout=io.StringIO())
    assert not (tmp_path.parent.parent / "escaped.txt").exists()


def with_picture(**fields):
    """The medial branch rhizotomy page with a picture (and `fields` changed), saved."""
    procedure = Procedure.objects.get(slug_en="medial-branch-rhizotomy")
    procedure.picture = image_upload("spine.jpg")
    procedure.picture_alt_en, procedure.picture_alt_es = "A spine model", "Un modelo de columna"
    for name, value in fields.items():
        setattr(procedure, name, value)
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
    procedure = with_picture(slug_es="rizotomia")
    before = everything()
    archive, old_archive = tmp_path / "backup.tar.gz", tmp_path / "old.tar.gz"
    call_command("backup_content", str(archive), stdout=io.StringIO())
    old_models = {"practice.practice": "clinic.practice", "practice.languagetagline": "clinic.languagetagline"}
    old_models["public_pages.oldslug"] = "clinic.oldslug"
    old_fields = {"locations.clinic": "photo", "procedures.procedure": "image"}
    with tarfile.open(archive) as current, tarfile.open(old_archive, "w:gz") as old:
        for member in current.getmembers():
            if member.name == "manifest.json":
                continue  # that release wrote none
            data = current.extractfile(member).read()
            if member.name == "content.json":
                records = json.loads(data)
                for record in records:
                    if record["model"] in old_fields:
                        prefix = old_fields[record["model"]]
                        record["fields"] = {
                            prefix + name.removeprefix("picture") if name.startswith("picture") else name: value
                            for name, value in record["fields"].items()
                        }
                    record["model"] = old_models.get(record["model"], record["model"])
                assert {"clinic.practice", "clinic.oldslug"} <= {record["model"] for record in records}
                data = json.dumps(records).encode()
            info = tarfile.TarInfo(member.name)
            info.size = len(data)
            old.addfile(info, io.BytesIO(data))
    for model in reversed(MODELS):
        model.objects.all().delete()

    with pytest.raises(CommandError, match="it has no manifest.json"):
        call_command("restore_content", str(old_archive), stdout=io.StringIO())
    call_command("restore_content", str(old_archive), "--without-manifest", stdout=io.StringIO())
    assert everything() == before
    assert Procedure.objects.get(slug_en="medial-branch-rhizotomy").picture.name == procedure.picture.name


def rewritten(archive, tmp_path, change, keep_manifest=True):
    """A copy of the archive with `change(name, data)` applied to each member (the new bytes), with or without
    its manifest; `change` may add members by returning {name: bytes} for the name "+"."""
    copy = tmp_path / "tampered.tar.gz"
    with tarfile.open(archive) as current, tarfile.open(copy, "w:gz") as tampered:
        members = {member.name: current.extractfile(member).read() for member in current.getmembers()}
        members |= change("+", None) or {}
        for name, data in members.items():
            if name == "manifest.json":
                data = data if keep_manifest else None
            else:
                data = change(name, data)
            if data is not None:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tampered.addfile(info, io.BytesIO(data))
    return copy


@pytest.fixture
def emptied_backup(tmp_path, settings):
    """A backup of the demo with a picture, and then a database and media folder without content or history,
    as a new one is."""
    with_picture()
    archive = tmp_path / "backup.tar.gz"
    call_command("backup_content", str(archive), stdout=io.StringIO())
    for model in reversed(MODELS):
        model.objects.all().delete()
    Revision.objects.all().delete()
    for path in settings.MEDIA_ROOT.rglob("*"):
        if path.is_file():
            path.unlink()
    return archive


def restore_refused(archive, message):
    """The refusal is one line that says nothing was changed, and nothing was."""
    with pytest.raises(CommandError, match=message) as refusal:
        call_command("restore_content", str(archive), stdout=io.StringIO())
    assert "\n" not in str(refusal.value) and str(refusal.value).lower().endswith("nothing was changed.")
    assert not Clinic.objects.exists() and not Practice.objects.exists()
    assert not any(path.is_file() for path in settings.MEDIA_ROOT.rglob("*"))


def test_a_tampered_archive_cannot_replace_the_superuser(emptied_backup, tmp_path, admin_user):
    def add_superuser(name, data):
        if name != "content.json":
            return data
        records = json.loads(data)
        records.append(
            {
                "model": "auth.user",
                "pk": admin_user.pk,
                "fields": {"username": "intruder", "password": "x", "is_superuser": True, "is_staff": True},
            }
        )
        return json.dumps(records).encode()

    tampered = rewritten(emptied_backup, tmp_path, add_superuser, keep_manifest=False)
    restore_refused(tampered, "it has no manifest.json")
    with pytest.raises(CommandError, match=r"holds records that are not content \(auth.user\)"):
        call_command("restore_content", str(tampered), "--without-manifest", stdout=io.StringIO())
    assert User.objects.get(pk=admin_user.pk).username == admin_user.username


def test_a_changed_member_does_not_match_the_manifest(emptied_backup, tmp_path):
    def change_a_phone(name, data):
        return data.replace(b"619-543-0144", b"900-555-0100") if name == "content.json" else data

    restore_refused(rewritten(emptied_backup, tmp_path, change_a_phone), "'content.json' does not match its checksum")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "media/procedures/page.html",
            b"<script>alert(1)</script>",
            "media/procedures/page.html is not an acceptable picture",
        ),
        ("media/procedures/logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "is not an acceptable picture"),
        ("media/procedures/photo.html", None, "is named as another kind of file"),
        ("media/procedures/huge.png", b"\0" * (11 * 1024 * 1024), "is larger than a backup's media can be"),
        ("media/notices/privacy.pdf", b"<html><script>alert(1)</script>", "is not an acceptable PDF"),
    ],
)
def test_media_are_only_uploads_within_the_upload_limits(emptied_backup, tmp_path, name, data, message):
    if data is None:
        data = image_upload("x.jpg", size=(40, 40)).read()

    def add_file(member, content):
        if member == "+":
            return {name: data}
        return content

    archive = rewritten(emptied_backup, tmp_path, add_file, keep_manifest=False)
    call = ["restore_content", str(archive), "--without-manifest"]
    with pytest.raises(CommandError, match=message):
        call_command(*call, stdout=io.StringIO())
    assert not Clinic.objects.exists()
    assert not any(path.is_file() for path in settings.MEDIA_ROOT.rglob("*"))


def test_a_file_that_is_no_archive_is_refused_in_one_line(tmp_path):
    for model in reversed(MODELS):
        model.objects.all().delete()
    junk = tmp_path / "backup.tar.gz"
    junk.write_bytes(b"PK\x03\x04 this is a zip file, not a backup")
    with pytest.raises(CommandError, match="is not a readable backup_content archive"):
        call_command("restore_content", str(junk), stdout=io.StringIO())


def test_after_a_restore_each_record_has_a_first_version(emptied_backup):
    call_command("restore_content", str(emptied_backup), stdout=io.StringIO())
    for model in (Practice, Clinic, SpecialDay, OpenAsUsual, Procedure, Provider, Notice):
        for record in model.objects.all():
            comments = [version.revision.comment for version in Version.objects.get_for_object(record)]
            assert comments == ["Restored from a backup"], (model, record, comments)
    clinic = Clinic.objects.get(slug_en="escondido")
    assert (
        len(Version.objects.get_for_object(clinic).first().revision.version_set.all())
        == 1 + clinic.opening_hours.count()
    )


def test_a_notice_pdf_is_backed_up_and_restored(tmp_path, settings, client):
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    notice = Notice.objects.get(kind="privacy_practices")
    notice.document = ContentFile(pdf, name="privacy-practices.pdf")
    notice.save()
    archive = tmp_path / "backup.tar.gz"
    call_command("backup_content", str(archive), stdout=io.StringIO())
    empty_the_site()
    call_command("restore_content", str(archive), stdout=io.StringIO())
    restored = Notice.objects.get(kind="privacy_practices")
    assert restored.document.name == notice.document.name
    assert restored.document.read() == pdf
    page = soup(client.get(url_in("en", restored)))
    assert page.select_one('a[type="application/pdf"]')["href"] == restored.document.url
