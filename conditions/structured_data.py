"""schema.org data for a condition page: a MedicalWebPage about a MedicalCondition, in the page's language,
with the procedures that treat it as its possible treatments."""

from public_pages.structured_data import medical_web_page


def condition_json_ld(condition, url, language, practice, procedure_url):
    """`procedure_url(procedure)` gives a procedure page's absolute address."""
    about = {"@type": "MedicalCondition"}
    if condition.treatments:
        about["possibleTreatment"] = [
            {"@type": "MedicalProcedure", "name": procedure.name, "url": procedure_url(procedure)}
            for procedure in condition.treatments
        ]
    return medical_web_page(condition, about, url, language, practice)
