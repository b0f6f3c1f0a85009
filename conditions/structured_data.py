"""schema.org data for a condition page: a MedicalWebPage about a MedicalCondition, in the page's language,
with the procedures that treat it as its possible treatments."""


def condition_json_ld(condition, url, language, practice, procedure_url):
    """`procedure_url(procedure)` gives a procedure page's absolute address."""
    about = {"@type": "MedicalCondition", "name": condition.name, "description": condition.summary}
    if condition.names_patients_use():
        about["alternateName"] = condition.names_patients_use()
    if condition.treatments:
        about["possibleTreatment"] = [
            {"@type": "MedicalProcedure", "name": procedure.name, "url": procedure_url(procedure)}
            for procedure in condition.treatments
        ]
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": condition.name,
        "url": url,
        "inLanguage": language,
        "description": condition.summary,
        "about": about,
    }
    if practice:
        data["publisher"] = {"@type": "MedicalOrganization", "name": practice.name}
    return data
