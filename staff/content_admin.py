"""What the admin of every kind of content does: English and Spanish tabs (read-only fields included), a history
restored record by record, no save from a form opened before someone else's, and a word on demo records."""

from django.utils.translation import gettext as _
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.fields import TranslationField

from .history import HistoryAdmin
from .stale_edits import StaleEditAdmin


class ContentAdmin(StaleEditAdmin, HistoryAdmin, TabbedTranslationAdmin):
    class Media:
        # Ours before modeltranslation's tabs, which it prepares for (see the script).
        js = [
            "admin/js/jquery.init.js",
            "admin-site/readonly_translations.js",
            "modeltranslation/js/tabbed_translation_fields.js",
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # The translations this user may only read (the front desk's view of the practice's name): [name,
        # translated field, language] for the tabs (templates/admin/change_form.html).
        readonly = set(context["adminform"].readonly_fields)
        context["readonly_translations"] = [
            [field.name, field.translated_field.name, field.language]
            for field in self.model._meta.fields
            if isinstance(field, TranslationField) and field.name in readonly
        ]
        # Demo records (a model's `demo` field) are fictional or sample text: the form says so at its top
        # (templates/admin/change_form.html), apart from the messages about saves.
        if obj is not None and getattr(obj, "demo", False):
            field = obj._meta.get_field("demo")
            what = str(field.verbose_name).capitalize()
            context["demo_note"] = _("%(what)s: %(help)s") % {"what": what, "help": field.help_text}
        return super().render_change_form(request, context, add, change, form_url, obj)
