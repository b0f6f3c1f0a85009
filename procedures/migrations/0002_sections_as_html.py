from django.db import migrations
from django.utils.html import linebreaks

SECTIONS = ["what_it_is", "how_it_is_done", "how_long", "after", "risks", "results"]
LANGUAGES = ["en", "es"]


def plain_text_to_html(apps, schema_editor):
    """Sections were plain text with blank lines between paragraphs; the editor stores HTML."""
    Procedure = apps.get_model("procedures", "Procedure")
    for procedure in Procedure.objects.all():
        for field in [f"{section}_{lang}" for section in SECTIONS for lang in LANGUAGES]:
            text = getattr(procedure, field)
            if text and not text.lstrip().startswith("<"):
                setattr(procedure, field, linebreaks(text))
        procedure.save()


class Migration(migrations.Migration):
    dependencies = [("procedures", "0001_initial")]

    operations = [migrations.RunPython(plain_text_to_html, migrations.RunPython.noop)]
