from django.conf import settings

ADMIN_PREFIX = "/admin/"


def staff_request(request):
    """Whether the request comes from staff. Patients never log in, so a session means staff: they may
    preview drafts, so their pages are private, and looking at the session itself would make every page
    vary by cookie."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def visible_pages(request, model):
    """The records of `model` whose pages this request may see: the published ones, and drafts too for staff
    who may view that kind of record (the admin links to the page as a preview)."""
    opts = model._meta
    if staff_request(request) and request.user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
        return model.objects.all()
    return model.objects.published()
