"""Lists shown in pages: /en/clinics/?page=2, with links that keep the list's filters."""

from django.core.paginator import Paginator


def paged(items, per_page, request, filters):
    """The template context of one page of `items`: `page` (junk in ?page= gives the first or the last),
    `page_numbers` (Django's elided range: 1 2 … 8 9), `query` (the filters, a QueryDict, for the links to
    other pages) and `page_query` (the filters and this page's number after the first: the page's own
    address in every language)."""
    page = Paginator(items, per_page).get_page(request.GET.get("page"))
    own = filters.copy()
    if page.number > 1:
        own["page"] = page.number
    return {
        "page": page,
        "page_numbers": list(page.paginator.get_elided_page_range(page.number, on_each_side=1)),
        "query": filters.urlencode(),
        "page_query": own.urlencode(),
    }
