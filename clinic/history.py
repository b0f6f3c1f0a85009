"""Version history for staff: restoring a version changes that record and its own rows, nothing else."""

from reversion.revisions import _get_options
from reversion_compare.admin import CompareVersionAdmin


def _row_relations(model):
    """(row model, its foreign key's attribute name) for each kind of row that belongs to a record of `model`
    and is kept in the record's versions: the relations reversion follows (the admin's inlines, such as a
    clinic's weekly hours and its own special days)."""
    for name in _get_options(model).follow:
        relation = model._meta.get_field(name)
        yield relation.related_model, relation.field.attname


def record_versions(version):
    """`version` and, from its revision, the versions of the rows that belonged to that record then."""
    in_revision = list(version.revision.version_set.select_related("content_type"))
    found = [version]
    for parent in found:  # the list grows as rows of rows are found
        for row_model, foreign_key in _row_relations(parent._model):
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
    record = version._model._default_manager.filter(pk=version.object_id).first()
    if record is not None:
        for row in _current_rows(record):
            if (type(row), str(row.pk)) not in kept:
                row.delete()
    for row in versions:  # the record first, then its rows, which refer to it
        row.revert()


class HistoryAdmin(CompareVersionAdmin):
    """History, compare, restore and recover for a kind of content, record by record."""

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        # django-reversion reverts every record of the version's revision; revert this record only.
        version.revision.revert = lambda delete: revert_record(version)
        return super()._reversion_revisionform_view(request, version, template_name, extra_context)
