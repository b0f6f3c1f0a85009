import hashlib
import json
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

import reversion
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from clinic.apps import content_models
from notices.models import validate_pdf
from pictures.fields import FORMATS, MAX_BYTES, validate_image

MAX_MEMBERS = 20_000
MAX_CONTENT_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024


class Command(BaseCommand):
    help = (
        "Restore what backup_content wrote into a database without content (after `migrate`), media included. "
        "The archive is checked whole before anything is written: its manifest's checksums, content records "
        "only, pictures only, within size limits. A refusal changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="An archive written by backup_content")
        parser.add_argument(
            "--without-manifest",
            action="store_true",
            help="Accept an archive written before backups had a manifest (every other check still applies).",
        )

    def handle(self, *args, path, without_manifest, **options):
        present = [model._meta.verbose_name_plural for model in content_models() if model.objects.exists()]
        if present:
            raise CommandError(
                f"This database already has content ({', '.join(map(str, present))}); nothing was changed. "
                "Restore into a new, migrated database."
            )
        members = read_archive(path, without_manifest)
        records = with_current_names(json.loads(members.pop("content.json")))
        refuse_other_models(records)
        media = {name.removeprefix("media/"): data for name, data in members.items()}
        for name, data in media.items():
            refuse_unless_acceptable(name, data)
        written = []
        try:
            with transaction.atomic():
                with tempfile.TemporaryDirectory() as folder:
                    content = Path(folder) / "content.json"
                    content.write_text(json.dumps(records))
                    call_command("loaddata", content, verbosity=0)
                record_first_versions()
                for name, data in media.items():
                    if not default_storage.exists(name):
                        written.append(default_storage.save(name, ContentFile(data)))
        except Exception as error:
            for name in written:
                default_storage.delete(name)
            raise CommandError(f"{path} could not be restored ({error}); nothing was changed.") from error
        self.stdout.write(f"Restored the content and {len(media)} media files from {path}.")


def refuse(path, reason):
    raise CommandError(f"{path} was refused: {reason}. Nothing was changed.")


def read_archive(path, without_manifest):
    """{member name: bytes}, after checking the archive's shape, sizes and checksums, before anything is
    written anywhere."""
    try:
        with tarfile.open(path, "r:gz") as archive:
            infos = []
            total = 0
            for info in archive:
                infos.append(info)
                total += info.size
                if len(infos) > MAX_MEMBERS:
                    refuse(path, f"it has more than {MAX_MEMBERS} members")
                if total > MAX_TOTAL_BYTES:
                    refuse(path, "it would expand to more than 4 GB")
                name = PurePosixPath(info.name)
                if not info.isfile() or name.is_absolute() or ".." in name.parts:
                    refuse(path, f"{info.name!r} is not a plain file inside the archive")
                if info.name not in {"content.json", "manifest.json"} and not info.name.startswith("media/"):
                    refuse(path, f"{info.name!r} is neither content nor media")
                limit = MAX_CONTENT_BYTES if info.name in {"content.json", "manifest.json"} else MAX_BYTES
                if info.size > limit:
                    refuse(path, f"{info.name!r} is larger than a backup's {info.name.split('/')[0]} can be")
            members = {info.name: archive.extractfile(info).read() for info in infos}
    except (OSError, EOFError, tarfile.TarError) as error:
        raise CommandError(
            f"{path} is not a readable backup_content archive ({error}); nothing was changed."
        ) from error
    if "content.json" not in members:
        refuse(path, "it has no content.json")
    manifest = members.pop("manifest.json", None)
    if manifest is None:
        if not without_manifest:
            refuse(path, "it has no manifest.json (an archive of an earlier release: see --without-manifest)")
        return members
    try:
        checksums = json.loads(manifest)
    except ValueError:
        refuse(path, "its manifest.json is not valid")
    if not isinstance(checksums, dict) or set(checksums) != set(members):
        refuse(path, "its members are not those its manifest lists")
    for name, data in members.items():
        if hashlib.sha256(data).hexdigest() != checksums[name]:
            refuse(path, f"{name!r} does not match its checksum in the manifest")
    return members


def refuse_other_models(records):
    allowed = {model._meta.label_lower for model in content_models()}
    if not isinstance(records, list) or not all(isinstance(record, dict) for record in records):
        raise CommandError("content.json is not a list of records; nothing was changed.")
    others = sorted({str(record.get("model")) for record in records} - allowed)
    if others:
        raise CommandError(
            f"content.json holds records that are not content ({', '.join(others)}); nothing was changed."
        )


def refuse_unless_acceptable(name, data):
    """Media are what uploads make, and pass the same checks: pictures named for their format, and the PDF
    copies of notices."""
    if PurePosixPath(name).suffix.lower() == ".pdf":
        try:
            validate_pdf(ContentFile(data, name=name))
        except ValidationError as error:
            raise CommandError(
                f"media/{name} is not an acceptable PDF ({' '.join(error.messages)}); nothing was changed."
            ) from error
        return
    try:
        kind = validate_image(ContentFile(data, name=name))
    except ValidationError as error:
        raise CommandError(
            f"media/{name} is not an acceptable picture ({' '.join(error.messages)}); nothing was changed."
        ) from error
    if PurePosixPath(name).suffix.lower() not in {FORMATS[kind]} | ({".jpeg"} if kind == "JPEG" else set()):
        raise CommandError(
            f"media/{name} is named as another kind of file than the {kind} picture it holds; nothing was changed."
        )


def record_first_versions():
    """A first version in History for each record staff edit on its own page of the admin (with its rows),
    as the demo loader gives one."""
    for model in content_models():
        if admin.site.is_registered(model) and reversion.is_registered(model):
            for record in model._default_manager.all():
                with reversion.create_revision():
                    reversion.set_comment("Restored from a backup")
                    reversion.add_to_revision(record)


# Archives written before the practice's details and old addresses had apps of their own, and before the
# picture fields had one name, still restore.
MOVED_MODELS = {
    "clinic.practice": "practice.practice",
    "clinic.languagetagline": "practice.languagetagline",
    "clinic.oldslug": "public_pages.oldslug",
}
RENAMED_FIELDS = {"locations.clinic": "photo", "procedures.procedure": "image"}


def with_current_names(records):
    for record in records if isinstance(records, list) else ():
        if not isinstance(record, dict) or not isinstance(record.get("fields"), dict):
            continue
        record["model"] = MOVED_MODELS.get(record.get("model"), record.get("model"))
        old = RENAMED_FIELDS.get(record["model"])
        if old:
            record["fields"] = {
                "picture" + name.removeprefix(old) if name.startswith(old) else name: value
                for name, value in record["fields"].items()
            }
    return records
