from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProvidersConfig(AppConfig):
    name = "providers"
    verbose_name = _("Providers")
    # Staff edit its models: a change clears the page cache (clinic/caching.py), backup_content writes them.
    holds_content = True
