"""/en/search/?q= and /es/buscar/?q=: procedures, conditions, doctors and clinics (by name, city or ZIP code)
in the page's language. What a patient types may say something about their health: it is never stored, not
in the database, the page cache or a shared cache on the way."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from conditions.models import Condition
from locations.models import Clinic
from procedures.models import Procedure
from providers.models import Provider

from .matching import MAX_QUERY_LENGTH, query_words, score

# Weights of where a word is found: a name says more than a summary.
NAME, OTHER_NAMES, SUMMARY = 4, 3, 1
# The best matches of each kind shown: enough to choose from, and a page that stays small however many
# procedures match a common word ("injection", "procedure"). The rest are counted, not listed.
SHOWN = 10


def _page_fields(page):
    return [
        (NAME, page.name),
        (OTHER_NAMES, page.other_names),
        (OTHER_NAMES, page.search_terms),
        (SUMMARY, page.summary),
    ]


def _provider_fields(provider):
    specialties = " ".join(cert.specialty for cert in provider.certifications.all())
    return [(NAME, provider.display_name), (SUMMARY, provider.license_type), (SUMMARY, specialties)]


def _clinic_fields(clinic):
    return [(NAME, clinic.name), (NAME, clinic.city), (NAME, clinic.zip_code), (SUMMARY, clinic.street_address)]


def _ranked(wanted, records, fields):
    scored = [(score(wanted, fields(record)), n, record) for n, record in enumerate(records)]
    return [record for points, _n, record in sorted(scored, key=lambda s: (-s[0], s[1])) if points]


def results(query):
    """{kind: matching records, best first} for a query; nothing for a query without words."""
    wanted = query_words(query)
    if not wanted:
        return {}
    return {
        "conditions": _ranked(wanted, Condition.objects.published().for_search(), _page_fields),
        "procedures": _ranked(wanted, Procedure.objects.published().for_search(), _page_fields),
        "providers": _ranked(wanted, Provider.objects.published().for_pages(), _provider_fields),
        "clinics": _ranked(wanted, Clinic.objects.all(), _clinic_fields),
    }


@require_safe
@never_cache
def search(request):
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH].strip()
    found = results(query)
    context = {
        "query": query,
        "found": {kind: records[:SHOWN] for kind, records in found.items()},
        "totals": {kind: len(records) for kind, records in found.items()},
        "shown": SHOWN,
        "count": sum(len(records) for records in found.values()),
    }
    return render(request, "site_search/results.html", context)
