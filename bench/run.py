"""Load-test the production stack and print how each page compares with a static file.

Starts gunicorn (2 workers, production settings, DEBUG off) on 127.0.0.1 twice: "cached" (pages from the
page cache) and "uncached" (the page cache off: every request reads the database and renders its page, as
the first request after a change of content or of a clinic's status does). Each time it warms the server,
then loads the home page, a clinic page, the clinics list, a procedure page and a static file of similar
size with wrk (16 connections, 10 s, three runs each), and, uncached, each page again over one connection
for its latency alone. Prints req/s (median), p50 and p99 latency, non-2xx responses, each page's ratio to
the static file in the same server run, and each page's SQL queries and HTML+CSS bytes, then which targets
were met. Run it with `make bench`; wrk is installed with apt-get when missing.
"""

import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
PAGES = {
    "home": "/en/",
    "clinic page": "/en/clinics/san-diego/",
    "clinics list": "/en/clinics/",
    "procedure page": "/en/procedures/medial-branch-rhizotomy/",
}
RUNS, SECONDS, CONNECTIONS = 3, 10, 16
# Each page's rate at least this share of the static file's, in the same server run.
TARGETS = {"cached": 0.80, "uncached": 0.04}
MODES = {"cached": {"PAGE_CACHE_SECONDS": "300"}, "uncached": {"PAGE_CACHE_SECONDS": "0"}}
# Uncached, over a single connection: the time one patient waits for a page rendered afresh.
SINGLE_P99_LIMIT_MS, BYTES_LIMIT = 20, 30 * 1024


def main():
    wrk = ensure_wrk()
    env = production_env()
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput", "--verbosity=0"], cwd=ROOT, env=env, check=True)
    sizes = page_sizes_and_queries(env)
    static_path = static_file_like(sizes["home"]["html"])
    print(f"wrk: {RUNS} runs x {SECONDS} s, {CONNECTIONS} connections; static file: {static_path}\n")

    results = {}
    for mode, settings in MODES.items():
        with tempfile.TemporaryDirectory() as cache_dir:
            with gunicorn(env | {"CACHE_URL": f"file://{cache_dir}"} | settings) as base:
                targets = {**PAGES, "static file": static_path}
                for path in targets.values():
                    for _ in range(20):
                        urllib.request.urlopen(base + path).read()
                results[mode] = {name: load(wrk, base + path) for name, path in targets.items()}
                if mode == "uncached":
                    results["uncached, 1 connection"] = {
                        name: load(wrk, base + path, connections=1) for name, path in PAGES.items()
                    }
    return 0 if report(results, sizes) else 1


def production_env():
    """The environment of `make serve`: production settings on plain HTTP at 127.0.0.1."""
    return os.environ | {
        "DJANGO_SETTINGS_MODULE": "clinic.settings.prod",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SITE_URL": "http://127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
    }


def ensure_wrk():
    wrk = shutil.which("wrk")
    if wrk is None:
        print("wrk not found: installing it from Debian's packages")
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "wrk"],
            check=True,
            env=os.environ | {"DEBIAN_FRONTEND": "noninteractive"},
        )
        wrk = shutil.which("wrk")
    return wrk


def page_sizes_and_queries(env):
    """SQL queries (the practice's details included) and HTML+CSS bytes of each page rendered afresh, from
    Django's test client."""
    code = """
import json, os, django
os.environ["DJANGO_SETTINGS_MODULE"] = "clinic.settings.dev"
django.setup()
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment
setup_test_environment()
settings.ALLOWED_HOSTS = ["testserver"]
css = (settings.BASE_DIR / "static" / "css" / "site.css").stat().st_size
out = {}
for name, path in json.loads(os.environ["BENCH_PAGES"]).items():
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(path)
    assert response.status_code == 200, (path, response.status_code)
    out[name] = {"queries": len(queries), "html": len(response.content), "css": css}
print(json.dumps(out))
"""

    result = subprocess.run(
        [PYTHON, "-c", code],
        cwd=ROOT,
        env=os.environ | {"BENCH_PAGES": json.dumps(PAGES)},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def static_file_like(size):
    """The collected static file (not a compressed copy) closest in size to a page."""
    root = ROOT / "staticfiles"
    files = [
        p for p in root.rglob("*") if p.is_file() and p.suffix not in {".gz", ".br"} and p.name != "staticfiles.json"
    ]
    best = min(files, key=lambda p: abs(p.stat().st_size - size))
    return "/static/" + best.relative_to(root).as_posix()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class gunicorn:
    """`with gunicorn(env) as base:` the site served on 127.0.0.1 (on `port`, or a free one) until the block
    ends; also the Lighthouse tests' server (tests/browser/test_lighthouse.py)."""

    def __init__(self, env, port=None):
        self.env = env
        self.port = port or free_port()

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                ROOT / ".venv" / "bin" / "gunicorn",
                "clinic.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "2",
                "--no-control-socket",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
        )
        base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/robots.txt").read()
                return base
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def load(wrk, url, connections=CONNECTIONS):
    runs = []
    for _ in range(RUNS):
        out = subprocess.run(
            [wrk, f"-t{min(2, connections)}", f"-c{connections}", f"-d{SECONDS}s", "--latency", url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        runs.append(
            {
                "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
                "p50": latency(out, "50%"),
                "p99": latency(out, "99%"),
                "non2xx": int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0,
            }
        )
    return {
        "rps": statistics.median(r["rps"] for r in runs),
        "p50": statistics.median(r["p50"] for r in runs),
        "p99": statistics.median(r["p99"] for r in runs),
        "non2xx": sum(r["non2xx"] for r in runs),
    }


def latency(out, percentile):
    value, unit = re.search(rf"^\s+{re.escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def report(results, sizes):
    columns = [("page", "<16"), ("mode", "<24"), ("req/s", ">9"), ("p50 ms", ">9"), ("p99 ms", ">9")]
    columns += [("non-2xx", ">9"), ("vs static", ">11"), ("SQL", ">5"), ("HTML+CSS", ">10")]
    header = "".join(f"{name:{spec}}" for name, spec in columns)
    print(header)
    print("-" * len(header))
    failures = []
    for mode, pages in results.items():
        static = results[mode.split(",")[0]]["static file"]["rps"]
        for name, r in pages.items():
            ratio = r["rps"] / static
            size = sizes.get(name)
            queries = str(size["queries"]) if size else "-"
            weight = f"{(size['html'] + size['css']) / 1024:.1f} KB" if size else "-"
            shown_ratio = f"{ratio:>10.0%}" if mode in TARGETS else f"{'-':>10}"
            print(
                f"{name:<16}{mode:<24}{r['rps']:>9.0f}{r['p50']:>9.2f}{r['p99']:>9.2f}{r['non2xx']:>9}{shown_ratio}{queries:>5}{weight:>10}"
            )
            if r["non2xx"]:
                failures.append(f"{name} ({mode}): {r['non2xx']} non-2xx responses")
            if mode in TARGETS and size and ratio < TARGETS[mode]:
                failures.append(f"{name} ({mode}): {ratio:.0%} of the static file's rate < {TARGETS[mode]:.0%}")
            if mode not in TARGETS and r["p99"] >= SINGLE_P99_LIMIT_MS:
                failures.append(f"{name} ({mode}): p99 {r['p99']:.1f} ms >= {SINGLE_P99_LIMIT_MS} ms")
            if size and mode == "cached" and size["html"] + size["css"] > BYTES_LIMIT:
                failures.append(f"{name}: HTML+CSS {size['html'] + size['css']} bytes > {BYTES_LIMIT}")
        print()
    print(
        "Targets: cached >= 80% and uncached >= 4% of the static file's rate at 16 connections, uncached p99 "
        "< 20 ms at 1 connection, no non-2xx, HTML+CSS <= 30 KB."
    )
    print("All targets met." if not failures else "Missed:\n  " + "\n  ".join(failures))
    return not failures


if __name__ == "__main__":
    sys.exit(main())
