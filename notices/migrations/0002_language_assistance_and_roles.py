from django.db import migrations
from django.utils.html import linebreaks

from staff.groups import grant, revoke

PERMISSIONS = ["view_notice", "add_notice", "change_notice"]


def forwards(apps, schema_editor):
    """The content editor looks after the notices; the practice's language assistance text, which had a
    page of its own, becomes the language assistance notice, in both languages."""
    grant(apps, "Content editor", "notices", PERMISSIONS)
    practice = apps.get_model("practice", "Practice").objects.filter(pk=1).first()
    if practice is None or not practice.language_assistance_en:
        return  # a new site: the demo content or staff enter the notice
    apps.get_model("notices", "Notice").objects.create(
        kind="language_assistance",
        name="Language assistance",
        name_en="Language assistance",
        name_es="Asistencia con el idioma",
        slug="language-assistance",
        slug_en="language-assistance",
        slug_es="asistencia-con-el-idioma",
        summary="Free interpreters and auxiliary aids at every clinic, and how to ask for them.",
        summary_en="Free interpreters and auxiliary aids at every clinic, and how to ask for them.",
        summary_es="Intérpretes y ayudas auxiliares gratuitos en todas las clínicas, y cómo pedirlos.",
        body=linebreaks(practice.language_assistance_en),
        body_en=linebreaks(practice.language_assistance_en),
        body_es=linebreaks(practice.language_assistance_es) if practice.language_assistance_es else "",
    )


def backwards(apps, schema_editor):
    revoke(apps, "Content editor", "notices", PERMISSIONS)
    notice = apps.get_model("notices", "Notice").objects.filter(kind="language_assistance").first()
    practice = apps.get_model("practice", "Practice").objects.filter(pk=1).first()
    if notice is not None and practice is not None:
        practice.language_assistance_en = notice.body_en
        practice.language_assistance_es = notice.body_es
        practice.save()


class Migration(migrations.Migration):
    dependencies = [("notices", "0001_initial"), ("practice", "0001_initial"), ("clinic", "0003_staff_groups")]

    operations = [migrations.RunPython(forwards, backwards)]
