from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand

from clinic.images import make_renditions
from locations.models import Clinic
from procedures.models import Procedure

PICTURES = [(Clinic, "photo"), (Procedure, "image")]


class Command(BaseCommand):
    help = (
        "Make the WebP and JPEG renditions of every clinic photo and procedure image that lacks them (after "
        "the rendition sizes changed, or picture files were restored). --replace makes them all anew."
    )

    def add_arguments(self, parser):
        parser.add_argument("--replace", action="store_true", help="Delete and remake existing renditions too.")

    def handle(self, *args, replace, **options):
        pictures = 0
        for model, field in PICTURES:
            for record in model.objects.exclude(**{field: ""}):
                fieldfile = getattr(record, field)
                if not default_storage.exists(fieldfile.name):
                    self.stderr.write(f"{model._meta.verbose_name} {record}: {fieldfile.name} is missing; skipped.")
                    continue
                make_renditions(fieldfile, replace=replace)
                pictures += 1
        self.stdout.write(f"Pictures with all their renditions: {pictures}.")
