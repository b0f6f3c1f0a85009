from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteCheckConfig(AppConfig):
    """What the practice must fix on its site, in one admin page and one command."""

    name = "site_check"
    verbose_name = _("Site check")
