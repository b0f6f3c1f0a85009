from django.db import migrations

from staff.groups import grant, revoke

PERMISSIONS = [f"{action}_alert" for action in ["view", "add", "change", "delete"]]
ROLES = ["Front desk", "Content editor"]


def forwards(apps, schema_editor):
    for role in ROLES:
        grant(apps, role, "alerts", PERMISSIONS)


def backwards(apps, schema_editor):
    for role in ROLES:
        revoke(apps, role, "alerts", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("alerts", "0001_initial"), ("clinic", "0003_staff_groups")]

    operations = [migrations.RunPython(forwards, backwards)]
