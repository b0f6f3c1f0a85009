from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClinicConfig(AppConfig):
    name = "clinic"
    verbose_name = _("Practice")

    def ready(self):
        from . import caching

        caching.connect_signals()
