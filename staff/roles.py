"""Admin for staff who may change only some fields of a record (the groups are made in
clinic/migrations/0003_staff_groups.py)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

LANGUAGES = [code for code, _name in settings.LANGUAGES]


class LimitedChangeAdmin:
    """A ModelAdmin mixin: users with `limited_permission` but not the model's change permission may edit
    only `limited_fields` (their translations included); everything else is read-only for them, and they
    cannot restore an old version, which would change the other fields too."""

    limited_permission = ""
    limited_fields = ()

    def _limited(self, request):
        full = super().has_change_permission(request)
        return not full and request.user.has_perm(self.limited_permission)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) or request.user.has_perm(self.limited_permission)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if self._limited(request):
            editable = set(self.limited_fields) | set(self._translations_of(self.limited_fields))
            readonly += [
                field.name for field in self.model._meta.fields if field.editable and field.name not in editable
            ]
        return readonly

    def get_prepopulated_fields(self, request, obj=None):
        return {} if self._limited(request) else super().get_prepopulated_fields(request, obj)

    def revision_view(self, request, *args, **kwargs):
        if self._limited(request):
            raise PermissionDenied
        return super().revision_view(request, *args, **kwargs)

    def _translations_of(self, fields):
        try:
            translated = translator.get_options_for_model(self.model).fields
        except NotRegistered:
            return []
        return [build_localized_fieldname(field, code) for field in fields if field in translated for code in LANGUAGES]
