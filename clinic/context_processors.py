from .caching import cached_practice


def practice(request):
    """The practice's details, for the header and footer of every page."""
    return {"practice": cached_practice()}
