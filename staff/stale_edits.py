"""A form opened before a colleague saved never overwrites that save.

Each change form carries, signed, a fingerprint of what it lets this user edit: the record's fields and its
inline rows (a clinic's weekly hours and special days). A save compares it with the database in the
transaction that saves (staff saves take turns: staff.middleware.staff_saves_take_turns). If anything the
form shows has changed since it was opened, nothing is saved: the form opens again with the current values
and a message that says who changed what, and when.
"""

import hashlib

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.db.models import Max, Q
from django.http import HttpResponseRedirect
from django.utils import formats, timezone
from django.utils.text import capfirst, get_text_list
from django.utils.translation import gettext as _
from reversion.models import Revision

FIELD = "_edited_state"
# Named after the module's first home: forms opened before it moved still verify.
_SALT = "clinic.stale_edits"


def _digest(field, row):
    value = field.value_from_object(row)
    if field.many_to_many:
        value = sorted(related.pk for related in value)
    return hashlib.blake2b(repr(value).encode(), digest_size=6).hexdigest()


def _fingerprint(row, field_names):
    """[what the row is, in words; {field: digest of its value}]"""
    fields = [field for field in row._meta.concrete_fields if field.name in field_names]
    fields += [field for field in row._meta.many_to_many if field.name in field_names]
    return [f"{capfirst(row._meta.verbose_name)} {row}", {field.name: _digest(field, row) for field in fields}]


def _fingerprints(shown):
    return {key: _fingerprint(row, names) for key, (row, names) in shown.items()}


def _key(row):
    return f"{row._meta.label_lower}:{row.pk}"


class StaleEditAdmin:
    """A ModelAdmin mixin that refuses a save from a form opened before someone else's save."""

    def shown_rows(self, request, record):
        """{key: (row, names of the fields the form edits)}: the record and its inline rows, as this user's
        form shows them."""
        shown = {_key(record): (record, set(self.get_form(request, record).base_fields))}
        for inline in self.get_inline_instances(request, record):
            formset = inline.get_formset(request, record)
            field_names = set(formset.form.base_fields)
            for row in inline.get_queryset(request).filter(**{formset.fk.name: record}):
                shown[_key(row)] = (row, field_names)
        return shown

    def edited_state(self, request, record):
        """The signed token the form carries."""
        rows = _fingerprints(self.shown_rows(request, record))
        # The last revision saved so far: those after it tell who changed the record since.
        last = Revision.objects.aggregate(last=Max("pk"))["last"] or 0
        return signing.dumps({"after": last, "rows": rows}, salt=_SALT, compress=True)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk is not None:
            # After a refused save (a form error), `obj` holds what the user typed: the form shows the
            # record as stored, with their edits on top, so the token must say what is stored.
            if request.method == "POST":
                obj = self.model._default_manager.filter(pk=obj.pk).first() or obj
            context["edited_state"] = self.edited_state(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id and FIELD in request.POST:
            record = self.model._default_manager.filter(pk=unquote(object_id)).first()
            refusal = record and self.refusal(request, record, request.POST[FIELD])
            if refusal:
                messages.error(request, refusal)
                return HttpResponseRedirect(request.get_full_path())
        return super().changeform_view(request, object_id, form_url, extra_context)

    def refusal(self, request, record, token):
        """Why this save must not go ahead, or None if the form shows what the database holds."""
        try:
            opened = signing.loads(token, salt=_SALT)
        except signing.BadSignature:
            return _(
                "This form could not be checked against later changes. Nothing was saved: please make "
                "your changes again."
            )
        shown = self.shown_rows(request, record)
        changes = _changes(record, opened["rows"], _fingerprints(shown))
        if not changes:
            return None
        who = _who_and_when(opened["after"], [row for row, _names in shown.values()])
        return _(
            "Not saved: %(who)s made changes here after you opened this form (%(changes)s). The form now shows "
            "the current values: make your changes again and save."
        ) % {"who": who, "changes": "; ".join(changes)}


def _changes(record, opened, now):
    """What differs between the fingerprints a form was opened with and the database's, in words."""
    record_key = _key(record)
    changes = [
        str(capfirst(record._meta.get_field(name).verbose_name))
        for name, digest in now[record_key][1].items()
        if opened.get(record_key, ["", {}])[1].get(name) != digest
    ]
    for key in sorted((opened.keys() | now.keys()) - {record_key}):
        if key not in now:
            changes.append(_("%(row)s: removed") % {"row": opened[key][0]})
        elif key not in opened:
            changes.append(_("%(row)s: added") % {"row": now[key][0]})
        elif opened[key][1] != now[key][1]:
            changes.append(_("%(row)s: changed") % {"row": now[key][0]})
    return changes


def _who_and_when(after, rows):
    """ "Ana Ruiz at Dec. 2, 2026, 10:02 a.m." for the saves after revision `after` that touched these rows,
    or "someone"."""
    touched = Q()
    for row in rows:
        touched |= Q(version__content_type=ContentType.objects.get_for_model(row), version__object_id=str(row.pk))
    revisions = Revision.objects.filter(touched, pk__gt=after).select_related("user").distinct().order_by("pk")
    saves = [
        _("%(user)s at %(time)s")
        % {
            "user": (revision.user.get_full_name() or revision.user.get_username()) if revision.user else _("someone"),
            "time": formats.date_format(timezone.localtime(revision.date_created), "DATETIME_FORMAT"),
        }
        for revision in revisions
    ]
    return get_text_list(saves, _("and")) if saves else _("someone")
