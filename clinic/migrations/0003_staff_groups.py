from django.db import migrations

from staff.groups import create_permissions

# What each role may do in the admin. Superusers (the office manager) manage users and groups.
GROUPS = {
    "Front desk": {
        "locations": [
            "view_clinic", "change_clinic",
            "view_openinghours", "add_openinghours", "change_openinghours", "delete_openinghours",
            "view_specialday", "add_specialday", "change_specialday", "delete_specialday",
        ],
        "clinic": ["view_practice", "change_practice_contact"],
    },
    "Content editor": {
        "procedures": ["view_procedure", "add_procedure", "change_procedure", "delete_procedure"],
        "locations": ["view_clinic", "change_clinic_photo"],
    },
}


def create_groups(apps, schema_editor):
    for app_label in {app for permissions in GROUPS.values() for app in permissions}:
        create_permissions(apps, app_label)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codenames in permissions.items()
            for codename in codenames
        )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("clinic", "0002_role_permissions"),
        ("locations", "0004_role_permissions"),
        ("procedures", "0003_picture_renditions"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
