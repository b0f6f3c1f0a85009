"""A list of values ticked from a fixed list of options, stored as JSON: the languages someone speaks, the
weeks of the month an opening repeats on."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class ChoiceListField(models.JSONField):
    """Subclasses set `options`, [(value, label)], and `coerce`, which reads a ticked value back."""

    options = []
    coerce = str

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.options,
            coerce=self.coerce,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {option for option, _label in self.options}
        if not isinstance(value, list) or any(item not in allowed for item in value):
            raise ValidationError(_("Choose from the list."), code="invalid_choice")
