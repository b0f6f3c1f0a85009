from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation

from site_check.checks import problems


class Command(BaseCommand):
    help = "List what the practice must fix on its site (as the admin's Site check page does); exit 1 if anything."

    def handle(self, *args, **options):
        with translation.override(settings.LANGUAGE_CODE):
            found = problems()
            for problem in found:
                self.stdout.write(f"{problem.area}: {problem.message} {settings.SITE_URL}{problem.url}")
        if found:
            self.stderr.write(f"{len(found)} to fix.")
            raise SystemExit(1)
        self.stdout.write("Nothing to fix.")
