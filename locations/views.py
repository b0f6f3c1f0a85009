import itertools
import math
from operator import attrgetter
from urllib.parse import urlsplit

from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from practice.models import Practice
from public_pages.origin import site_origin
from public_pages.pagination import paged
from public_pages.slugs import find_by_slug

from . import feeds
from .forms import ClinicFilterForm, WeekForm
from .models import Clinic, SpecialDay, attach_schedules, earliest_today

# Each view computes the open/closed status on the server, from hours loaded in three queries: it is a pure
# function of data in memory that costs microseconds, it works without JavaScript and for screen readers, and
# it does not depend on the patient's clock or time zone. A page stays cached only until the first status on
# it changes (Schedule.valid_until), so a cached page says what a fresh one would.


def expire_with_schedules(response, clinics):
    """Let caches keep a page showing clinics' hours until the first of them changes what it says."""
    if clinics:
        until = min(clinic.schedule.valid_until for clinic in clinics)
        patch_cache_control(response, max_age=max(0, math.ceil((until - timezone.now()).total_seconds())))
    return response


CLINICS_PER_PAGE = 12


def find_clinics(request, per_page, kept=()):
    """What the clinics list and the week view show: {"filter_form", "grouped" (whether some city has
    several clinics, which are then shown under its name), and public_pages.pagination.paged's "page" (its
    clinics with their `.schedule`) and links} and whether the filters were refused. The links to
    other pages keep the filters and the `kept` parameters (the week view's date)."""
    moment = timezone.now()
    clinics = list(Clinic.objects.all())
    form = ClinicFilterForm(request.GET, [(clinic.city, clinic.staff_languages) for clinic in clinics])
    refused = bool(form.errors)
    if form.narrowed:
        clinics = [clinic for clinic in clinics if form.matches(clinic)]
        if form.cleaned_data["day"] is not None:
            clinics = [
                clinic for clinic in attach_schedules(clinics, moment) if opens_on(clinic, form.cleaned_data["day"])
            ]
    # Cities in the order of their first clinic; each city's clinics in their own order.
    first = {}
    for clinic in clinics:
        first.setdefault(clinic.city, len(first))
    clinics.sort(key=lambda clinic: first[clinic.city])
    # Only those: the page cache stores a page asked for with an ad's tracking parameters as the plain
    # one, which must not pass them on.
    filters = QueryDict(mutable=True)
    for name in [*form.fields, *kept]:
        if request.GET.get(name):
            filters[name] = request.GET[name]
    context = {"filter_form": form, "grouped": len(first) < len(clinics)} | paged(clinics, per_page, request, filters)
    page = context["page"]
    if page.object_list and not hasattr(page.object_list[0], "schedule"):
        attach_schedules(page.object_list, moment)
    return context, refused


def opens_on(clinic, weekday):
    """Whether the clinic opens on the next `weekday` (0 is Monday), special days and changes of hours
    counted."""
    schedule = clinic.schedule
    return any(
        day.weekday() == weekday and intervals for day, intervals, _special in schedule.days_ahead(schedule.today)
    )


@require_safe
@cache_control(public=True)
def clinic_list(request):
    context, refused = find_clinics(request, CLINICS_PER_PAGE)
    response = render(request, "locations/clinic_list.html", context, status=400 if refused else 200)
    return expire_with_schedules(response, context["page"].object_list)


@require_safe
@cache_control(public=True)
def clinic_detail(request, slug):
    clinic, moved = find_by_slug(Clinic.objects.with_providers(), slug, translation.get_language())
    if clinic is None:
        raise Http404
    if moved:
        return HttpResponsePermanentRedirect(clinic.get_absolute_url())
    clinics = attach_schedules([clinic], timezone.now())
    response = render(request, "locations/clinic_detail.html", {"clinic": clinic, "object": clinic})
    return expire_with_schedules(response, clinics)


# Columns of a table that still reads on a phone.
WEEK_CLINICS_PER_PAGE = 6


@require_safe
@cache_control(public=True)
def week(request):
    """Every clinic by every day of a week (the coming one, or the one from a chosen date), for "who is
    open Thursday afternoon?"."""
    context, refused = find_clinics(request, WEEK_CLINICS_PER_PAGE, kept=["date"])
    clinics = context["page"].object_list
    # The earliest of the clinics' own "today"s, so that no clinic's current day is left off.
    today = min((clinic.schedule.today for clinic in clinics), default=timezone.localdate())
    form = WeekForm(request.GET if "date" in request.GET else None, today)
    start = form.cleaned_data["date"] if form.is_valid() else today
    # One row per date, holding each clinic's (clinic, date, intervals, special day) in column order.
    columns = ([(clinic, *day) for day in clinic.schedule.days_ahead(start)] for clinic in clinics)
    rows = list(zip(*columns, strict=True))
    # The page's cities and how many of its columns each takes, to head them when one takes several.
    cities = [(city, len(list(group))) for city, group in itertools.groupby(clinics, key=attrgetter("city"))]
    context |= {
        "clinics": clinics,
        "cities": cities if len(cities) < len(clinics) else [],
        "rows": rows,
        "today": today,
        "start": start,
        "form": form,
    }
    status = 400 if form.errors or refused else 200
    response = render(request, "locations/week.html", context, status=status)
    return expire_with_schedules(response, clinics)


def _domain(request):
    """The site's own host, for the events' UIDs: the same whoever downloads the feed."""
    return urlsplit(site_origin(request)).netloc


def _calendar_response(feed, filename):
    response = HttpResponse(feed, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_safe
@cache_control(public=True)
def clinic_calendar(request, slug):
    """The clinic's closures and special hours of the next 12 months, as an iCalendar feed."""
    clinic, moved = find_by_slug(Clinic.objects.all(), slug, translation.get_language())
    if clinic is None:
        raise Http404
    if moved:
        return HttpResponsePermanentRedirect(reverse("locations:calendar", kwargs={"slug": clinic.slug}))
    [clinic] = attach_schedules([clinic], timezone.now())
    feed = feeds.clinic_feed(clinic, clinic.schedule.today, _domain(request), translation.get_language())
    return expire_with_schedules(_calendar_response(feed, f"{clinic.slug}.ics"), [clinic])


@require_safe
@cache_control(public=True)
def practice_calendar(request):
    """Every clinic's closures, special hours and changes of weekly hours of the next 12 months, as one
    iCalendar feed."""
    # The earliest of the clinics' "today"s: a closure on a clinic's current day stays in until its day ends.
    today = earliest_today(timezone.now())
    specials = SpecialDay.objects.select_related("clinic").prefetch_related("hours").upcoming(today)
    clinics = Clinic.objects.with_schedule(timezone.now())
    practice = Practice.load()
    name = practice.name if practice else ""
    feed = feeds.practice_feed(clinics, specials, today, _domain(request), translation.get_language(), name)
    return _calendar_response(feed, "calendar.ics")
