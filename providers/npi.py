"""The National Provider Identifier's check digit (CMS NPI standard): the Luhn formula over "80840" and the
first nine digits, the prefix that makes an NPI a valid card number of the health industry."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PREFIX = "80840"


def check_digit(first_nine):
    """The tenth digit that makes "80840" + the ten digits pass the Luhn formula."""
    total = 0
    # From the right of the number that the check digit will end, every second digit is doubled.
    for position, digit in enumerate(reversed(PREFIX + first_nine)):
        value = int(digit)
        if position % 2 == 0:
            value *= 2
            value = value - 9 if value > 9 else value
        total += value
    return str((10 - total % 10) % 10)


def is_valid(npi):
    return bool(re.fullmatch(r"\d{10}", npi or "")) and check_digit(npi[:9]) == npi[9]


def validate_npi(value):
    if not re.fullmatch(r"\d{10}", value):
        raise ValidationError(_("An NPI has exactly 10 digits."), code="npi_length")
    if not is_valid(value):
        raise ValidationError(
            _("This is not a valid NPI: its last digit does not match the others. Check it in the NPI Registry."),
            code="npi_check_digit",
        )
