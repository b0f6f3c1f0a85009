"""Lighthouse 12 (npm package lighthouse, with Debian's Chromium), mobile, on the pages patients open most, in
both languages, and on the pages of a large practice (100 clinics, 300 procedures) that grow with it: 100 in
performance, accessibility, best practices and SEO. The demo is served by gunicorn with the production settings,
as `make serve` does (compressed static files with far-future headers, compressed pages, the page cache, DEBUG
off), from a database and folders of this test run's own."""

import json
import os
import statistics
import subprocess
import sys
from contextlib import contextmanager

import pytest

from bench.run import free_port, gunicorn, production_env
from tests.pages import address, clinic_page, notice_page, procedure_page
from tests.tools import CHROMIUM, LIGHTHOUSE, ROOT, require_lighthouse

pytestmark = [pytest.mark.lighthouse, pytest.mark.django_db]

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
PAGES = {
    "home": lambda lang: address("home", lang),
    "clinic": lambda lang: clinic_page("chula-vista", lang),
    "week": lambda lang: address("week", lang),
    "procedure": lambda lang: procedure_page("epidural-steroid-injection", lang),
    "provider": lambda lang: address("providers:detail", lang, slug="camila-ejemplo"),
    "notice": lambda lang: notice_page("nondiscrimination", lang),
}


@contextmanager
def served_demo(folder, *demo_arguments):
    """The demo (`load_demo_content` with `demo_arguments`) served as `make serve` does, from `folder`."""
    require_lighthouse()
    port = free_port()
    # make serve's environment, with no Redis (CI's second run sets one) and everything stored in the folder.
    environment = {
        key: value
        for key, value in production_env().items()
        if key not in {"REDIS_URL", "LOGINS_CACHE_URL", "CACHE_URL"}
    } | {
        "DJANGO_SETTINGS_MODULE": "tests.production_settings",
        "DJANGO_SITE_URL": f"http://127.0.0.1:{port}",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "CACHE_URL": f"file://{folder / 'pages'}",
        "TEST_STATIC_ROOT": str(folder / "static"),
    }
    manage = [sys.executable, "manage.py"]
    for command in (["migrate"], ["load_demo_content", *demo_arguments], ["collectstatic", "--noinput"]):
        subprocess.run([*manage, *command, "--verbosity=0"], env=environment, cwd=ROOT, check=True, capture_output=True)
    with gunicorn(environment, port) as url:
        yield url


@pytest.fixture(scope="module")
def production_site(tmp_path_factory):
    with served_demo(tmp_path_factory.mktemp("production")) as url:
        yield url


@pytest.fixture(scope="module")
def large_production_site(tmp_path_factory):
    """The demo grown to 100 clinics and 300 procedures."""
    with served_demo(tmp_path_factory.mktemp("large"), "--clinics", "100", "--procedures", "300") as url:
        yield url


def lighthouse(url):
    """{category: score out of 100} and the audits that cost points, for one run of Lighthouse's mobile
    configuration (its default: a simulated mid-range phone on a slow 4G connection)."""
    command = [
        LIGHTHOUSE,
        url,
        "--quiet",
        "--output=json",
        "--output-path=stdout",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    for _attempt in range(2):  # a second try when Chromium did not start or answer in time on a busy machine
        result = subprocess.run(
            command, env=os.environ | {"CHROME_PATH": str(CHROMIUM)}, capture_output=True, text=True, timeout=120
        )
        if result.returncode == 0:
            break
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    scores = {name: round(100 * report["categories"][name]["score"]) for name in CATEGORIES}
    costs = [
        f"{name}: {ref['id']} {audit.get('displayValue', audit['score'])}"
        for name in CATEGORIES
        for ref in report["categories"][name]["auditRefs"]
        if ref["weight"] and (audit := report["audits"][ref["id"]])["score"] is not None and audit["score"] < 1
    ]
    return scores, costs


def median_scores(url):
    """One run, or the median of five when the first falls short: performance varies from run to run on a
    busy machine (Lighthouse's own advice is the median of five runs)."""
    scores, costs = lighthouse(url)
    if min(scores.values()) == 100:
        return scores, costs
    runs = [(scores, costs)] + [lighthouse(url) for _ in range(4)]
    medians = {name: statistics.median(run[0][name] for run in runs) for name in CATEGORIES}
    return medians, sorted({cost for run in runs for cost in run[1]})


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("name", PAGES)
def test_the_page_scores_100_in_every_category(production_site, name, lang):
    scores, costs = median_scores(production_site + PAGES[name](lang))
    assert scores == dict.fromkeys(CATEGORIES, 100), costs


# The pages whose size grows with the practice's, where the large practice must score as the demo does.
# In English only: the Spanish pages are of the same size and make (bench/pages.py), and CI's time is counted.
LARGE_PRACTICE_PAGES = ["home", "clinic", "week"]


@pytest.mark.parametrize("name", LARGE_PRACTICE_PAGES)
def test_the_page_of_a_large_practice_scores_100_in_every_category(large_production_site, name):
    scores, costs = median_scores(large_production_site + PAGES[name]("en"))
    assert scores == dict.fromkeys(CATEGORIES, 100), costs


def test_lighthouse_notices_a_page_that_scores_less(production_site):
    """The check above can fail: search results are kept out of search engines (noindex), which costs SEO points."""
    scores, costs = lighthouse(production_site + address("search") + "?q=knee")
    assert scores["seo"] < 100
    assert any("is-crawlable" in cost for cost in costs)
