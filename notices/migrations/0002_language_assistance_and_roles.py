from django.db import migrations
from django.utils.html import linebreaks, strip_tags

from staff.groups import grant, revoke

PERMISSIONS = ["view_notice", "add_notice", "change_notice"]


def forwards(apps, schema_editor):
    """The content editor looks after the notices; the practice's language assistance text, which had a
    page of its own, becomes the language assistance notice, in both languages."""
    grant(apps, "Content editor", "notices", PERMISSIONS)
    practice = apps.get_model("practice", "Practice").objects.filter(pk=1).first()
    Notice = apps.get_model("notices", "Notice")
    if practice is None or not practice.language_assistance_en or Notice.objects.filter(kind="language_assistance"):
        return  # a new site: the demo content or staff enter the notice
    Notice.objects.create(
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
        body=linebreaks(practice.language_assistance_en, autoescape=True),
        body_en=linebreaks(practice.language_assistance_en, autoescape=True),
        body_es=linebreaks(practice.language_assistance_es, autoescape=True) if practice.language_assistance_es else "",
    )


def backwards(apps, schema_editor):
    revoke(apps, "Content editor", "notices", PERMISSIONS)
    notice = apps.get_model("notices", "Notice").objects.filter(kind="language_assistance").first()
    practice = apps.get_model("practice", "Practice").objects.filter(pk=1).first()
    if notice is not None and practice is not None:
        # Back to the plain text the practice's form had, paragraphs separated by blank lines.
        practice.language_assistance_en = strip_tags(notice.body_en.replace("</p>", "</p>\n\n")).strip()
        practice.language_assistance_es = strip_tags((notice.body_es or "").replace("</p>", "</p>\n\n")).strip()
        practice.save()
    if notice is not None:
        notice.delete()


class Migration(migrations.Migration):
    dependencies = [("notices", "0001_initial"), ("practice", "0001_initial"), ("clinic", "0003_staff_groups")]

    operations = [migrations.RunPython(forwards, backwards)]
