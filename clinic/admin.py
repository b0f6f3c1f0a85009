from django.contrib import admin
from django.utils.translation import gettext_lazy as _

admin.site.site_header = admin.site.site_title = _("Practice website")
admin.site.index_title = _("Content")
