"""Staff sign-ins under attack: guesses are throttled before the password hash, lockouts key on the real
client address, a flood writes nothing to the database, and passwords are long."""

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth.models import User
from django.contrib.auth.signals import user_login_failed
from django.test import Client
from django.urls import reverse

from practice.models import Practice
from tests.pages import admin_url, form_data, soup

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

PASSWORD = "correct-horse-battery"


@pytest.fixture
def staff_member(db):
    return User.objects.create_user("frontdesk", password=PASSWORD, is_staff=True, is_superuser=True)


@pytest.fixture
def password_checks():
    """The sign-in attempts that reached the password check (and failed)."""
    failures = []

    def count(sender, credentials, **kwargs):
        failures.append(credentials.get("username"))

    user_login_failed.connect(count)
    yield failures
    user_login_failed.disconnect(count)


def sign_in(browser, username, password="wrong", **headers):
    return browser.post(reverse("admin:login"), {"username": username, "password": password}, **headers)


def test_guesses_from_one_address_beyond_the_limit_are_refused_before_the_password_check(
    client, settings, password_checks
):
    settings.SIGN_INS_PER_ADDRESS = 10
    statuses = [sign_in(client, f"guess{n}").status_code for n in range(15)]
    assert statuses == [200] * 10 + [429] * 5
    assert len(password_checks) == 10
    refused = sign_in(client, "guess99")
    assert "Too many sign-in attempts. Please wait a minute and try again." in refused.content.decode()
    assert 0 < int(refused["Retry-After"]) <= 60


def test_guesses_from_many_addresses_are_limited_in_all(client, settings, password_checks):
    settings.SIGN_INS_PER_MINUTE = 20
    statuses = [sign_in(client, f"guess{n}", REMOTE_ADDR=f"198.51.100.{n}").status_code for n in range(30)]
    assert statuses == [200] * 20 + [429] * 10
    assert len(password_checks) == 20


def test_the_limit_opens_again_a_minute_later(client, settings, time_machine):
    settings.SIGN_INS_PER_ADDRESS = 3
    for n in range(3):
        sign_in(client, f"guess{n}")
    assert sign_in(client, "guess3").status_code == 429
    time_machine.shift(60)
    assert sign_in(client, "guess4").status_code == 200


def test_staff_who_are_signed_in_keep_saving_during_a_flood(client, staff_client, settings):
    settings.SIGN_INS_PER_MINUTE = 5
    for n in range(10):
        sign_in(client, f"guess{n}", REMOTE_ADDR=f"198.51.100.{n}")
    assert sign_in(client, "guess-more").status_code == 429
    practice_url = admin_url(Practice.load(), "change")
    response = staff_client.post(practice_url, form_data(staff_client.get(practice_url)) | {"phone": "619-555-0199"})
    assert response.status_code == 302
    assert Practice.load().phone == "619-555-0199"


def test_behind_the_proxy_a_lockout_holds_the_attackers_address_only(staff_member, settings):
    settings.TRUSTED_PROXIES = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    attacker = Client()
    for _attempt in range(5):
        # Whatever the attacker writes into the header comes before what the proxy appends.
        sign_in(attacker, "frontdesk", HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.66", **proxy)
    assert sign_in(attacker, "frontdesk", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.66", **proxy).status_code == 429
    colleague = Client()
    response = sign_in(colleague, "frontdesk", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy)
    assert response.status_code == 302
    assert colleague.session["_auth_user_id"] == str(staff_member.pk)


def test_without_a_trusted_proxy_the_forwarded_header_is_never_read(staff_member, settings):
    settings.TRUSTED_PROXIES = 0
    attacker = Client()
    for n in range(5):
        # A new forged address each time does not escape the lockout of the real one.
        sign_in(attacker, "frontdesk", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert sign_in(attacker, "frontdesk", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.200").status_code == 429
    assert sign_in(Client(), "frontdesk", PASSWORD, REMOTE_ADDR="198.51.100.7").status_code == 302


def test_guessing_a_locked_out_name_writes_nothing_to_the_database(staff_member, settings):
    settings.SIGN_INS_PER_ADDRESS = 1000
    settings.SIGN_INS_PER_MINUTE = 1000
    attacker = Client()
    for _attempt in range(40):
        sign_in(attacker, "frontdesk")
    assert sign_in(attacker, "frontdesk", PASSWORD).status_code == 429
    assert (AccessAttempt.objects.count(), AccessFailureLog.objects.count(), AccessLog.objects.count()) == (0, 0, 0)


def test_staff_passwords_have_at_least_twelve_characters(staff_client):
    url = admin_url(User, "add")
    form = form_data(staff_client.get(url)) | {"username": "newdesk", "usable_password": "true"}
    response = staff_client.post(url, form | {"password1": "Pain-clinic", "password2": "Pain-clinic"})
    assert "This password is too short. It must contain at least 12 characters." in soup(response).get_text()
    assert not User.objects.filter(username="newdesk").exists()
    response = staff_client.post(url, form | {"password1": "Pain-clinic-7", "password2": "Pain-clinic-7"})
    assert response.status_code == 302
    assert User.objects.get(username="newdesk").check_password("Pain-clinic-7")


def test_the_sign_in_page_works_with_password_managers_and_paste(client):
    page = soup(client.get(reverse("admin:login")))
    assert page.select_one("input[name=username]")["autocomplete"] == "username"
    assert page.select_one("input[name=password]")["autocomplete"] == "current-password"
    assert not page.select("[onpaste], [oncopy], [autocomplete=off]")
