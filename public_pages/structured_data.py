"""schema.org data shared by the pages of patient information (procedures, conditions)."""


def medical_web_page(page, about, url, language, practice):
    """The MedicalWebPage of `page` (a PageWithSections) in `language`, about `about` (its schema.org
    MedicalProcedure or MedicalCondition), which gets the page's name, summary and other names."""
    about = {**about, "name": page.name, "description": page.summary}
    if page.alternate_names():
        about["alternateName"] = page.alternate_names()
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": page.name,
        "url": url,
        "inLanguage": language,
        "description": page.summary,
        "about": about,
    }
    if practice:
        data["publisher"] = {"@type": "MedicalOrganization", "name": practice.name}
    return data
