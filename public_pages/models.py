from collections import namedtuple

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from pictures.fields import PictureField, require_alt_text
from pictures.renditions import make_renditions
from pictures.storage import remove_if_unused
from rich_text.fields import sanitize

from . import slugs


def picture_upload_to(instance, filename):
    return f"{instance._meta.app_label}/{filename}"


class TranslatedPage(models.Model):
    """A record with its own page in each language, at an address that keeps working when it changes.

    The concrete model declares `name` and `slug`, and its translation.py lists "slug" (and "name" where
    the name differs by language) among its translated fields. Saving fills in a missing slug in each
    language and remembers a changed slug so the old address redirects."""

    # Fields whose stored values `after_save` receives, read in the same query as the slugs.
    read_before_save = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        previous = slugs.current_slugs(self, *self.read_before_save)
        slugs.fill_missing_slugs(self)
        super().save(*args, **kwargs)
        slugs.record_slug_changes(self, previous)
        self.after_save(previous)

    def after_save(self, previous):
        """What a kind of page does once saved; `previous` holds the stored values of `read_before_save`."""


class PublicPage(TranslatedPage):
    """A translated page with a picture: clinics, procedures, providers. Its translation.py also lists
    "picture_alt". Saving makes the picture's renditions; new pictures are stored in a folder named after
    the app ("locations/", "procedures/")."""

    picture = PictureField(
        _("picture"),
        upload_to=picture_upload_to,
        blank=True,
        width_field="picture_width",
        height_field="picture_height",
        help_text=_(
            "Clearing it, or uploading another, takes the old picture off the site for good: older versions "
            "in History then show none."
        ),
    )
    picture_width = models.PositiveIntegerField(null=True, editable=False)
    picture_height = models.PositiveIntegerField(null=True, editable=False)
    picture_alt = models.CharField(
        _("picture description"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for patients who cannot see it."),
    )

    class Meta:
        abstract = True

    @classmethod
    def picture_field_names(cls):
        """The model's pictures: `picture`, and any other PictureField declared with the same companions
        (`<name>_width`, `<name>_height`, `<name>_alt`), such as a clinic's entrance photo."""
        return [field.name for field in cls._meta.fields if isinstance(field, PictureField)]

    @property
    def read_before_save(self):
        return self.picture_field_names()

    def after_save(self, previous):
        for name in self.picture_field_names():
            picture = getattr(self, name)
            make_renditions(picture)
            previous_picture = previous.get(name)
            if previous_picture and previous_picture != picture.name:
                storage = picture.storage
                transaction.on_commit(lambda storage=storage, old=previous_picture: remove_if_unused(storage, old))

    def clean(self):
        super().clean()
        for name in self.picture_field_names():
            if getattr(self, name):
                require_alt_text(self, f"{name}_alt")


Section = namedtuple("Section", "field heading anchor text")


class PageQuerySet(models.QuerySet):
    """Pages with sections (procedures, conditions)."""

    def published(self):
        return self.filter(published=True)

    def for_links(self):
        """With what a list of links shows (name, address, summary) rather than every section in every
        language: on the home page, that halved the time its two lists took to load."""
        return self.only("name", "slug", "summary")

    def for_search(self):
        """With what the site's search matches and lists: the links' fields and the page's other names and
        search words."""
        return self.only("name", "slug", "summary", "other_names", "search_terms")


class PageWithSections(PublicPage):
    """A page of patient information in sections patients can scan (procedures, conditions), with a summary
    and search words. The concrete model declares `other_names` (comma-separated) and lists SECTIONS as
    (rich-text field, heading, anchor) in reading order; anchors let a page link straight to a section
    ("#risks"). Saving sanitises them, in every language."""

    SECTIONS = []

    search_terms = models.CharField(
        _("search words"),
        max_length=300,
        blank=True,
        help_text=_(
            "Other words patients may type in the site's search to find this page, separated by commas "
            '(for example "RFA, burning the nerves"). Not shown on the page.'
        ),
    )
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences for lists and search results.")
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # The editor's form field sanitises too, but only forms use it: imports, the demo loader
        # and the shell save here.
        for field, _heading, _anchor in self.SECTIONS:
            for lang, _name in settings.LANGUAGES:
                name = build_localized_fieldname(field, lang)
                setattr(self, name, sanitize(getattr(self, name)))
        super().save(*args, **kwargs)

    def alternate_names(self):
        """The other names, as a list."""
        return [name.strip() for name in self.other_names.split(",") if name.strip()]

    def sections(self):
        """The body's non-empty sections, in reading order."""
        return [
            Section(field, heading, anchor, getattr(self, field))
            for field, heading, anchor in self.SECTIONS
            if getattr(self, field)
        ]


class OldSlug(models.Model):
    """An address a page had before staff changed its slug: it answers with a permanent redirect."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=8)
    slug = models.SlugField(max_length=120)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "language", "slug"], name="one_page_per_old_address")
        ]

    def __str__(self):
        return f"{self.language}: {self.slug}"
