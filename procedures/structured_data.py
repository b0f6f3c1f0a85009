"""schema.org data for a procedure page: a MedicalWebPage about a MedicalProcedure, in the page's language."""

from django.utils.html import strip_tags

from public_pages.structured_data import medical_web_page


def _plain(html):
    return " ".join(strip_tags(html).split())


def procedure_json_ld(procedure, url, language, practice, provider_url):
    """`provider_url(provider)` gives a provider page's absolute address, its @id there too."""
    about = {"@type": "MedicalProcedure"}
    if procedure.how_it_is_done:
        about["howPerformed"] = _plain(procedure.how_it_is_done)
    if procedure.after:
        about["followup"] = _plain(procedure.after)
    data = medical_web_page(procedure, about, url, language, practice)
    reviewer = procedure.shown_reviewer
    if reviewer is not None:
        data["lastReviewed"] = procedure.reviewed_on.isoformat()
        kind = "Physician" if reviewer.is_physician else "Person"
        data["reviewedBy"] = {"@type": kind, "name": reviewer.display_name, "@id": provider_url(reviewer)}
    if procedure.references.all():
        data["citation"] = [
            {"@type": "CreativeWork", "name": reference.title, "url": reference.url, "publisher": reference.publisher}
            for reference in procedure.references.all()
        ]
    return data
