from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class ProcedureQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)


class Procedure(models.Model):
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
    what_it_is = models.TextField(_("what it is"), blank=True)
    how_it_is_done = models.TextField(_("how it is done"), blank=True)
    how_long = models.TextField(_("how long it takes"), blank=True)
    after = models.TextField(_("after the procedure"), blank=True)
    risks = models.TextField(_("risks"), blank=True)
    results = models.TextField(_("results"), blank=True)
    image = models.ImageField(_("image"), upload_to="procedures/", blank=True)
    image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for patients who cannot see it."),
    )
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

    def get_absolute_url(self):
        return reverse("procedures:detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.image and not self.image_alt:
            raise ValidationError({"image_alt": _("Describe the image for patients who cannot see it.")})

    def sections(self):
        """The body's non-empty sections as (heading, anchor, text), in reading order."""
        return [
            (heading, anchor, getattr(self, field)) for field, heading, anchor in self.SECTIONS if getattr(self, field)
        ]
