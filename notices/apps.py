from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "notices"
    verbose_name = _("Notices")
    # Staff edit its models: a change clears the page cache (clinic/caching.py), backup_content writes them.
    holds_content = True
