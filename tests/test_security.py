"""Security headers, no third-party requests, hostile input, production checks."""

import base64
import hashlib
import importlib
import itertools
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse

from locations.models import Clinic, OpeningHours, SpecialDay
from practice.models import Practice
from procedures.models import Procedure
from tests.pages import address, every_public_page, soup

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

ROOT = Path(__file__).resolve().parent.parent


def test_every_response_carries_the_security_headers(client):
    for path in every_public_page() + [reverse("admin:login"), reverse("sitemap"), reverse("robots_txt")]:
        response = client.get(path, secure=True)
        assert response["Strict-Transport-Security"] == "max-age=31536000", path
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cross-Origin-Resource-Policy"] == "same-origin"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["X-Frame-Options"] == "DENY"
        permissions = response["Permissions-Policy"]
        for feature in ["camera=()", "microphone=()", "geolocation=()"]:
            assert feature in permissions


def test_public_pages_have_a_strict_content_security_policy(client):
    for path in every_public_page():
        policy = dict(
            (directive.split(" ", 1) + [""])[:2]
            for directive in client.get(path)["Content-Security-Policy"].split("; ")
        )
        # Nothing is allowed but what the pages use, each from the site itself.
        assert policy["default-src"] == "'none'"
        assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
        assert policy["img-src"] == "'self' data:" and policy["font-src"] == "'self'"
        assert policy["frame-ancestors"] == "'none'" and policy["base-uri"] == "'self'"
        assert "unsafe-inline" not in str(policy) and "http" not in str(policy)
        page = soup(client.get(path))
        assert page.select("[style], style") == []
        assert all(script.get("type") == "application/ld+json" for script in page.select("script:not([src])"))


def test_with_debug_on_django_s_own_not_found_page_keeps_its_style_and_nothing_else_inline(db, settings):
    """Under `make run` a 404 is Django's debug page: its one style sheet is allowed by its hash, so the page is
    readable, while the site's pages stay as strict as in production."""
    settings.DEBUG = True
    response = Client().get("/en/nowhere/")
    assert response.status_code == 404 and b"Page not found" in response.content
    [style] = soup(response).select("style")
    digest = base64.b64encode(hashlib.sha256(style.string.encode()).digest()).decode()
    style_src = next(d for d in response["Content-Security-Policy"].split("; ") if d.startswith("style-src "))
    assert f"'sha256-{digest}'" in style_src.split()
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    settings.DEBUG = False
    assert "sha256" not in Client().get(reverse("home"))["Content-Security-Policy"]


def test_only_the_admin_allows_inline_scripts_and_styles(staff_client):
    policy = staff_client.get(reverse("admin:index"))["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy and "style-src 'self' 'unsafe-inline'" in policy
    assert "http" not in policy


def test_no_public_page_names_a_resource_of_another_origin(client):
    """What the markup asks for. What a browser really loads, the stylesheet's own references included:
    tests/browser/test_own_origin.py."""
    resource = "script[src], link[href], img[src], img[srcset], source[srcset], iframe, video, audio, embed, object"
    for path in every_public_page():
        page = soup(client.get(path))
        for tag in page.select(resource):
            if tag.name == "link" and tag.get("rel") in (["canonical"], ["alternate"]):
                continue  # addresses of this page, not resources to load
            for attribute in ("src", "href", "srcset", "data"):
                for url in re.split(r",\s*", tag.get(attribute, "")):
                    url = url.split(" ")[0]
                    assert not url or (url.startswith("/") and not url.startswith("//")), f"{path}: {tag}"


def test_cookies_are_httponly_and_secure_in_production(client, monkeypatch):
    response = client.post(reverse("set_language"), {"language": "es", "next": address("home", "es")})
    cookie = response.cookies["django_language"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"

    monkeypatch.setenv("DJANGO_SECRET_KEY", "x" * 60)
    monkeypatch.delitem(sys.modules, "clinic.settings.prod", raising=False)
    prod = importlib.import_module("clinic.settings.prod")
    assert prod.SESSION_COOKIE_SECURE and prod.CSRF_COOKIE_SECURE and prod.LANGUAGE_COOKIE_SECURE
    assert prod.SESSION_COOKIE_HTTPONLY and prod.CSRF_COOKIE_HTTPONLY and prod.LANGUAGE_COOKIE_HTTPONLY
    names = (prod.SESSION_COOKIE_NAME, prod.CSRF_COOKIE_NAME, prod.LANGUAGE_COOKIE_NAME)
    assert all(name.startswith("__Host-") for name in names)
    assert not prod.SECURE_HSTS_PRELOAD and not prod.SECURE_HSTS_INCLUDE_SUBDOMAINS  # both opt-in


def test_hsts_preload_and_subdomains_are_opt_in(monkeypatch):
    monkeypatch.setenv("DJANGO_HSTS_PRELOAD", "1")
    monkeypatch.setenv("DJANGO_HSTS_INCLUDE_SUBDOMAINS", "1")
    monkeypatch.delitem(sys.modules, "clinic.settings.base", raising=False)
    base = importlib.import_module("clinic.settings.base")
    assert base.SECURE_HSTS_PRELOAD and base.SECURE_HSTS_INCLUDE_SUBDOMAINS


def test_deploy_checks_pass_with_production_settings(tmp_path):
    env = {name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"} | {
        "DJANGO_SETTINGS_MODULE": "clinic.settings.prod",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "DJANGO_ALLOWED_HOSTS": "www.example.com",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CACHE_URL": "locmem://",
        # Opt-in (README): a practice whose every subdomain serves HTTPS turns both on, and then Django's
        # deployment checks have nothing left to say.
        "DJANGO_HSTS_INCLUDE_SUBDOMAINS": "1",
        "DJANGO_HSTS_PRELOAD": "1",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # django-axes' warning on a file cache of sign-in attempts, silenced in clinic/settings/base.py.
    assert result.stdout.strip() == "System check identified no issues (1 silenced)."


def test_oversized_requests_are_refused_before_they_are_read(client):
    response = client.post(
        reverse("admin:login"), data=b"x", content_type="application/octet-stream", CONTENT_LENGTH=str(13 * 1024 * 1024)
    )
    assert response.status_code == 413
    assert response.content.decode() == "This request is too large. Images may be at most 10 MB."
    login = reverse("admin:login")
    assert client.post(login, data=b"", content_type="text/plain", CONTENT_LENGTH="-5").status_code == 400


def snapshot():
    models = [Practice, Clinic, OpeningHours, SpecialDay, Procedure, Procedure.related.through]
    return {model.__name__: sorted(map(str, model.objects.values())) for model in models}


def hostile_requests():
    """(method, path, extra) triples: malformed, abusive or just strange requests."""
    paths = [
        "/en/",
        "/es/procedimientos/",
        "/en/clinics/san-diego/",
        "/es/clinicas/chula-vista/",
        "/sitemap.xml",
        "/robots.txt",
        "/language/",
        "/en/hours/",
    ]
    weird_paths = [
        "/xx/",
        "/EN/",
        "/es-ES/",
        "/en/es/",
        "/es/en/procedures/",
        "/en/procedimientos/",
        "/es/procedures/",
        "/es/clinicas/ni%C3%B1o/",
        "/en/procedures/%E2%80%AE%E2%80%AE/",
        "/en/procedures/%C0%AF/",
        "/es/clinicas/%FF%FE/",
        "/en/clinics/%00/",
        "/en/clinics/san%20diego/",
        "/en/procedures/%25%32%65/",
        "/en/../../etc/passwd",
        "/static/../clinic/settings/base.py",
        "/media/../../etc/passwd",
        "/en/%2e%2e/%2e%2e/etc/passwd",
        "/static/%2e%2e/%2e%2e/manage.py",
        "/en/clinics/..%2f..%2fmanage.py",
        "/" + "a" * 10000,
        "/en/procedures/" + "x" * 5000 + "/",
        "/en/" + "/".join(["deep"] * 500) + "/",
        "/admin/../en/",
        "/en//clinics//",
        "/en/clinics/san-diego",
        "/es/horario/extra/",
        "/sitemap.xml/",
        "/en/procedures/<script>alert(1)</script>/",
        "/en/procedures/'%20OR%201=1--/",
        "/%F0%9F%98%80/",
    ]
    queries = [
        "",
        "?" + "a" * 100_000,
        "?q=%00%01%02%ff%fe",
        "?" + "&".join(f"f{n}=1" for n in range(2000)),
        "?next=https://evil.example/",
        "?page=-1",
        "?p=abc",
        "?lang=fr",
        "?%ZZ=%G1",
        "?utm_source=x",
        "?" + "%" * 1000,
        "?q=" + "%C3%A9" * 1000,
        "?q=%E2%80%AE",
        "?callback=alert(1)",
        "?format=json",
        "?__proto__[x]=1",
        "?q=%uFFFF",
        "?q=%%",
        "?" + "&" * 5000,
        "?a[]=1&a[]=2",
    ]
    requests = [("GET", path + query, {}) for path, query in itertools.product(paths + weird_paths, queries)]
    for method, path in itertools.product(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"], paths + weird_paths):
        requests.append((method, path, {}))
    for host in ["evil.example", "", "127.0.0.1:99999", "localhost:abc", "a" * 300, "exa mple.com", "[::1"]:
        for path in paths:
            requests.append(("GET", path, {"HTTP_HOST": host}))
    requests += [
        ("POST", "/admin/login/", {"data": {"username": "x", "password": "y"}}),
        ("POST", "/admin/locations/clinic/1/change/", {"data": {"name_en": "Hacked"}}),
        ("POST", "/admin/practice/practice/1/delete/", {"data": {"post": "yes"}}),
        ("POST", "/language/", {"data": {"language": "xx", "next": "/en/"}}),
        ("POST", "/language/", {"data": {"language": "es", "next": "https://evil.example/"}}),
        ("POST", "/language/", {"data": {"language": "es", "next": "//evil.example/"}}),
        ("GET", "/en/", {"HTTP_ACCEPT_LANGUAGE": "zz;q=abc, ,,;;" * 200}),
        ("GET", "/", {"HTTP_ACCEPT_LANGUAGE": "\x00\xff" * 100}),
        ("GET", "/", {"HTTP_COOKIE": "django_language=../../etc; sessionid=" + "x" * 5000}),
        ("GET", "/en/", {"HTTP_COOKIE": "csrftoken=" + "%" * 300}),
    ]
    return requests


def test_a_thousand_hostile_requests_get_no_server_error_and_change_nothing(db, caplog):
    before = snapshot()
    browser = Client(enforce_csrf_checks=True, raise_request_exception=True)
    requests = hostile_requests()
    assert len(requests) >= 1000
    statuses = {}
    for method, path, extra in requests:
        extra = dict(extra)
        data = extra.pop("data", None)
        response = browser.generic(
            method, path, data=_encode(data), content_type="application/x-www-form-urlencoded", **extra
        )
        statuses.setdefault(response.status_code, []).append(f"{method} {path[:60]}")
    assert set(statuses) <= {200, 301, 302, 400, 403, 404, 405, 413}, {k: v[:3] for k, v in statuses.items()}
    assert snapshot() == before
    assert Practice.load().name == "Pacific Coast Pain Management"


def _encode(data):

    return urlencode(data) if data else ""


def test_production_logs_every_server_error_with_its_path(tmp_path):
    """A view that fails under production settings: the error, its address and its traceback are in stderr."""
    script = """
import django
django.setup()
from django.test import Client
from providers.models import Provider

def broken(*args, **kwargs):
    raise RuntimeError("the database went away")

Provider.objects.published = broken
response = Client(raise_request_exception=False).get("/es/medicos/", secure=True)
print(response.status_code)
"""
    env = {name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"} | {
        "DJANGO_SETTINGS_MODULE": "clinic.settings.prod",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CACHE_URL": "locmem://",
        "LOGINS_CACHE_URL": "locmem://",
    }
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "500", result.stderr
    assert "ERROR django.request: Internal Server Error: /es/medicos/" in result.stderr
    assert "RuntimeError: the database went away" in result.stderr
