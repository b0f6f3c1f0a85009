from django.apps import AppConfig


class RichTextConfig(AppConfig):
    """Rich text that staff write in an editor and patients read: what the editor offers, what may reach a
    page."""

    name = "rich_text"
