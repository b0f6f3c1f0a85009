from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicPagesConfig(AppConfig):
    name = "public_pages"
    verbose_name = _("Page addresses")
    # Staff edit its models: a change clears the page cache (clinic/caching.py), backup_content writes them.
    holds_content = True
