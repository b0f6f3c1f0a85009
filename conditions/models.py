from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from procedures.models import Procedure
from public_pages.models import PageQuerySet, PageWithSections
from rich_text.fields import RichTextField


class ConditionQuerySet(PageQuerySet):
    def with_treatments(self):
        """Each with `treatments`: the published procedures that treat it or help find its cause."""
        procedures = Procedure.objects.published().for_links()
        return self.prefetch_related(models.Prefetch("procedures", queryset=procedures, to_attr="treatments"))


class Condition(PageWithSections):
    """A health problem patients come with, explained for them, linked with the procedures that treat it:
    a way into the site for patients who know what hurts but not what the treatment is called."""

    SECTIONS = [
        ("what_it_is", _("What it is"), "what-it-is"),
        ("symptoms", _("Symptoms"), "symptoms"),
        ("causes", _("Causes"), "causes"),
        ("diagnosis", _("How it is diagnosed"), "diagnosis"),
        ("treatment", _("Treatment"), "treatment"),
        ("when_to_call", _("When to get help"), "when-to-get-help"),
    ]

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, help_text=_("The last part of the page address."))
    other_names = models.CharField(
        _("names patients use"),
        max_length=300,
        blank=True,
        help_text=_("Other names, everyday and medical, separated by commas."),
    )
    what_it_is = RichTextField(_("what it is"), blank=True)
    symptoms = RichTextField(_("symptoms"), blank=True)
    causes = RichTextField(_("causes"), blank=True)
    diagnosis = RichTextField(_("how it is diagnosed"), blank=True)
    treatment = RichTextField(_("treatment"), blank=True)
    when_to_call = RichTextField(
        _("when to get help"),
        blank=True,
        help_text=_("The warning signs to call the practice about, and those to call 911 about, as lists."),
    )
    procedures = models.ManyToManyField(
        Procedure,
        blank=True,
        related_name="conditions",
        verbose_name=_("treatments we offer"),
        help_text=_("Procedures that may treat it or help find its cause: each page links to the other."),
    )
    display_order = models.PositiveSmallIntegerField(
        _("display order"), default=0, help_text=_("Lower numbers come first.")
    )
    published = models.BooleanField(
        _("published"), default=True, help_text=_("Unpublished conditions are hidden from patients.")
    )
    demo = models.BooleanField(
        _("sample text"),
        default=False,
        help_text=_(
            "Sample text of the demo content, written for a fictional practice: have your doctors review it "
            "and untick this before the site goes live."
        ),
    )

    objects = ConditionQuerySet.as_manager()

    class Meta:
        ordering = ["display_order", "name"]
        verbose_name = _("condition")
        verbose_name_plural = _("conditions")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("conditions:detail", kwargs={"slug": self.slug})
