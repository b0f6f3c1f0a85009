import hashlib
import io
import json
import tarfile
import tempfile
from pathlib import Path

from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand

from clinic.apps import content_apps
from pictures.storage import stored_files


class Command(BaseCommand):
    help = (
        "Write all content (practice, clinics, hours, special days, procedures, in both languages) and the "
        "uploaded pictures to one .tar.gz file, with a manifest of their SHA-256 checksums. restore_content reads "
        "it back."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The archive to write, e.g. backups/clinic-2026-11-25.tar.gz")

    def handle(self, *args, path, **options):
        content = io.StringIO()
        call_command("dumpdata", *content_apps(), natural_foreign=True, indent=1, stdout=content)
        data = content.getvalue().encode()
        checksums = {}
        with tempfile.NamedTemporaryFile(dir=Path(path).resolve().parent, delete=False) as temporary:
            with tarfile.open(fileobj=temporary, mode="w:gz") as archive:

                def add(name, data):
                    info = tarfile.TarInfo(name)
                    info.size = len(data)
                    archive.addfile(info, io.BytesIO(data))
                    checksums[name] = hashlib.sha256(data).hexdigest()

                add("content.json", data)
                # Through the storage API, so uploads kept in object storage are backed up too.
                for name in stored_files(default_storage):
                    with default_storage.open(name, "rb") as file:
                        add(f"media/{name}", file.read())
                # Last: restore_content checks every member against it before it writes anything.
                manifest = json.dumps(checksums, indent=1).encode()
                info = tarfile.TarInfo("manifest.json")
                info.size = len(manifest)
                archive.addfile(info, io.BytesIO(manifest))
        Path(temporary.name).replace(path)
        self.stdout.write(f"Backed up the content and {len(checksums) - 1} media files to {path}.")
