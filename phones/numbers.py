"""US phone numbers: what staff type ("619-543-0144") and the tel: URI a phone dials."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def phone_digits(phone):
    """The ten digits of a US number, without a leading country code 1."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return digits


def validate_us_phone(phone):
    if len(phone_digits(phone)) != 10:
        raise ValidationError(_("Enter a 10-digit US phone number, for example 619-543-0144."), code="invalid_phone")


def e164(phone):
    """'619-543-0144' -> '+16195430144', the form dialers and search engines read."""
    return f"+1{phone_digits(phone)}"


def tel_uri(phone):
    return f"tel:{e164(phone)}"
