from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from clinic import demo_content
from clinic.models import Practice
from locations.models import Clinic, OpeningHours, SpecialDay
from procedures.models import Procedure


class Command(BaseCommand):
    help = (
        "Load the demo practice, its clinics with weekly hours, holidays and procedures into a new database. "
        "Each kind of content is loaded only while its table is empty, so whatever staff changed or "
        "deleted stays as they left it."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        added = []
        if not Practice.objects.exists():
            self.create(Practice, demo_content.PRACTICE)
            added.append("the practice's details")

        if not Clinic.objects.exists():
            for data in demo_content.CLINICS:
                data = dict(data)
                hours = data.pop("hours")
                clinic = self.create(Clinic, data)
                for weekday, opens, closes in hours:
                    self.create(OpeningHours, {"clinic": clinic, "weekday": weekday, "opens": opens, "closes": closes})
            added.append(f"{len(demo_content.CLINICS)} clinics with their weekly hours")

        if not SpecialDay.objects.exists():
            closures = demo_content.holiday_closures(timezone.localdate())
            for data in closures:
                self.create(SpecialDay, data)
            added.append(f"{len(closures)} practice-wide holidays")

        if not Procedure.objects.exists():
            related = {}
            for data in demo_content.PROCEDURES:
                data = dict(data)
                related[self.create(Procedure, {k: v for k, v in data.items() if k != "related"})] = data["related"]
            for procedure, slugs in related.items():
                procedure.related.set(Procedure.objects.filter(slug__in=slugs))
            added.append(f"{len(demo_content.PROCEDURES)} procedures")

        if added:
            self.stdout.write(f"Demo content added: {', '.join(added)}.")
        else:
            self.stdout.write("Demo content already present; nothing changed.")

    @staticmethod
    def create(model, data):
        """Validate like the admin does, then save, so demo data can never be invalid."""
        instance = model(**data)
        instance.full_clean()
        instance.save()
        return instance
