from django.conf import settings

ADMIN_PREFIX = "/admin/"


def staff_request(request):
    """Whether the request comes from staff. Patients never log in, so a session means staff: they may
    preview drafts, so their pages are private, and looking at the session itself would make every page
    vary by cookie."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES
