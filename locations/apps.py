from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LocationsConfig(AppConfig):
    name = "locations"
    verbose_name = _("Clinics")
    # Staff edit its models: a change clears the page cache (clinic/caching.py), backup_content writes them.
    holds_content = True
