import datetime

from django import forms
from django.utils import formats
from django.utils.translation import gettext_lazy as _


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
