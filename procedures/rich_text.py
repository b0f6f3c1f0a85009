"""Rich text for procedure sections: what the editor may produce and what may ever reach a page."""

import nh3
from django.utils.html import linebreaks

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
    """Paragraphs separated by blank lines, as HTML (for content written outside the editor)."""
    return sanitize(linebreaks(text))
