from django.core.management.base import BaseCommand

from pictures.fields import picture_fields
from pictures.renditions import make_renditions


class Command(BaseCommand):
    help = (
        "Make the WebP and JPEG renditions of every stored picture that lacks them (after the rendition sizes "
        "changed, or picture files were restored). --replace makes them all anew."
    )

    def add_arguments(self, parser):
        parser.add_argument("--replace", action="store_true", help="Delete and remake existing renditions too.")

    def handle(self, *args, replace, **options):
        pictures = 0
        for model, field in picture_fields():
            for record in model.objects.exclude(**{field.name: ""}):
                fieldfile = getattr(record, field.name)
                if not fieldfile.storage.exists(fieldfile.name):
                    self.stderr.write(f"{model._meta.verbose_name} {record}: {fieldfile.name} is missing; skipped.")
                    continue
                make_renditions(fieldfile, replace=replace)
                pictures += 1
        self.stdout.write(f"Pictures with all their renditions: {pictures}.")
