"""What a practice must fix before its site is right: each check yields Problems, each with where to fix it.

Every check reads the database as it is now; none writes. The admin page and `manage.py site_check` list
the same problems."""

import datetime
from collections import namedtuple

from django.contrib import admin
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator

from alerts.models import Alert
from clinic.apps import content_models
from locations import public_holidays
from locations.models import Clinic, OpenAsUsual, SpecialDay
from notices.models import Notice
from practice.models import LanguageTagline
from providers.models import Provider
from providers.npi import is_valid as valid_npi
from translations.completeness import lacks_translation, missing_translation

# `url` is where to fix it; `alternative`, when there is another way, is (what it does, its url).
Problem = namedtuple("Problem", "area message url alternative", defaults=[None])

# 45 CFR 92.11: taglines in at least the 15 languages most spoken by people with limited English in the state.
MIN_TAGLINES = 15
HOLIDAYS_AHEAD = datetime.timedelta(days=45)


def _change_url(record):
    opts = record._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])


def _add_url(model, **initial):
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
    return f"{url}?{urlencode(initial)}" if initial else url


def _date(day):
    """ "Friday, November 27, 2026" / "viernes, 27 de noviembre de 2026"."""
    return f"{formats.date_format(day, 'l')}, {formats.date_format(day, 'DATE_FORMAT')}"


def notices():
    present = {notice.kind: notice for notice in Notice.objects.all()}
    for kind, label, law in Notice.KINDS:
        notice = present.get(kind)
        if notice is None:
            yield Problem(
                _("Notices"),
                _("Missing: “%(notice)s” (required by %(law)s).") % {"notice": label, "law": law},
                _add_url(Notice, kind=kind),
            )
            continue
        if not notice.effective_date:
            yield Problem(
                _("Notices"), _("“%(notice)s” has no effective date.") % {"notice": notice}, _change_url(notice)
            )
        if lacks_translation(notice):
            yield Problem(_("Notices"), _("“%(notice)s” needs Spanish.") % {"notice": notice}, _change_url(notice))


def taglines():
    count = LanguageTagline.objects.count()
    if count < MIN_TAGLINES:
        yield Problem(
            _("Language assistance"),
            _(
                "The language assistance notice has taglines in %(count)s languages: the law asks for at least "
                "%(minimum)s (45 CFR 92.11)."
            )
            % {"count": count, "minimum": MIN_TAGLINES},
            reverse("admin:practice_practice_changelist"),
        )


def providers():
    for provider in Provider.objects.all():
        missing = [
            str(Provider._meta.get_field(field).verbose_name)
            for field in ["license_type", "license_number", "degree"]
            if not getattr(provider, field)
        ]
        if missing:
            yield Problem(
                _("Providers"),
                _("%(provider)s has no %(fields)s (California Business and Professions Code 680.5).")
                % {"provider": provider, "fields": ", ".join(missing)},
                _change_url(provider),
            )
        if provider.npi and not valid_npi(provider.npi):
            yield Problem(
                _("Providers"),
                _("%(provider)s has an NPI whose check digit is wrong: %(npi)s.")
                % {"provider": provider, "npi": provider.npi},
                _change_url(provider),
            )


def _parent_field(model):
    """For a kind of record without an admin page of its own (a board certification), the foreign key to the
    record whose page edits it (its provider); None when it has its own page."""
    if admin.site.is_registered(model):
        return None
    return next(
        (
            field
            for field in model._meta.concrete_fields
            if field.many_to_one and admin.site.is_registered(field.related_model)
        ),
        None,
    )


def spanish():
    """Records of every kind with English text and no Spanish (notices are checked with the other notice checks)."""
    for model in content_models():
        if model is Notice or model not in translator.get_registered_models():
            continue
        parent = _parent_field(model)
        records = model._default_manager.filter(missing_translation(model))
        if parent is not None:
            records = records.select_related(parent.name)
        if model is Alert:
            records = records.filter(ends_at__gt=timezone.now())  # an alert that is over shows nowhere
        for record in records:
            owner = getattr(record, parent.name) if parent is not None else record
            url = _change_url(owner) if admin.site.is_registered(type(owner)) else reverse("admin:index")
            what = record._meta.verbose_name if owner is record else f"{record._meta.verbose_name}, {owner}"
            yield Problem(
                _("Spanish"), _("“%(record)s” (%(what)s) needs Spanish.") % {"record": record, "what": what}, url
            )


def weekly_hours():
    for clinic in Clinic.objects.filter(opening_hours__isnull=True):
        yield Problem(
            _("Hours"),
            _("The %(clinic)s clinic has no weekly hours: patients see it closed every day.") % {"clinic": clinic},
            _change_url(clinic),
        )


def holidays_ahead(today=None):
    """Public holidays of the next 45 days (US federal and California) on which a clinic normally open has
    no special day and is not marked open as usual."""
    today = today or timezone.localdate()
    for holiday, clinics in public_holidays.undecided(today, today + HOLIDAYS_AHEAD):
        for clinic in clinics:
            yield Problem(
                _("Holidays"),
                _(
                    "%(holiday)s, %(date)s: the %(clinic)s clinic is normally open that day and has no special "
                    "day. Enter its hours or closure, or mark it open as usual."
                )
                % {"holiday": holiday.name, "date": _date(holiday.date), "clinic": clinic},
                _add_url(
                    SpecialDay,
                    clinic=clinic.pk,
                    start_date=holiday.date.isoformat(),
                    reason_en=holiday.name_en,
                    reason_es=holiday.name_es,
                ),
                (
                    _("Open as usual"),
                    _add_url(OpenAsUsual, clinic=clinic.pk, date=holiday.date.isoformat(), holiday=holiday.name_en),
                ),
            )


CHECKS = [notices, taglines, providers, spanish, weekly_hours, holidays_ahead]


def problems():
    return [problem for check in CHECKS for problem in check()]
