"""The admin refuses what it should, everywhere: junk in query strings (as a scanner or a mangled bookmark
sends it) is refused or ignored, never a server error; a role sees and changes only what it may."""

import itertools

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import User
from django.db import models
from django.forms.models import model_to_dict
from django.test import Client, RequestFactory

from tests.pages import admin_url, form_data

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

EVERY_CHANGELIST = {"q", "o", "p", "e", "all", "_to_field", "_popup", "_changelist_filters", "nonsense", "id__in"}
JUNK = ["abc", "99999999999999999999", "-1\x00'\"><script>é" + "a" * 300]


def hostile_queries(model_admin, request):
    """Filter, search, ordering, page and date parameters with values no form would send: each of the
    changelist's own filters with every kind of junk, the parameters every changelist reads with the worst."""
    changelist = model_admin.get_changelist_instance(request)
    own = {name for list_filter in changelist.filter_specs for name in list_filter.expected_parameters()}
    if model_admin.date_hierarchy:
        own |= {f"{model_admin.date_hierarchy}__{part}" for part in ("year", "month", "day")}
    for name, value in itertools.product(sorted(own), JUNK):
        yield {name: value}
    for name, value in itertools.product(sorted(EVERY_CHANGELIST), JUNK[1:]):
        yield {name: value}
    yield {"o": "1.2.3.-99"}
    yield {"p": "2", "all": ""}


def test_junk_query_strings_on_every_changelist_get_no_server_error(admin_user, rf):
    browser = Client(raise_request_exception=False)
    browser.force_login(admin_user)
    request = rf.get("/")
    request.user = admin_user
    sent, errors = 0, []
    for model in (model for model in apps.get_models() if admin.site.is_registered(model)):
        url = admin_url(model)
        for query in hostile_queries(admin.site.get_model_admin(model), request):
            response = browser.get(url, query)
            if response.status_code >= 500:
                errors.append((url, query))
            sent += 1
    assert errors == [], "\n".join(map(str, errors))
    assert sent > 250  # a few hundred


def tampered(model, data):
    """The form's data plus a new value for every field of the model that the form does not show."""
    values = {
        models.PositiveSmallIntegerField: "99",
        models.CharField: "Tampered",
        models.TextField: "Tampered",
        models.URLField: "https://tampered.example.com/",
        models.BooleanField: "on",
        models.DateField: "2030-01-01",
    }
    extra = {}
    for field in model._meta.concrete_fields:
        value = next((v for kind, v in values.items() if isinstance(field, kind)), None)
        if field.editable and value is not None and field.name not in data and field.attname not in data:
            extra[field.name] = value
    return data | extra


@pytest.mark.parametrize("role", ["front_desk", "editor"])
def test_each_role_can_open_and_change_only_what_it_may(role, request):
    """Every changelist and change form of the practice's content, for each staff role: what the role may not
    see answers 403, and fields its form does not offer stay as they were whatever the request sends."""
    browser = request.getfixturevalue(role)
    user = User.objects.get(pk=browser.session["_auth_user_id"])
    for model in (model for model in apps.get_models() if admin.site.is_registered(model)):
        may_see = admin.site.get_model_admin(model).has_view_or_change_permission(_request_of(user))
        # The practice's list is its one record's form: it sends there.
        assert browser.get(admin_url(model)).status_code in ({200, 302} if may_see else {403}), (role, model)
        record = model._default_manager.first()
        if record is None:
            continue
        page = browser.get(admin_url(record, "change"))
        assert page.status_code == (200 if may_see else 403), (role, model)
        if not may_see:
            assert browser.post(admin_url(record, "change"), {}).status_code == 403
            continue
        before = model_to_dict(record)
        data = form_data(page)
        response = browser.post(admin_url(record, "change"), tampered(model, data))
        may_change = admin.site.get_model_admin(model).has_change_permission(_request_of(user), record)
        assert response.status_code == (302 if may_change else 403), (role, model)
        after = model_to_dict(model._default_manager.get(pk=record.pk))
        for name, value in before.items():
            if name not in data:
                assert after[name] == value, (role, model, name)


def _request_of(user):
    request = RequestFactory().get("/")
    request.user = user
    return request
