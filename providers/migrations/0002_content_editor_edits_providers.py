from django.db import migrations

from staff.groups import grant, revoke

PERMISSIONS = [
    f"{action}_{model}" for model in ["provider", "boardcertification"] for action in ["view", "add", "change", "delete"]
]


def forwards(apps, schema_editor):
    grant(apps, "Content editor", "providers", PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, "Content editor", "providers", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("providers", "0001_initial"), ("clinic", "0003_staff_groups")]

    operations = [migrations.RunPython(forwards, backwards)]
