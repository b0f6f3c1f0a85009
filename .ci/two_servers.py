"""Two app servers behind one address, sharing PostgreSQL (DATABASE_URL) and Redis (REDIS_URL), as the
README's "Several servers" deployment: a change saved through the admin of one is on the other's public
pages at the next request, in both languages, and staff stay logged in on either. Run by .ci/run."""

import os
import secrets
import subprocess
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from concurrent_saves import StaffSession, form_data, prepare_database  # noqa: E402
from run import PYTHON, ROOT, gunicorn, production_env  # noqa: E402

CLINIC = "/admin/locations/clinic/{pk}/change/"


def main():
    if not (os.environ.get("DATABASE_URL", "").startswith("postgres") and os.environ.get("REDIS_URL")):
        sys.exit("two_servers.py needs DATABASE_URL (PostgreSQL) and REDIS_URL")
    # One secret key and one public address for both, as behind a load balancer.
    env = production_env() | {"DJANGO_SECRET_KEY": secrets.token_urlsafe(50), "DJANGO_SITE_URL": "https://clinic.test"}
    prepare_database(env)
    failures = []
    with gunicorn(env) as first, gunicorn(env) as second:
        staff = StaffSession(first, "staff0", path="")
        pages = ["/en/clinics/escondido/", "/es/clinicas/escondido/", "/en/hours/", "/es/horario/"]
        before = {path: staff_free_get(second, path) for path in pages}  # now in the shared page cache
        if any("11:15 a.m." in page for page in before.values()):
            failures.append("Escondido closes at 11:15 before the change")

        url = CLINIC.format(pk=escondido_pk(env))
        status, _headers, page = staff.open(url)
        form = form_data(page) | {"opening_hours-0-closes": "11:15", "_save": "Save"}
        status, headers, _page = staff.post(url, form)
        if status != 302 or headers["Location"].endswith(url):
            failures.append(f"the save on the first server answered {status}")

        for path in pages:
            if "11:15 a.m." not in staff_free_get(second, path):
                failures.append(f"{path} on the second server does not show the change")

        # The session made on the first server is good on the second.
        staff.base = second
        status, _headers, page = staff.open("/admin/")
        if status != 200 or "staff0" not in page:
            failures.append(f"staff are not logged in on the second server ({status})")

    for failure in failures:
        print("FAILED:", failure)
    print(
        "Two servers: a change saved on one is on the other's pages in both languages; staff stay logged in."
        if not failures
        else "Two servers: check failed."
    )
    return 1 if failures else 0


def staff_free_get(base, path):
    """A patient's visit: no cookies. (Pages keep a time on one line with a no-break space: read as a space.)"""
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return response.read().decode().replace("\N{NO-BREAK SPACE}", " ")


def escondido_pk(env):
    code = "from locations.models import Clinic; print(Clinic.objects.get(slug_en='escondido').pk)"
    command = [PYTHON, "manage.py", "shell", "--no-imports", "-c", code]
    return subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout.strip()


if __name__ == "__main__":
    sys.exit(main())
