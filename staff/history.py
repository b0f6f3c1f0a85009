"""Version history for staff: restoring a version changes that record and its own rows, nothing else; comparing
two versions shows the text as staff read it, with the changed words marked, language by language."""

import difflib
import html
import re

import reversion
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.templatetags.admin_urls import admin_urlname
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django_prose_editor.fields import ProseEditorField
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator
from reversion_compare.admin import CompareVersionAdmin


def _row_relations(model):
    """(row model, its foreign key's attribute name) for each kind of row that belongs to a record of `model`
    and has versions of its own: a clinic's weekly hours and special days, the practice's taglines."""
    for relation in model._meta.related_objects:
        if relation.one_to_many and reversion.is_registered(relation.related_model):
            yield relation.related_model, relation.field.attname


def record_versions(version):
    """`version` and, from its revision, the versions of the rows that belonged to that record then."""
    in_revision = list(version.revision.version_set.select_related("content_type"))
    found = [version]
    for parent in found:  # the list grows as rows of rows are found
        for row_model, foreign_key in _row_relations(parent.content_type.model_class()):
            found += [
                row
                for row in in_revision
                if row.content_type.model_class() is row_model
                and str(row.field_dict[foreign_key]) == str(parent.object_id)
            ]
    return found


def _current_rows(record):
    rows = []
    for row_model, foreign_key in _row_relations(type(record)):
        for row in row_model._default_manager.filter(**{foreign_key: record.pk}):
            rows += [row, *_current_rows(row)]
    return rows


def revert_record(version):
    """Put the record back as `version` has it, with its rows as they were then (rows added since are
    deleted). Other records saved in the same revision stay as they are: the demo loader of earlier releases
    put every record into one revision, and a clinic's revision holds its special days, each of which has a
    history of its own."""
    versions = record_versions(version)
    kept = {(row.content_type.model_class(), str(row.object_id)) for row in versions}
    record = version.content_type.model_class()._default_manager.filter(pk=version.object_id).first()
    if record is not None:
        for row in _current_rows(record):
            if (type(row), str(row.pk)) not in kept:
                row.delete()
    for row in versions:  # the record first, then its rows, which refer to it
        _drop_links_to_deleted(row)
        row.revert()


def _drop_links_to_deleted(version):
    """A version links to the records it named then (a provider's clinics); those deleted since are left
    out, rather than failing the whole restore. Django's DeserializedObject keeps the links in m2m_data."""
    deserialized = version._object_version
    for name, pks in deserialized.m2m_data.items():
        related = type(deserialized.object)._meta.get_field(name).related_model
        existing = {str(pk) for pk in related._default_manager.filter(pk__in=pks).values_list("pk", flat=True)}
        deserialized.m2m_data[name] = [pk for pk in pks if str(pk) in existing]


_BLOCK_END = re.compile(r"</(?:p|h3|h4|li)>|<br\s*/?>")
_TOKENS = re.compile(r"\n|[^\S\n]+|[^\s]+")
_AROUND = re.compile(r"(\s*)(.*?)(\s*)$", re.S)


def readable_text(value, rich):
    """The text as its reader sees it, one line per paragraph, heading or list item."""
    value = str(value or "")
    if rich:
        value = html.unescape(strip_tags(_BLOCK_END.sub("\n", value)))
    return "\n".join(line.strip() for line in value.splitlines() if line.strip())


def word_diff(old, new):
    """HTML paragraphs of the new text, each run of deleted words in <del> and of added ones in <ins>."""
    old_words, new_words = _TOKENS.findall(old), _TOKENS.findall(new)
    paragraphs = [""]

    def add(words, tag=None):
        for n, run in enumerate("".join(words).split("\n")):
            if n:
                paragraphs.append("")
            if tag and run.strip():  # the spaces around a run stay outside its mark
                before, marked, after = _AROUND.match(run).groups()
                paragraphs[-1] += f"{escape(before)}<{tag}>{escape(marked)}</{tag}>{escape(after)}"
            else:
                paragraphs[-1] += escape(run)

    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if operation == "equal":
            add(new_words[new_start:new_end])
        else:
            add(old_words[old_start:old_end], "del")
            add(new_words[new_start:new_end], "ins")
    return mark_safe("".join(f"<p>{paragraph}</p>" for paragraph in paragraphs if paragraph))


def _label(field):
    """ "Risks (Spanish)" for a translation, the field's own name otherwise."""
    if isinstance(field, TranslationField):
        language = dict(settings.LANGUAGES)[field.language]
        return f"{capfirst(field.translated_field.verbose_name)} ({language})"
    return capfirst(getattr(field, "verbose_name", None) or field.related_name)


class HistoryAdmin(CompareVersionAdmin):
    """History, compare, restore and recover for a kind of content, record by record."""

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        # django-reversion reverts every record of the version's revision; revert this record only.
        version.revision.revert = lambda delete: revert_record(version)
        request.restoring = True
        return super()._reversion_revisionform_view(request, version, template_name, extra_context)

    def response_change(self, request, obj):
        """A restore (of an old version, or of a deleted record) says so, not "was changed successfully"."""
        if not getattr(request, "restoring", False):
            return super().response_change(request, obj)
        url = reverse(admin_urlname(self.opts, "change"), args=[quote(obj.pk)], current_app=self.admin_site.name)
        link = format_html('<a href="{}">{}</a>', url, obj)
        message = format_html(_("The {name} “{obj}” was restored."), name=self.opts.verbose_name, obj=link)
        self.message_user(request, message, messages.SUCCESS)
        return self.response_post_save_change(request, obj)

    def compare(self, obj, version1, version2):
        """Each changed field once per language, labelled: a translated field's own column (which holds the
        default language's text again) is left out."""
        diff, _unfollowed = super().compare(obj, version1, version2)
        try:
            translated = set(translator.get_options_for_model(type(obj)).fields)
        except NotRegistered:
            translated = set()
        diff = [
            {**change, "label": _label(change["field"])}
            for change in diff
            if getattr(change["field"], "name", None) not in translated
        ]
        # The note on fields the history does not keep, only where such a field is shown.
        return diff, any(change["is_related"] and not change["follow"] for change in diff)

    def compare_CharField(self, obj_compare):
        return self._compare_text(obj_compare)

    def compare_TextField(self, obj_compare):
        return self._compare_text(obj_compare)

    def _compare_text(self, obj_compare):
        rich = isinstance(obj_compare.field, ProseEditorField)
        old, new = (readable_text(value, rich) for value in obj_compare.to_string())
        return mark_safe(f'<div class="text-diff">{word_diff(old, new)}</div>')
