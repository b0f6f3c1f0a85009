import json
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from clinic.apps import content_apps


class Command(BaseCommand):
    help = "Restore what backup_content wrote into a database without content (after `migrate`), media included."

    def add_arguments(self, parser):
        parser.add_argument("path", help="An archive written by backup_content")

    def handle(self, *args, path, **options):
        present = [
            model._meta.verbose_name_plural
            for label in content_apps()
            for model in apps.get_app_config(label).get_models()
            if model.objects.exists()
        ]
        if present:
            raise CommandError(
                f"This database already has content ({', '.join(map(str, present))}); nothing was changed. "
                "Restore into a new, migrated database."
            )
        with tempfile.TemporaryDirectory() as folder, tarfile.open(path, "r:gz") as archive:
            # The "data" filter refuses absolute paths, links and "..": a damaged archive cannot write elsewhere.
            archive.extractall(folder, filter="data")
            extracted = Path(folder)
            if not (extracted / "content.json").is_file():
                raise CommandError(f"{path} is not a backup_content archive: it has no content.json.")
            content = extracted / "content.json"
            content.write_text(json.dumps(with_current_names(json.loads(content.read_text()))))
            with transaction.atomic():
                call_command("loaddata", content, verbosity=0)
            media = extracted / "media"
            files = 0
            if media.is_dir():
                for file in (p for p in media.rglob("*") if p.is_file()):
                    # Through the storage API (object storage included); a file already there is the same one.
                    name = file.relative_to(media).as_posix()
                    if not default_storage.exists(name):
                        with file.open("rb") as content:
                            default_storage.save(name, File(content))
                    files += 1
        self.stdout.write(f"Restored the content and {files} media files from {path}.")


# Archives written before the practice's details and old addresses had apps of their own, and before the
# picture fields had one name, still restore.
MOVED_MODELS = {
    "clinic.practice": "practice.practice",
    "clinic.languagetagline": "practice.languagetagline",
    "clinic.oldslug": "public_pages.oldslug",
}
RENAMED_FIELDS = {"locations.clinic": "photo", "procedures.procedure": "image"}


def with_current_names(records):
    for record in records:
        record["model"] = MOVED_MODELS.get(record["model"], record["model"])
        old = RENAMED_FIELDS.get(record["model"])
        if old:
            record["fields"] = {
                "picture" + name.removeprefix(old) if name.startswith(old) else name: value
                for name, value in record["fields"].items()
            }
    return records
