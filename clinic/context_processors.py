from .models import Practice


def practice(request):
    """The practice's details, for the header and footer of every page."""
    return {"practice": Practice.load()}
