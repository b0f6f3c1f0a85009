import datetime
import re

from django import forms
from django.utils import formats
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from spoken_languages.fields import LANGUAGES

# "p.m.", "p. m.", "PM", "pm" at the end of a time, and any space before it.
_MERIDIEM = re.compile(r"\s*([ap])\.?\s*m\.?$", re.IGNORECASE)


class ClockTimeInput(forms.TimeInput):
    """A plain text input (no clock shortcut, no time zone note: opening hours are wall-clock times) that shows
    a time as the site does: "5:00 p.m."."""

    def __init__(self, attrs=None):
        super().__init__({"size": 10, "autocomplete": "off", **(attrs or {})})

    def format_value(self, value):
        if isinstance(value, datetime.time):
            return formats.time_format(value, "TIME_FORMAT")
        return super().format_value(value)


class ClockTimeField(forms.TimeField):
    """An opening or closing time, typed as the site shows it ("5:00 p.m.", "noon"), as "5 pm" or on the
    24-hour clock ("17:00"): the language's TIME_INPUT_FORMATS (clinic/formats/) read it once "p.m." is "pm"."""

    widget = ClockTimeInput

    def to_python(self, value):
        if isinstance(value, str):
            value = " ".join(value.split())
            if value.casefold() in {"noon", pgettext("clock time", "noon").casefold()}:
                value = "12:00"
            value = _MERIDIEM.sub(lambda match: f" {match[1]}m", value)
        return super().to_python(value)


class WeekForm(forms.Form):
    """The week to show: from any date of the next 12 months (a plain GET form, no JavaScript)."""

    date = forms.DateField(label=_("Show the week from"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, data, today):
        super().__init__(data)
        self.today, self.last = today, today + datetime.timedelta(days=365)
        self.fields["date"].widget.attrs |= {"min": today.isoformat(), "max": self.last.isoformat()}

    def clean_date(self):
        day = self.cleaned_data["date"]
        if not self.today <= day <= self.last:
            raise forms.ValidationError(
                _("Choose a date from today to %(last)s."), params={"last": formats.date_format(self.last)}
            )
        return day


class ClinicFilterForm(forms.Form):
    """Narrow the clinics to a city, a day they open and a language their staff speak (a plain GET form)."""

    city = forms.ChoiceField(label=_("City"), required=False)
    day = forms.TypedChoiceField(label=_("Open on"), required=False, coerce=int, empty_value=None)
    language = forms.ChoiceField(label=_("Staff who speak"), required=False)

    def __init__(self, data, clinics):
        """`clinics`: (city, staff languages) of every clinic, for the choices offered."""
        super().__init__(data)
        cities = sorted({city for city, _languages in clinics})
        spoken = {tag for _city, languages in clinics for tag in languages}
        self.fields["city"].choices = [("", _("Every city")), *((city, city) for city in cities)]
        self.fields["day"].choices = [("", _("Any day")), *WEEKDAYS.items()]
        self.fields["language"].choices = [("", _("Any language")), *(c for c in LANGUAGES if c[0] in spoken)]

    @property
    def narrowed(self):
        # Monday is day 0: a value is given when it is neither None nor empty.
        return self.is_valid() and any(value not in (None, "") for value in self.cleaned_data.values())

    def matches(self, clinic):
        """Whether `clinic` is in the city and has staff speaking the language asked for (the day needs
        its schedule: see opens_on)."""
        city, language = self.cleaned_data["city"], self.cleaned_data["language"]
        return (not city or clinic.city == city) and (not language or language in clinic.staff_languages)
