from django.db import migrations

from staff.groups import grant, revoke

PERMISSIONS = [f"{action}_reference" for action in ["view", "add", "change", "delete"]]


def forwards(apps, schema_editor):
    grant(apps, "Content editor", "procedures", PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, "Content editor", "procedures", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("procedures", "0007_review_sections_references"), ("clinic", "0003_staff_groups")]

    operations = [migrations.RunPython(forwards, backwards)]
