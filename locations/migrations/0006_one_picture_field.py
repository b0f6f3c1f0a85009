import json

import pictures.fields
import public_pages.models
from django.db import migrations, models

# The picture fields are declared once, on public_pages.models.PublicPage, under one set of names.
RENAMES = {
    "photo": "picture",
    "photo_width": "picture_width",
    "photo_height": "picture_height",
    "photo_alt": "picture_alt",
    "photo_alt_en": "picture_alt_en",
    "photo_alt_es": "picture_alt_es",
}


def rename_in_versions(apps, schema_editor, renames):
    """Stored versions use the field names of their time: rename them too, so History can still restore a
    picture saved before."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Version = apps.get_model("reversion", "Version")
    content_type = ContentType.objects.filter(app_label="locations", model="clinic").first()
    if content_type is None:
        return
    for version in Version.objects.filter(content_type=content_type, format="json").iterator():
        data = json.loads(version.serialized_data)
        for record in data:
            fields = record["fields"]
            for old, new in renames.items():
                if old in fields:
                    fields[new] = fields.pop(old)
        version.serialized_data = json.dumps(data)
        version.save(update_fields=["serialized_data"])


def forwards(apps, schema_editor):
    rename_in_versions(apps, schema_editor, RENAMES)


def backwards(apps, schema_editor):
    rename_in_versions(apps, schema_editor, {new: old for old, new in RENAMES.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("locations", "0005_translated_slugs"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        *(migrations.RenameField("clinic", old, new) for old, new in RENAMES.items()),
        migrations.AlterField(
            model_name='clinic',
            name='picture',
            field=pictures.fields.PictureField(blank=True, height_field='picture_height', upload_to=public_pages.models.picture_upload_to, verbose_name='picture', width_field='picture_width'),
        ),
        migrations.AlterField(
            model_name='clinic',
            name='picture_alt',
            field=models.CharField(blank=True, help_text='What the picture shows, for patients who cannot see it.', max_length=250, verbose_name='picture description'),
        ),
        migrations.AlterField(
            model_name='clinic',
            name='picture_alt_en',
            field=models.CharField(blank=True, help_text='What the picture shows, for patients who cannot see it.', max_length=250, null=True, verbose_name='picture description'),
        ),
        migrations.AlterField(
            model_name='clinic',
            name='picture_alt_es',
            field=models.CharField(blank=True, help_text='What the picture shows, for patients who cannot see it.', max_length=250, null=True, verbose_name='picture description'),
        ),
        migrations.RunPython(forwards, backwards),
    ]
