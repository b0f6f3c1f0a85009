"""Giving a staff role the permissions of models added after the roles were made (the roles themselves are
made in clinic/migrations/0003_staff_groups.py). For data migrations: every function takes the migration's
`apps`."""


def create_permissions(apps, app_label):
    """The permissions of an app's models, as Django creates them after all migrations ran (it finds and
    keeps these): a role needs them now."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for model in apps.get_app_config(app_label).get_models():
        opts = model._meta
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=opts.model_name)
        defaults = [
            (f"{action}_{opts.model_name}", f"Can {action} {opts.verbose_name_raw}")
            for action in opts.default_permissions
        ]
        for codename, name in defaults + list(opts.permissions):
            Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})


def grant(apps, group_name, app_label, codenames):
    """Add the app's permissions named in `codenames` to the role (made if it does not exist)."""
    create_permissions(apps, app_label)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))


def revoke(apps, group_name, app_label, codenames):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name=group_name):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))
