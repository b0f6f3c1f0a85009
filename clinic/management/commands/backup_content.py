import io
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from clinic.apps import CONTENT_APPS


class Command(BaseCommand):
    help = (
        "Write all content (practice, clinics, hours, special days, procedures, in both languages) and the "
        "uploaded pictures to one .tar.gz file. restore_content reads it back."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The archive to write, e.g. backups/clinic-2026-11-25.tar.gz")

    def handle(self, *args, path, **options):
        content = io.StringIO()
        call_command("dumpdata", *CONTENT_APPS, natural_foreign=True, indent=1, stdout=content)
        data = content.getvalue().encode()
        media = Path(settings.MEDIA_ROOT)
        files = 0
        with tempfile.NamedTemporaryFile(dir=Path(path).resolve().parent, delete=False) as temporary:
            with tarfile.open(fileobj=temporary, mode="w:gz") as archive:
                info = tarfile.TarInfo("content.json")
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
                if media.is_dir():
                    for file in sorted(p for p in media.rglob("*") if p.is_file()):
                        archive.add(file, arcname=f"media/{file.relative_to(media).as_posix()}")
                        files += 1
        Path(temporary.name).replace(path)
        self.stdout.write(f"Backed up the content and {files} media files to {path}.")
