from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from public_pages.models import PublicPage
from spoken_languages.fields import LanguagesField, language_names

from .npi import validate_npi

# Highest academic degrees of clinicians who see patients, as they follow a name ("Ana Ruiz, MD").
DEGREES = [
    ("MD", _("MD (Doctor of Medicine)")),
    ("DO", _("DO (Doctor of Osteopathic Medicine)")),
    ("DNP", _("DNP (Doctor of Nursing Practice)")),
    ("NP", _("NP (Nurse Practitioner)")),
    ("PA", _("PA (Physician Assistant)")),
    ("PhD", _("PhD (Doctor of Philosophy)")),
]
PHYSICIAN_DEGREES = {"MD", "DO"}


class ProviderQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def for_pages(self):
        """With what every presentation of a provider shows (board certifications), in one more query."""
        return self.prefetch_related("certifications")


class Provider(PublicPage):
    """A physician or other clinician who sees patients, presented as California's Business and Professions
    Code section 680.5 asks: name, license type, highest academic degree and board certifications."""

    name = models.CharField(_("name"), max_length=120, help_text=_("First and last name, without titles."))
    slug = models.SlugField(_("slug"), max_length=120, unique=True, help_text=_("The last part of the page address."))
    degree = models.CharField(_("highest academic degree"), max_length=8, choices=DEGREES)
    license_type = models.CharField(
        _("license type"), max_length=80, help_text=_('As the license names it, e.g. "Physician and Surgeon".')
    )
    license_number = models.CharField(
        _("license number"), max_length=20, help_text=_("As the Medical Board of California lists it, e.g. A 123456.")
    )
    npi = models.CharField(
        _("NPI"),
        max_length=10,
        blank=True,
        validators=[validate_npi],
        help_text=_("The 10-digit National Provider Identifier, from the NPI Registry."),
    )
    languages = LanguagesField(
        _("languages spoken with patients"), default=list, blank=True, help_text=_("Without an interpreter.")
    )
    biography = models.TextField(
        _("short biography"),
        max_length=1500,
        blank=True,
        help_text=_(
            "Training, experience and care interests, in a few sentences. Leave a blank line between paragraphs."
        ),
    )
    clinics = models.ManyToManyField(
        "locations.Clinic",
        blank=True,
        related_name="providers",
        verbose_name=_("clinics"),
        help_text=_("Where they see patients."),
    )
    procedures = models.ManyToManyField(
        "procedures.Procedure",
        blank=True,
        related_name="providers",
        verbose_name=_("procedures"),
        help_text=_("The procedures they perform."),
    )
    accepting_new_patients = models.BooleanField(_("accepting new patients"), default=True)
    published = models.BooleanField(
        _("published"), default=True, help_text=_("Unpublished providers are hidden from patients.")
    )
    demo = models.BooleanField(
        _("demo record"),
        default=False,
        help_text=_("A fictional provider of the demo content: replace or delete it before the site goes live."),
    )
    display_order = models.PositiveSmallIntegerField(
        _("display order"), default=0, help_text=_("Lower numbers come first.")
    )

    objects = ProviderQuerySet.as_manager()

    class Meta:
        ordering = ["display_order", "name"]
        verbose_name = _("provider")
        verbose_name_plural = _("providers")

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("providers:detail", kwargs={"slug": self.slug})

    @property
    def display_name(self):
        """The name with the degree after it, as patients see it: "Ana Ruiz, MD"."""
        return f"{self.name}, {self.degree}" if self.degree else self.name

    @property
    def is_physician(self):
        return self.degree in PHYSICIAN_DEGREES

    def boards(self):
        """[(board, [its specialties])], in the order staff put the certifications, from those loaded."""
        boards = {}
        for certification in self.certifications.all():
            specialties = boards.setdefault(certification.board, [])
            if certification.specialty:
                specialties.append(certification.specialty)
        return list(boards.items())

    def language_names(self):
        return language_names(self.languages)


class BoardCertification(models.Model):
    provider = models.ForeignKey(Provider, on_delete=models.CASCADE, related_name="certifications")
    board = models.CharField(
        _("board"),
        max_length=120,
        help_text=_('The certifying board\'s full name, e.g. "American Board of Anesthesiology".'),
    )
    specialty = models.CharField(
        _("specialty"), max_length=120, blank=True, help_text=_('The specialty or subspecialty, e.g. "Pain Medicine".')
    )
    display_order = models.PositiveSmallIntegerField(_("display order"), default=0)

    class Meta:
        ordering = ["display_order", "pk"]
        verbose_name = _("board certification")
        verbose_name_plural = _("board certifications")

    def __str__(self):
        return f"{self.board} ({self.specialty})" if self.specialty else self.board
