def create(model, data):
    """Validate like the admin does, then save, so demo data can never be invalid."""
    instance = model(**data)
    instance.full_clean()
    instance.save()
    return instance
