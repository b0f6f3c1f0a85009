"""What the admin of every kind of content does: English and Spanish tabs, a history restored record by
record, and no save from a form opened before someone else's."""

from modeltranslation.admin import TabbedTranslationAdmin

from .history import HistoryAdmin
from .stale_edits import StaleEditAdmin


class ContentAdmin(StaleEditAdmin, HistoryAdmin, TabbedTranslationAdmin):
    pass
