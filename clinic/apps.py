from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


def content_apps():
    """The labels of the apps whose models staff edit (their AppConfig says `holds_content = True`): a
    change to any of their models clears the page cache, and backup_content writes all of them."""
    return [config.label for config in apps.get_app_configs() if getattr(config, "holds_content", False)]


def content_models():
    """Every model of those apps."""
    return [model for label in content_apps() for model in apps.get_app_config(label).get_models()]


class ClinicConfig(AppConfig):
    """The project package: settings, root URLs, the site-wide pages, the page cache, backups."""

    name = "clinic"
    verbose_name = _("Site")

    def ready(self):
        from . import caching

        caching.connect_signals()
