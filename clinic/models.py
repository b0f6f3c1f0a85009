from django.db import models
from django.utils.translation import gettext_lazy as _

from .phones import validate_us_phone


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
