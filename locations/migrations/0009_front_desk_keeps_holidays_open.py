from django.db import migrations

from staff.groups import grant, revoke

PERMISSIONS = [f"{action}_openasusual" for action in ["view", "add", "change", "delete"]]


def forwards(apps, schema_editor):
    grant(apps, "Front desk", "locations", PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, "Front desk", "locations", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("locations", "0008_open_as_usual"), ("clinic", "0003_staff_groups")]

    operations = [migrations.RunPython(forwards, backwards)]
