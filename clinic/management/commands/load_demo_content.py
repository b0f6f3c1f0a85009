import reversion
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from clinic import demo_content
from clinic.models import LanguageTagline, Practice
from locations.models import Clinic, OpeningHours, SpecialDay
from procedures.models import Procedure
from procedures.rich_text import from_plain_text


class Command(BaseCommand):
    help = (
        "Load the demo practice, its clinics with weekly hours, holidays and procedures into a new database. "
        "Each kind of content is loaded only while its table is empty, so whatever staff changed or "
        "deleted stays as they left it."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        self.records = []
        added = self.load()
        # A first version of each record loaded (with its own rows: a clinic's hours, the practice's
        # taglines), so staff can compare with it, restore it, or recover a demo record they deleted.
        # One revision per record: restoring one must not touch the others.
        for record in self.records:
            with reversion.create_revision():
                reversion.set_comment("Demo content loaded")
                reversion.add_to_revision(record)
        if added:
            self.stdout.write(f"Demo content added: {', '.join(added)}.")
        else:
            self.stdout.write("Demo content already present; nothing changed.")

    def load(self):
        added = []
        if not Practice.objects.exists():
            self.records.append(self.create(Practice, demo_content.PRACTICE))
            added.append("the practice's details")

        if not LanguageTagline.objects.exists():
            practice = Practice.load()
            for order, (language, name, text) in enumerate(demo_content.TAGLINES):
                self.create(
                    LanguageTagline,
                    {
                        "practice": practice,
                        "language": language,
                        "language_name": name,
                        "text": text,
                        "display_order": order,
                    },
                )
            if practice not in self.records:
                self.records.append(practice)  # its versions hold its taglines
            added.append(f"{len(demo_content.TAGLINES)} language taglines")

        if not Clinic.objects.exists():
            for data in demo_content.CLINICS:
                data = dict(data)
                hours = data.pop("hours")
                clinic = self.create(Clinic, data)
                self.records.append(clinic)
                for weekday, opens, closes in hours:
                    self.create(OpeningHours, {"clinic": clinic, "weekday": weekday, "opens": opens, "closes": closes})
            added.append(f"{len(demo_content.CLINICS)} clinics with their weekly hours")

        if not SpecialDay.objects.exists():
            closures = demo_content.holiday_closures(timezone.localdate())
            self.records += [self.create(SpecialDay, data) for data in closures]
            added.append(f"{len(closures)} practice-wide holidays")

        if not Procedure.objects.exists():
            related = {}
            sections = {field for field, _heading, _anchor in Procedure.SECTIONS}
            for data in demo_content.PROCEDURES:
                fields = {
                    # Demo texts are plain paragraphs; sections hold the editor's HTML.
                    name: from_plain_text(value) if name.rsplit("_", 1)[0] in sections else value
                    for name, value in data.items()
                    if name != "related"
                }
                related[self.create(Procedure, fields)] = data["related"]
            self.records += related
            for procedure, slugs in related.items():
                procedure.related.set(Procedure.objects.filter(slug_en__in=slugs))
            added.append(f"{len(demo_content.PROCEDURES)} procedures")

        return added

    @staticmethod
    def create(model, data):
        """Validate like the admin does, then save, so demo data can never be invalid."""
        instance = model(**data)
        instance.full_clean()
        instance.save()
        return instance
