from rich_text.fields import from_plain_text


def create(model, data):
    """Validate like the admin does, then save, so demo data can never be invalid."""
    instance = model(**data)
    instance.full_clean()
    instance.save()
    return instance


def sections_as_html(model, data):
    """`data` with the texts of the model's sections (plain paragraphs in the demo content) as the editor's
    HTML; the other fields as they are."""
    sections = {field for field, _heading, _anchor in model.SECTIONS}
    return {
        name: from_plain_text(value) if name.rsplit("_", 1)[0] in sections else value for name, value in data.items()
    }
