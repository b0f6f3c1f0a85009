from django.db import migrations

from staff.groups import grant, revoke

PERMISSIONS = [f"{action}_condition" for action in ["view", "add", "change", "delete"]]


def forwards(apps, schema_editor):
    grant(apps, "Content editor", "conditions", PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, "Content editor", "conditions", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("conditions", "0001_initial"), ("clinic", "0003_staff_groups")]

    operations = [migrations.RunPython(forwards, backwards)]
