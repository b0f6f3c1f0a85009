from collections import namedtuple

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from public_pages.models import PublicPage
from rich_text.fields import RichTextField, sanitize

Section = namedtuple("Section", "field heading anchor text")


class ProcedureQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def with_other_options(self):
        """Each with `other_options`: its related procedures that are published."""
        return self.prefetch_related(
            models.Prefetch("related", queryset=self.model.objects.published(), to_attr="other_options")
        )

    def with_providers(self):
        """Each with `published_providers`: who performs it, with their board certifications."""
        # The providers app refers to this one, not the other way round.
        providers = self.model._meta.get_field("providers").related_model.objects.published().for_pages()
        return self.prefetch_related(models.Prefetch("providers", queryset=providers, to_attr="published_providers"))


class Procedure(PublicPage):
    """A treatment explained for patients, in sections they can scan."""

    # (field, heading, anchor): the body's sections in reading order. Anchors
    # let a page link straight to a section ("#risks").
    SECTIONS = [
        ("what_it_is", _("What it is"), "what-it-is"),
        ("how_it_is_done", _("How it is done"), "how-it-is-done"),
        ("how_long", _("How long it takes"), "how-long"),
        ("after", _("After the procedure"), "after"),
        ("risks", _("Risks"), "risks"),
        ("results", _("Results"), "results"),
    ]

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, help_text=_("The last part of the page address."))
    other_names = models.CharField(
        _("also called"), max_length=250, blank=True, help_text=_("Other names patients may know it by.")
    )
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences for lists and search results.")
    )
    what_it_is = RichTextField(_("what it is"), blank=True)
    how_it_is_done = RichTextField(_("how it is done"), blank=True)
    how_long = RichTextField(_("how long it takes"), blank=True)
    after = RichTextField(_("after the procedure"), blank=True)
    risks = RichTextField(_("risks"), blank=True)
    results = RichTextField(_("results"), blank=True)
    display_order = models.PositiveSmallIntegerField(
        _("display order"), default=0, help_text=_("Lower numbers come first.")
    )
    published = models.BooleanField(
        _("published"), default=True, help_text=_("Unpublished procedures are hidden from patients.")
    )
    related = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        verbose_name=_("other options"),
        help_text=_("Procedures listed at the end of this page."),
    )

    objects = ProcedureQuerySet.as_manager()

    class Meta:
        ordering = ["display_order", "name"]
        verbose_name = _("procedure")
        verbose_name_plural = _("procedures")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # The editor's form field sanitises too, but only forms use it: imports, the demo loader
        # and the shell save here.
        for field, _heading, _anchor in self.SECTIONS:
            for lang, _name in settings.LANGUAGES:
                name = build_localized_fieldname(field, lang)
                setattr(self, name, sanitize(getattr(self, name)))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("procedures:detail", kwargs={"slug": self.slug})

    def sections(self):
        """The body's non-empty sections, in reading order."""
        return [
            Section(field, heading, anchor, getattr(self, field))
            for field, heading, anchor in self.SECTIONS
            if getattr(self, field)
        ]
