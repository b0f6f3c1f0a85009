"""schema.org data for the home page: the practice and its clinics."""

from phones.numbers import e164


def organization_json_ld(practice, home_url, clinics, clinic_url):
    """The practice as a MedicalOrganization, its clinics as departments named by their `@id`: each
    clinic's page describes it whole (address, hours), so a clinic adds about 160 bytes to the home page
    (16 KB at 100 clinics), not its hours."""
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
        "department": [
            {"@type": "MedicalClinic", "@id": url, "name": clinic.name, "url": url}
            for clinic, url in ((clinic, clinic_url(clinic)) for clinic in clinics)
        ],
    }
    same_as = [url for url in (practice.facebook_url, practice.twitter_url) if url]
    if same_as:
        data["sameAs"] = same_as
    return data
