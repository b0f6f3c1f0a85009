from django.db import migrations


class Migration(migrations.Migration):
    """The practice's details and taglines now belong to the practice app (their tables renamed, rows kept),
    old addresses to public_pages (rows copied there, then this table dropped)."""

    dependencies = [
        ("clinic", "0006_language_tag_help"),
        ("practice", "0001_initial"),
        ("public_pages", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel("LanguageTagline"), migrations.DeleteModel("Practice")]
        ),
        migrations.DeleteModel("OldSlug"),
    ]
