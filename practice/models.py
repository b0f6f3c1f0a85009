from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from phones.numbers import validate_us_phone


class Practice(models.Model):
    """The practice's own details: one record, edited in the admin, never deleted."""

    name = models.CharField(_("name"), max_length=120)
    intro = models.TextField(_("short introduction"), help_text=_("Two or three sentences on the home page."))
    phone = models.CharField(
        _("main phone"),
        max_length=30,
        validators=[validate_us_phone],
        help_text=_("For appointments, e.g. 619-543-0144."),
    )
    portal_url = models.URLField(_("patient portal address"))
    facebook_url = models.URLField(_("Facebook page"), blank=True, help_text=_("Leave empty to hide the link."))
    twitter_url = models.URLField(_("X (Twitter) page"), blank=True, help_text=_("Leave empty to hide the link."))
    spanish_line = models.CharField(
        _("Spanish-spoken line"), max_length=160, help_text=_("Tells patients that Spanish is spoken at every clinic.")
    )

    class Meta:
        verbose_name = _("practice details")
        verbose_name_plural = _("practice details")
        permissions = [("change_practice_contact", _("Can change the practice's phone and patient portal"))]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    @classmethod
    def load(cls):
        """The practice record, or None before it has been entered."""
        return cls.objects.filter(pk=1).first()


class LanguageTagline(models.Model):
    """ "Free language help: call us", written in one of the languages patients in California speak."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="taglines")
    language = models.CharField(
        _("language code"),
        max_length=16,
        validators=[
            RegexValidator(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", _('Use a language tag such as "vi" or "zh-Hant".'))
        ],
        help_text=_('So that browsers and screen readers read it right, e.g. "ko" for Korean, "zh-Hant" for Chinese.'),
    )
    language_name = models.CharField(_("language name"), max_length=40, help_text=_("In that language, e.g. 한국어."))
    text = models.TextField(_("text"), help_text=_("Write {phone} where the practice's phone number goes."))
    display_order = models.PositiveSmallIntegerField(_("display order"), default=0)

    RIGHT_TO_LEFT = {"ar", "fa", "he", "ur", "ps"}

    class Meta:
        ordering = ["display_order", "pk"]
        verbose_name = _("language tagline")
        verbose_name_plural = _("language taglines")

    def __str__(self):
        return self.language_name

    @property
    def direction(self):
        return "rtl" if self.language.split("-")[0] in self.RIGHT_TO_LEFT else "ltr"

    def text_around_phone(self):
        """(before, after): the text on either side of {phone}, where the page puts a click-to-call link;
        after is None when the text has no {phone}."""
        before, placeholder, after = self.text.partition("{phone}")
        return before, after if placeholder else None
