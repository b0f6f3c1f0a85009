from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from public_pages.models import PageQuerySet, PageWithSections
from rich_text.fields import RichTextField


def a_year_before(today):
    """The same date a year earlier (February 28 for February 29): a review before it is over 12 months old."""
    try:
        return today.replace(year=today.year - 1)
    except ValueError:
        return today.replace(year=today.year - 1, day=28)


class ProcedureQuerySet(PageQuerySet):
    def with_conditions(self):
        """Each with `published_conditions`: the published conditions it may treat."""
        conditions = self.model._meta.get_field("conditions").related_model.objects.published().for_links()
        return self.prefetch_related(models.Prefetch("conditions", queryset=conditions, to_attr="published_conditions"))

    def with_review(self):
        """With who reviewed each (in the same query) and its references (in one more)."""
        return self.select_related("reviewed_by").prefetch_related("references")

    def review_due(self, today):
        """Procedures whose page names no reviewer (see Procedure.shown_reviewer), or last reviewed over 12
        months before `today`."""
        return self.filter(
            models.Q(reviewed_on__isnull=True)
            | models.Q(reviewed_on__lt=a_year_before(today))
            | models.Q(reviewed_by__isnull=True)
            | models.Q(reviewed_by__published=False)
        )

    def with_other_options(self):
        """Each with `other_options`: its related procedures that are published."""
        return self.prefetch_related(
            models.Prefetch("related", queryset=self.model.objects.published().for_links(), to_attr="other_options")
        )

    def with_providers(self):
        """Each with `published_providers`: who performs it, with their board certifications."""
        # Not imported: the providers app imports this one.
        providers = self.model._meta.get_field("providers").related_model.objects.published().for_pages()
        return self.prefetch_related(models.Prefetch("providers", queryset=providers, to_attr="published_providers"))


class Procedure(PageWithSections):
    """A treatment explained for patients, in sections they can scan."""

    SECTIONS = [
        ("what_it_is", _("What it is"), "what-it-is"),
        ("why_done", _("Why it is done"), "why-it-is-done"),
        ("preparation", _("How to prepare"), "how-to-prepare"),
        ("how_it_is_done", _("How it is done"), "how-it-is-done"),
        ("what_you_feel", _("What you will feel"), "what-you-will-feel"),
        ("how_long", _("How long it takes"), "how-long"),
        ("after", _("After the procedure"), "after"),
        ("recovery", _("Recovery"), "recovery"),
        ("risks", _("Risks"), "risks"),
        ("results", _("Results"), "results"),
        ("when_to_call", _("When to call us"), "when-to-call"),
        ("questions", _("Questions to ask your doctor"), "questions"),
    ]
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, help_text=_("The last part of the page address."))
    other_names = models.CharField(
        _("also called"), max_length=250, blank=True, help_text=_("Other names patients may know it by.")
    )
    what_it_is = RichTextField(_("what it is"), blank=True)
    why_done = RichTextField(_("why it is done"), blank=True, help_text=_("Why it is done and who it may help."))
    preparation = RichTextField(
        _("how to prepare"),
        blank=True,
        help_text=_(
            "Blood thinners, a driver home, eating and drinking, diabetes medicines, allergies to contrast dye, "
            "pregnancy, what to bring."
        ),
    )
    how_it_is_done = RichTextField(_("how it is done"), blank=True)
    what_you_feel = RichTextField(
        _("what you will feel"), blank=True, help_text=_("Awake or sedated, and what patients feel during it.")
    )
    how_long = RichTextField(_("how long it takes"), blank=True)
    after = RichTextField(_("after the procedure"), blank=True)
    recovery = RichTextField(
        _("recovery"), blank=True, help_text=_("Driving, going back to work, and when relief may start.")
    )
    risks = RichTextField(_("risks"), blank=True)
    results = RichTextField(_("results"), blank=True)
    when_to_call = RichTextField(
        _("when to call us"),
        blank=True,
        help_text=_("The warning signs to call the practice about, and those to call 911 about, as lists."),
    )
    questions = RichTextField(_("questions to ask your doctor"), blank=True)
    reviewed_by = models.ForeignKey(
        "providers.Provider",
        # Deleting the reviewer leaves the page unreviewed: the admin then lists its review as due.
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewed_procedures",
        verbose_name=_("medically reviewed by"),
        help_text=_("The provider who last checked the page's medical content."),
    )
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    display_order = models.PositiveSmallIntegerField(
        _("display order"), default=0, help_text=_("Lower numbers come first.")
    )
    published = models.BooleanField(
        _("published"), default=True, help_text=_("Unpublished procedures are hidden from patients.")
    )
    demo = models.BooleanField(
        _("sample text"),
        default=False,
        help_text=_(
            "Sample text of the demo content, written for a fictional practice: have your doctors review it, "
            "change what your practice does differently, and untick this before the site goes live."
        ),
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

    def clean(self):
        super().clean()
        if (self.reviewed_by_id is None) != (self.reviewed_on is None):
            field = "reviewed_on" if self.reviewed_on is None else "reviewed_by"
            raise ValidationError({field: _("Give both who reviewed the page and when, or neither.")})
        if self.reviewed_on is not None and self.reviewed_on > timezone.localdate():
            raise ValidationError({"reviewed_on": _("The review date cannot be in the future.")})

    def get_absolute_url(self):
        return reverse("procedures:detail", kwargs={"slug": self.slug})

    @property
    def shown_reviewer(self):
        """Who the page says reviewed it: a published provider with a review date; None otherwise (never
        reviewed, the reviewer deleted, or no longer published: an unpublished provider appears nowhere
        patients look)."""
        reviewer = self.reviewed_by
        return reviewer if reviewer is not None and reviewer.published and self.reviewed_on else None

    def review_is_due(self, today):
        return self.shown_reviewer is None or self.reviewed_on < a_year_before(today)


class Reference(models.Model):
    """A source patients can read further in, listed at the end of a procedure's page."""

    procedure = models.ForeignKey(Procedure, on_delete=models.CASCADE, related_name="references")
    title = models.CharField(_("title"), max_length=250)
    publisher = models.CharField(_("publisher"), max_length=150, help_text=_('For example "MedlinePlus".'))
    url = models.URLField(
        _("address"), max_length=500, help_text=_("In Spanish, the address of the Spanish version where there is one.")
    )
    display_order = models.PositiveSmallIntegerField(_("display order"), default=0)

    class Meta:
        ordering = ["display_order", "pk"]
        verbose_name = _("reference")
        verbose_name_plural = _("references")

    def __str__(self):
        return self.title
