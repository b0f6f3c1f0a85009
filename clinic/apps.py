from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# The apps that hold the practice's content: a change to any of their models clears the cache
# (clinic/caching.py), and backup_content writes all of them.
CONTENT_APPS = ("clinic", "locations", "procedures")


class ClinicConfig(AppConfig):
    name = "clinic"
    verbose_name = _("Practice")

    def ready(self):
        from . import caching

        caching.connect_signals()
