from django.apps import AppConfig
from django.core.signals import setting_changed
from django.utils.autoreload import file_changed
from django.utils.translation import gettext_lazy as _


class LocationsConfig(AppConfig):
    name = "locations"
    verbose_name = _("Clinics")
    # Staff edit its models: a change clears the page cache (clinic/caching.py), backup_content writes them.
    holds_content = True

    def ready(self):
        file_changed.connect(forget_wording)
        setting_changed.connect(forget_wording)


def forget_wording(sender, file_path=None, **kwargs):
    """Clock times and dates in words are remembered per language: forget them when runserver reloads
    the translations (a .mo file changed, which does not restart it) or a test changes a setting."""
    if file_path is None or file_path.suffix == ".mo":
        from .models import clock_text
        from .templatetags.opening_hours import long_date_in

        clock_text.cache_clear()
        long_date_in.cache_clear()
