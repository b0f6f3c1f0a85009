"""schema.org data for the home page: the practice and its clinics."""

from locations.structured_data import clinic_json_ld
from phones.numbers import e164


def organization_json_ld(practice, home_url, clinics, clinic_url):
    """The practice as a MedicalOrganization, its clinics as departments."""
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalOrganization",
        "name": practice.name,
        "url": home_url,
        "description": practice.intro,
        "telephone": e164(practice.phone),
        "availableLanguage": [
            {"@type": "Language", "name": "English", "alternateName": "en"},
            {"@type": "Language", "name": "Spanish", "alternateName": "es"},
        ],
        "department": [clinic_json_ld(clinic, clinic_url(clinic), practice, part_of=False) for clinic in clinics],
    }
    same_as = [url for url in (practice.facebook_url, practice.twitter_url) if url]
    if same_as:
        data["sameAs"] = same_as
    return data
