"""Staff saving through the admin while patients load the public pages: no save may fail, no page may 500.

Starts the production stack of `make serve` (gunicorn, 2 workers, production settings) on 127.0.0.1 with a
database of its own: a new SQLite file, or the empty PostgreSQL database that DATABASE_URL names. It loads
the demo content into it, then for SECONDS runs STAFF staff sessions, each logged in and saving its own record
through the admin over and over (the three clinics, with their weekly hours, and the practice's details),
while wrk loads the public pages in both languages with CONNECTIONS connections. Prints saves attempted,
saved, refused and failed with their latency, and the public requests, their 5xx and non-2xx counts and
latency. Exits non-zero if a save failed or a page answered 5xx.

With --login-flood it runs twice, the second time while FLOODERS clients send about FLOOD_RATE wrong
passwords a second each with random user names; it prints both public rates and the flood's answers, and
also fails if the public pages kept less than half their rate or any sign-in attempt got a 5xx.

    make bench-saves                                               # SQLite
    DATABASE_URL=postgres://user@host:port/empty_db make bench-saves   # PostgreSQL
    .venv/bin/python bench/concurrent_saves.py --login-flood
"""

import http.cookiejar
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

from bs4 import BeautifulSoup
from run import PYTHON, ROOT, ensure_wrk, gunicorn, latency, production_env

SECONDS, STAFF, CONNECTIONS = 60, 4, 64
FLOODERS, FLOOD_RATE = 8, 6
PASSWORD = "bench-staff-password-2026"
PUBLIC_PATHS = [
    "/en/",
    "/es/",
    "/en/clinics/",
    "/es/clinicas/",
    "/en/clinics/san-diego/",
    "/es/clinicas/chula-vista/",
    "/en/hours/",
    "/en/procedures/medial-branch-rhizotomy/",
    "/es/procedimientos/rizotomia-de-rama-medial/",
]
# wrk counts the responses of each status class per thread and prints them when it is done.
WRK_SCRIPT = """
local paths = {%s}
local threads = {}
local i = 0
function setup(thread) table.insert(threads, thread) end
function init(args) server_errors = 0; i = math.random(#paths) end
function request() i = i %% #paths + 1; return wrk.format("GET", paths[i]) end
function response(status, headers, body) if status >= 500 then server_errors = server_errors + 1 end end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("server_errors") end
  io.write(string.format("5xx: %%d\\n", total))
end
"""


def main():
    wrk = ensure_wrk()
    flood = "--login-flood" in sys.argv
    with tempfile.TemporaryDirectory() as workdir:
        database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{workdir}/bench.sqlite3"
        env = production_env() | {
            "DATABASE_URL": database_url,
            "CACHE_URL": f"file://{workdir}/cache",
            "LOGINS_CACHE_URL": f"file://{workdir}/logins",
        }
        prepare_database(env)
        script = os.path.join(workdir, "public.lua")
        with open(script, "w") as file:
            file.write(WRK_SCRIPT % ", ".join(f'"{path}"' for path in PUBLIC_PATHS))
        print(f"database: {database_url.split('@')[-1]}")
        print(f"{STAFF} staff sessions saving and {CONNECTIONS} public connections for {SECONDS} s\n")
        with gunicorn(env) as base:
            ok, quiet_rate = run_once(base, env, wrk, script, flooders=0)
            if flood:
                print(f"\nAgain, while {FLOODERS} clients send about {FLOOD_RATE} wrong passwords a second each:")
                flooded_ok, flooded_rate = run_once(base, env, wrk, script, flooders=FLOODERS)
                kept = flooded_rate / quiet_rate
                print(f"public pages kept {kept:.0%} of their rate under the flood (goal: at least 50 %)")
                ok = ok and flooded_ok and kept >= 0.5
    return 0 if ok else 1


def run_once(base, env, wrk, script, flooders):
    sessions = [StaffSession(base, f"staff{n}", target) for n, target in enumerate(targets(env))]
    floods = [Flooder(base) for _ in range(flooders)]
    deadline = time.monotonic() + SECONDS
    threads = [threading.Thread(target=session.keep_saving, args=(deadline,)) for session in sessions]
    threads += [threading.Thread(target=flood.keep_guessing, args=(deadline,)) for flood in floods]
    for thread in threads:
        thread.start()
    public = subprocess.run(
        [wrk, "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", "-s", script, base],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for thread in threads:
        thread.join()
    ok = report(sessions, public)
    if floods:
        answers = {}
        for flood in floods:
            for status, count in flood.answers.items():
                answers[status] = answers.get(status, 0) + count
        print("sign-in attempts:", ", ".join(f"{count} answered {status}" for status, count in sorted(answers.items())))
        ok = ok and not any(status >= 500 for status in answers)
    return ok, float(re.search(r"Requests/sec:\s+([\d.]+)", public).group(1))


class Flooder:
    """A client guessing passwords: random user names, about FLOOD_RATE attempts a second."""

    def __init__(self, base):
        self.session = StaffSession.__new__(StaffSession)
        self.session.base = base
        cookies = http.cookiejar.CookieJar(policy=SecureCookiesOnLoopback())
        self.session.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies), NoRedirects())
        self.token = csrf(self.session.open("/admin/login/"))
        self.answers = {}

    def keep_guessing(self, deadline):
        while time.monotonic() < deadline:
            started = time.monotonic()
            fields = {"csrfmiddlewaretoken": self.token, "username": f"user{random.randrange(10**9)}", "password": "x"}
            try:
                status = self.session.post("/admin/login/", fields)[0]
            except OSError:
                status = 0
            self.answers[status] = self.answers.get(status, 0) + 1
            time.sleep(max(0, 1 / FLOOD_RATE - (time.monotonic() - started)))


def prepare_database(env):
    """Migrate, load the demo content and add one staff account per session, as an administrator would."""
    subprocess.run([PYTHON, "manage.py", "migrate", "--verbosity=0"], cwd=ROOT, env=env, check=True)
    subprocess.run([PYTHON, "manage.py", "load_demo_content"], cwd=ROOT, env=env, check=True, capture_output=True)
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput", "--verbosity=0"], cwd=ROOT, env=env, check=True)
    code = f"""
from django.contrib.auth.models import User
for n in range({STAFF}):
    user, _ = User.objects.get_or_create(username=f"staff{{n}}", defaults={{"is_staff": True, "is_superuser": True}})
    user.set_password("{PASSWORD}")
    user.save()
"""
    subprocess.run(
        [PYTHON, "manage.py", "shell", "--no-imports", "-c", code], cwd=ROOT, env=env, check=True, capture_output=True
    )


def targets(env):
    """The change form each session edits: the three clinics, then the practice's details."""
    code = "from locations.models import Clinic; print(*Clinic.objects.values_list('pk', flat=True))"
    pks = subprocess.run(
        [PYTHON, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    forms = [f"/admin/locations/clinic/{pk}/change/" for pk in pks] + ["/admin/practice/practice/1/change/"]
    return (forms * STAFF)[:STAFF]


class StaffSession:
    def __init__(self, base, username, path):
        self.base, self.path = base, path
        cookies = http.cookiejar.CookieJar(policy=SecureCookiesOnLoopback())
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies), NoRedirects())
        self.saved, self.refused, self.failed, self.seconds = 0, 0, [], []
        page = self.open("/admin/login/")
        self.post("/admin/login/", {"csrfmiddlewaretoken": csrf(page), "username": username, "password": PASSWORD})

    def open(self, path, data=None):
        request = urllib.request.Request(self.base + path, data=data, headers={"Referer": self.base + path})
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode(errors="replace")

    def post(self, path, fields):
        return self.open(path, urllib.parse.urlencode(fields, doseq=True).encode())

    def keep_saving(self, deadline):
        attempt = 0
        while time.monotonic() < deadline:
            attempt += 1
            try:
                status, _headers, page = self.open(self.path)
                fields = form_data(page) | change(self.path, attempt) | {"_save": "Save"}
                started = time.monotonic()
                status, headers, page = self.post(self.path, fields)
                self.seconds.append(time.monotonic() - started)
            except OSError as error:
                self.failed.append(repr(error))
                continue
            if status == 302 and not headers["Location"].endswith(self.path):
                self.saved += 1
            elif status == 302:
                self.refused += 1  # a form opened before another save: sent back to the form
            else:
                self.failed.append(f"{status}: {' '.join(page.split())[:200]}")


def change(path, attempt):
    """A new phone number each time; on clinics, also a new Monday-or-first opening time."""
    fields = {"phone": f"619-555-{attempt % 10000:04d}"}
    if "/locations/clinic/" in path:
        fields["opening_hours-0-opens"] = f"0{7 + attempt % 2}:{15 * (attempt % 4):02d}"
    return fields


def csrf(page):
    status, _headers, html = page
    return BeautifulSoup(html, "html.parser").select_one("[name=csrfmiddlewaretoken]")["value"]


def form_data(html):
    """What an unchanged admin change form submits, as a browser sends it."""
    form = BeautifulSoup(html, "html.parser").select_one("#content-main form[method=post]")
    data = {}
    for field in form.select("input[name], select[name], textarea[name]"):
        name, kind = field["name"], field.get("type")
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = [option["value"] for option in field.select("option[selected]")]
            data[name] = chosen if field.has_attr("multiple") else (chosen[0] if chosen else "")
        elif kind in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif kind not in {"submit", "file"}:
            data[name] = field.get("value", "")
    return data


class SecureCookiesOnLoopback(http.cookiejar.DefaultCookiePolicy):
    """Production cookies are HTTPS-only; the stack under test answers plain HTTP on 127.0.0.1."""

    def return_ok_secure(self, cookie, request):
        return True


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def report(sessions, public):
    seconds = sorted(s for session in sessions for s in session.seconds)
    failed = [failure for session in sessions for failure in session.failed]
    saved, refused = sum(s.saved for s in sessions), sum(s.refused for s in sessions)
    attempted = saved + refused + len(failed)
    p50 = statistics.median(seconds) * 1000 if seconds else 0
    p99 = seconds[int(len(seconds) * 0.99)] * 1000 if seconds else 0
    print(f"staff saves: {attempted} attempted, {saved} saved, {refused} refused as stale, {len(failed)} failed")
    print(f"  save latency: p50 {p50:.0f} ms, p99 {p99:.0f} ms")
    requests = int(re.search(r"(\d+) requests in", public).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", public).group(1))
    non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", public)) else 0
    errors = int(re.search(r"5xx: (\d+)", public).group(1))
    print(f"public pages: {requests} requests ({rate:.0f}/s), {errors} 5xx, {non2xx} non-2xx")
    print(f"  latency: p50 {latency(public, '50%'):.1f} ms, p99 {latency(public, '99%'):.1f} ms")
    for failure in failed[:5]:
        print("  failed save:", failure)
    ok = not failed and not errors and not non2xx and saved > 0
    print("Goal met: no failed save, no 5xx." if ok else "Goal missed.")
    return ok


if __name__ == "__main__":
    sys.exit(main())
