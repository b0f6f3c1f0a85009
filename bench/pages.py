"""Print what each public page costs at the demo's size and at a regional group's (100 clinics, 300
procedures): its uncached render time in-process (median of 20, page cache off, production settings), its
HTML bytes, uncompressed and gzipped, and its SQL queries; then which targets were met at the large size.

Each size gets a database of its own in a temporary folder (`load_demo_content`, then `--clinics 100
--procedures 300`), so the development database is left alone. Run it with `make bench-pages`, or with
`make bench` before the load test. It exits with 1 while a target is missed.
"""

import gzip
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
SIZES = {"demo": [], "large": ["--clinics", "100", "--procedures", "300"]}
# Targets at the large size, for every page.
MOST_KB, MOST_MS, MOST_QUERIES = 60, 10, 4
RUNS = 20
SEARCHED = {"en": "procedure", "es": "procedimiento"}


def main():
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        for size, arguments in SIZES.items():
            env = os.environ | {
                "DJANGO_SETTINGS_MODULE": "clinic.settings.prod",
                "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
                "DJANGO_ALLOWED_HOSTS": "testserver",
                "DJANGO_SECURE_SSL_REDIRECT": "0",
                "DATABASE_URL": f"sqlite:///{folder}/{size}.sqlite3",
                "PAGE_CACHE_SECONDS": "0",
            }
            manage = [PYTHON, "manage.py"]
            subprocess.run([*manage, "collectstatic", "--noinput", "--verbosity=0"], cwd=ROOT, env=env, check=True)
            subprocess.run([*manage, "migrate", "--verbosity=0"], cwd=ROOT, env=env, check=True)
            subprocess.run([*manage, "load_demo_content", *arguments], cwd=ROOT, env=env, check=True)
            out = subprocess.run(
                [PYTHON, __file__, "--measure"], cwd=ROOT, env=env, check=True, capture_output=True, text=True
            ).stdout
            figures[size] = json.loads(out.strip().splitlines()[-1])
    return 0 if report(figures) else 1


def pages():
    """(name, path) of the pages measured: each kind of public page, in English and in Spanish."""
    from django.urls import reverse
    from django.utils import translation

    from locations.models import Clinic
    from procedures.models import Procedure

    clinic = Clinic.objects.get(slug_en="san-diego")
    procedure = Procedure.objects.get(slug_en="medial-branch-rhizotomy")
    found = []
    for language in ("en", "es"):
        with translation.override(language):
            found += [
                (f"home ({language})", reverse("home")),
                (f"clinic page ({language})", clinic.get_absolute_url()),
                (f"clinics list ({language})", reverse("locations:list")),
                (f"hours this week ({language})", reverse("week")),
                (f"procedure page ({language})", procedure.get_absolute_url()),
                (f"procedures list ({language})", reverse("procedures:list")),
                (f"conditions list ({language})", reverse("conditions:list")),
                (f"providers list ({language})", reverse("providers:list")),
                # A word in every sample procedure's name: the most matches a search lists.
                (f"search ({language})", reverse("search") + "?q=" + SEARCHED[language]),
            ]
    sitemap_file = reverse("sitemap_section", kwargs={"section": "procedures"})
    return [*found, ("sitemap.xml", reverse("sitemap")), ("sitemap file", sitemap_file)]


def measure():
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    out = {}
    for name, path in pages():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        count = len(queries)  # read now: each request empties the connection's log of queries
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - start) * 1000)
        out[name] = {
            "ms": statistics.median(times),
            "bytes": len(response.content),
            "gzip": len(gzip.compress(response.content)),
            "queries": count,
        }
    print(json.dumps(out))


def report(figures):
    demo, large = figures["demo"], figures["large"]
    print(f"{'page':<26} {'render ms':>16} {'HTML KB':>16} {'gzip KB':>14} {'queries':>9}")
    print(f"{'':<26} {'demo -> large':>16} {'demo -> large':>16} {'demo -> large':>14} {'':>9}")
    failures = []
    for name, small in demo.items():
        big = large[name]
        print(
            f"{name:<26} {small['ms']:>7.1f} -> {big['ms']:>5.1f} "
            f"{small['bytes'] / 1024:>7.1f} -> {big['bytes'] / 1024:>5.1f} "
            f"{small['gzip'] / 1024:>5.1f} -> {big['gzip'] / 1024:>4.1f} "
            f"{small['queries']:>3} -> {big['queries']:<3}"
        )
        if big["bytes"] > MOST_KB * 1024:
            failures.append(f"{name}: {big['bytes'] / 1024:.0f} KB of HTML (target {MOST_KB} KB)")
        if big["ms"] > MOST_MS:
            failures.append(f"{name}: {big['ms']:.1f} ms (target {MOST_MS} ms)")
        if big["queries"] > MOST_QUERIES:
            failures.append(f"{name}: {big['queries']} queries (target {MOST_QUERIES})")
    print()
    print(f"Targets at the large size: <= {MOST_KB} KB of HTML, <= {MOST_MS} ms, <= {MOST_QUERIES} queries.")
    print("\n".join(f"  missed: {failure}" for failure in failures) or "  all met")
    return not failures


if __name__ == "__main__":
    if "--measure" in sys.argv:
        measure()
    else:
        sys.exit(main())
