from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from phones.numbers import validate_us_phone
from public_pages.models import TranslatedPage
from rich_text.fields import RichTextField

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


def validate_pdf(document):
    """A PDF file, as its first bytes say (not only its name), of at most 10 MB. A file already stored was
    checked when it was uploaded: it is not read again on every save."""
    if getattr(document, "_committed", False):
        return
    if document.size > MAX_DOCUMENT_BYTES:
        raise ValidationError(_("The PDF is larger than 10 MB. Save it smaller and upload it again."), code="too_big")
    position = document.tell()
    document.seek(0)
    header = document.read(5)
    document.seek(position)
    if header != b"%PDF-":
        raise ValidationError(_("This file is not a PDF. Upload the notice as a PDF file."), code="not_pdf")


class Notice(TranslatedPage):
    """A notice the law asks the practice to publish: one page per kind, in both languages."""

    # (kind, what it is, the law that asks for it): every kind must exist, in order.
    KINDS = [
        ("nondiscrimination", _("Nondiscrimination notice"), "45 CFR 92.10 (Section 1557)"),
        ("language_assistance", _("Language assistance"), "45 CFR 92.11 (Section 1557)"),
        ("privacy_practices", _("Notice of Privacy Practices"), "HIPAA, 45 CFR 164.520"),
        ("website_privacy", _("Website privacy policy"), "California Online Privacy Protection Act"),
        ("accessibility", _("Accessibility statement"), "Section 504, 45 CFR part 84; WCAG 2.1 AA"),
        ("good_faith_estimate", _("Good faith estimate"), "No Surprises Act, 45 CFR 149.610"),
        ("surprise_billing", _("Surprise billing protections"), "No Surprises Act, 45 CFR 149.430"),
        ("open_payments", _("Open Payments database"), "California Business and Professions Code 663"),
    ]

    kind = models.CharField(
        _("kind of notice"), max_length=30, choices=[(kind, label) for kind, label, _law in KINDS], unique=True
    )
    name = models.CharField(_("title"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, help_text=_("The last part of the page address."))
    summary = models.TextField(
        _("summary"), max_length=300, help_text=_("One or two sentences for the list of notices and search results.")
    )
    body = RichTextField(_("text"))
    effective_date = models.DateField(
        _("effective date"), null=True, blank=True, help_text=_("Shown on the page. Change it when the text changes.")
    )
    document = models.FileField(
        _("PDF copy"),
        upload_to="notices/",
        blank=True,
        validators=[FileExtensionValidator(["pdf"]), validate_pdf],
        help_text=_(
            "Optional: the notice as a PDF that patients can download and print (10 MB at most). Uploading "
            "another takes the old one off the site: older versions in History then have none."
        ),
    )
    contact_title = models.CharField(
        _("contact name or title"),
        max_length=120,
        blank=True,
        help_text=_('Who answers questions about this notice, e.g. "Privacy Officer: Practice Manager".'),
    )
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True, validators=[validate_us_phone])
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_address = models.CharField(_("contact address"), max_length=250, blank=True)
    demo = models.BooleanField(
        _("sample text"),
        default=False,
        help_text=_(
            "Written for the demo practice. Have the text reviewed for your practice (by your compliance "
            "officer or lawyer), then untick this."
        ),
    )

    LAWS = {kind: law for kind, _label, law in KINDS}
    ORDER = [kind for kind, _label, _law in KINDS]
    # The nondiscrimination notice must say how to reach the practice's Section 1557 coordinator.
    CONTACT_REQUIRED = {"nondiscrimination"}

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("notices:detail", kwargs={"slug": self.slug})

    @property
    def law(self):
        return self.LAWS.get(self.kind, "")

    def clean(self):
        super().clean()
        if self.kind in self.CONTACT_REQUIRED:
            missing = {
                field: _("The Section 1557 coordinator's contact details are required on this notice.")
                for field in ["contact_title", "contact_phone", "contact_email", "contact_address"]
                if not getattr(self, field)
            }
            if missing:
                raise ValidationError(missing)

    @classmethod
    def in_order(cls):
        """Every notice, in the order of KINDS, in one query."""
        position = {kind: n for n, kind in enumerate(cls.ORDER)}
        return sorted(cls.objects.all(), key=lambda notice: position.get(notice.kind, len(position)))
