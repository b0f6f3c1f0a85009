from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand

from pictures.storage import orphans


class Command(BaseCommand):
    help = (
        "Delete stored pictures and renditions that no record uses and that are more than an hour old: what an "
        "upload leaves when its save never committed. Run it daily, or after a crash."
    )

    def handle(self, *args, **options):
        removed = 0
        for name in list(orphans(default_storage)):
            default_storage.delete(name)
            self.stdout.write(f"removed {name}")
            removed += 1
        self.stdout.write(f"Orphan pictures removed: {removed}.")
