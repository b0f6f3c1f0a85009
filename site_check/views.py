from itertools import groupby

from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .checks import problems


def site_check(request):
    """The admin page: every problem, grouped by area, each with a link to fix it (staff only: see urls)."""
    found = problems()
    context = {
        **admin.site.each_context(request),
        "title": _("Site check"),
        "areas": [(area, list(items)) for area, items in groupby(found, key=lambda problem: problem.area)],
        "count": len(found),
    }
    return TemplateResponse(request, "site_check/site_check.html", context)
