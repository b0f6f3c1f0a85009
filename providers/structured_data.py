"""schema.org data for a provider page: a Physician (schema.org's type for a physician's practice), with
the clinics where they see patients as its locations."""

from django.utils.html import strip_tags


def provider_json_ld(provider, url, language, clinic_url, picture_url=None):
    """`clinic_url(clinic)` gives a clinic page's absolute address, which is the clinic's @id there too.
    A nurse practitioner or physician assistant is a Person with a job title, not a Physician."""
    if not provider.is_physician:
        return _person(provider, url, clinic_url, picture_url)
    data = {
        "@context": "https://schema.org",
        "@type": "Physician",
        "@id": url,
        "name": provider.display_name,
        "url": url,
        "inLanguage": language,
        "medicalSpecialty": [cert.specialty for cert in provider.certifications.all() if cert.specialty],
        "knowsLanguage": provider.languages,
        "isAcceptingNewPatients": provider.accepting_new_patients,
        "location": [
            {"@type": "MedicalClinic", "@id": clinic_url(clinic), "name": clinic.name, "address": clinic.full_address}
            for clinic in provider.clinics.all()
        ],
    }
    if provider.npi:
        data["usNPI"] = provider.npi
    if provider.biography:
        data["description"] = " ".join(strip_tags(provider.biography).split())
    if picture_url:
        data["image"] = picture_url
    return data


def _person(provider, url, clinic_url, picture_url):
    data = {
        "@context": "https://schema.org",
        "@type": "Person",
        "@id": url,
        "name": provider.display_name,
        "url": url,
        "jobTitle": provider.license_type,
        "knowsLanguage": provider.languages,
        "workLocation": [
            {"@type": "MedicalClinic", "@id": clinic_url(clinic), "name": clinic.name}
            for clinic in provider.clinics.all()
        ],
    }
    if provider.npi:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "NPI", "value": provider.npi}
    if picture_url:
        data["image"] = picture_url
    return data
