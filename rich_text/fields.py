"""Rich text for procedure sections and notices: what the editor may produce and what may ever reach a page."""

import re

import nh3
from django.utils.html import escape, linebreaks
from django_prose_editor.fields import ProseEditorField, ProseEditorFormField

# Section headings are <h2> on the page, so the text inside a section starts at <h3>.
ALLOWED_TAGS = {"p", "br", "h3", "h4", "ul", "ol", "li", "strong", "em", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "tel", "mailto"}

# The editor offers exactly what the sanitiser keeps.
EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [3, 4]},
    "BulletList": True,
    "ListItem": True,
    "OrderedList": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": sorted(URL_SCHEMES)},
    "NoSpellCheck": False,
}

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes=URL_SCHEMES,
    link_rel="noopener noreferrer",
    strip_comments=True,
)


def sanitize(html):
    """Keep only the allowed tags, attributes and link schemes; an editor's empty paragraph is empty."""
    cleaned = _cleaner.clean(html or "").strip()
    return "" if cleaned in {"<p></p>", "<p><br></p>"} else cleaned


def from_plain_text(text):
    """Paragraphs separated by blank lines, as HTML (for content written outside the editor); a paragraph
    whose every line starts with "- " is a bulleted list."""
    blocks = []
    for block in re.split(r"\n{2,}", (text or "").strip()):
        lines = block.splitlines()
        if lines and all(line.startswith("- ") for line in lines):
            blocks.append("<ul>" + "".join(f"<li>{escape(line[2:].strip())}</li>" for line in lines) + "</ul>")
        elif block:
            blocks.append(linebreaks(escape(block)))
    return sanitize("".join(blocks))


_SPACE_AROUND_BLOCKS = re.compile(r"\s*(</?(?:p|h3|h4|ul|ol|li|br)\b[^>]*>)\s*")


def same_text(html, other):
    """Whether two versions of a section read the same: the browser sends back an untouched section with
    its line breaks as CRLF, and the editor leaves no line breaks between paragraphs."""
    return _SPACE_AROUND_BLOCKS.sub(r"\1", sanitize(html)) == _SPACE_AROUND_BLOCKS.sub(r"\1", sanitize(other))


class RichTextFormField(ProseEditorFormField):
    def has_changed(self, initial, data):
        # What the history lists as changed: only the sections whose text staff changed.
        return not same_text(initial, data)


class RichTextField(ProseEditorField):
    """A section of rich text, edited with the editor and sanitised on every save (see Procedure.save)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, extensions=EDITOR_EXTENSIONS, sanitize=sanitize, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": RichTextFormField, **kwargs})
