from importlib import import_module

import reversion
from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import module_has_submodule

from clinic.caching import pages
from demo import large


class Command(BaseCommand):
    help = (
        "Load the demo practice, its clinics with weekly hours, holidays and procedures into a new database: "
        "each installed app's demo_content.load(), in the order of INSTALLED_APPS. Each kind of content is "
        "loaded only while its table is empty, so whatever staff changed or deleted stays as they left it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--clinics",
            type=int,
            default=0,
            help="Then add made-up sample clinics until there are this many (to measure pages at a large size).",
        )
        parser.add_argument(
            "--procedures", type=int, default=0, help="Then add made-up sample procedures until there are this many."
        )

    @transaction.atomic
    def handle(self, *args, **options):
        added, records = [], {}
        for config in apps.get_app_configs():
            if module_has_submodule(config.module, "demo_content"):
                for description, loaded in import_module(f"{config.name}.demo_content").load():
                    added.append(description)
                    records.update(dict.fromkeys(loaded))
        # A first version of each record loaded (with its own rows: a clinic's hours, the practice's
        # taglines), so staff can compare with it, restore it, or recover a demo record they deleted.
        # One revision per record: restoring one must not touch the others.
        for record in records:
            record.refresh_from_db()  # a later app's content may have changed it (a procedure's reviewer)
            with reversion.create_revision():
                reversion.set_comment("Demo content loaded")
                reversion.add_to_revision(record)
        clinics, procedures = large.grow(options["clinics"], options["procedures"])
        if clinics or procedures:
            added.append(f"{clinics} sample clinics, {procedures} sample procedures")
            # Rows written in bulk send no signal that would clear the cached pages: clear them once committed.
            transaction.on_commit(pages().clear)
        if added:
            self.stdout.write(f"Demo content added: {', '.join(added)}.")
        else:
            self.stdout.write("Demo content already present; nothing changed.")
