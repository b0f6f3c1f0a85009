import datetime
import io
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import translation
from time_machine import travel

from alerts.models import Alert
from clinic import caching
from locations.models import Clinic, HoursChange, OpeningHours
from practice.models import Practice
from tests.builders import make_special_day

# Monday 23 November 2026, 10:00 in San Diego: Thanksgiving is on Thursday. Most tests run at this moment
# (`monday_morning`), and the demo is loaded at it, so that its holidays are the next ones from there.
MONDAY_MORNING = datetime.datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("America/Los_Angeles"))


def pytest_configure():
    # The SQLite test database is a file in var/ (clinic/settings/base.py).
    (settings.BASE_DIR / "var").mkdir(exist_ok=True)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests with real transactions, the browser tests among them, empty the database after them: they run after
    all the others. pytest-django orders them so, but pytest then groups the browser tests by browser wherever
    they fall, so the order is made again here (a stable sort: nothing else moves)."""

    def transactional(item):
        marker = item.get_closest_marker("django_db")
        return bool(marker and marker.kwargs.get("transaction")) or bool(
            {"transactional_db", "live_server"} & set(item.fixturenames)
        )

    items.sort(key=transactional)


def load_demo_content():
    """The demo practice as `make run` loads it, on Monday morning. Each kind of content is loaded only while
    its table is empty: where the demo is present this costs a few queries and changes nothing."""
    with travel(MONDAY_MORNING, tick=False):
        call_command("load_demo_content", stdout=io.StringIO())


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds the demo from the start: loaded once, it is there for every test, whose own
    changes are rolled back after it."""
    with django_db_blocker.unblock():
        load_demo_content()


# How production stores static files (clinic/settings/prod.py): compressed, with content-hashed names.
PRODUCTION_STATIC_FILES = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """The static files collected as for production, once: compressing them all takes seconds."""
    root = tmp_path_factory.mktemp("staticfiles")
    with override_settings(STATIC_ROOT=root, STORAGES=settings.STORAGES | {"staticfiles": PRODUCTION_STATIC_FILES}):
        call_command("collectstatic", interactive=False, verbosity=0, stdout=io.StringIO())
    return root


@pytest.fixture
def production_static_files(settings, collected_static):
    """Pages link, and WhiteNoise serves, the static files as in production (a Client made after this)."""
    settings.STATIC_ROOT = collected_static
    settings.STORAGES = settings.STORAGES | {"staticfiles": PRODUCTION_STATIC_FILES}
    return collected_static


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with no cached pages: the database is rolled back after each test, the cache is not."""
    caches["pages"].clear()
    caches["logins"].clear()


@pytest.fixture(autouse=True)
def commits_clear_pages_at_once(request, monkeypatch):
    """Most tests run inside one transaction that is rolled back at the end, so nothing they save ever
    commits: there, a change of content clears the page cache when it is saved, as a commit would. Tests
    with real transactions (django_db(transaction=True)) keep the real timing."""
    marker = request.node.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("transaction")):
        monkeypatch.setattr(caching, "transaction", SimpleNamespace(on_commit=lambda function: function()))


@pytest.fixture(autouse=True)
def english_outside_requests():
    """Each test starts in English; a request in Spanish must not leak into the next test."""
    with translation.override("en"):
        yield


@pytest.fixture
def demo(db):
    """The demo practice, exactly as `make run` loads it. Every test database starts with it; tests with real
    transactions (django_db(transaction=True)) empty the database after them, so it is loaded again here."""
    load_demo_content()


@pytest.fixture
def large_practice(demo):
    """The demo grown to a regional group's size: 100 clinics and 300 procedures (`load_demo_content
    --clinics 100 --procedures 300`, on Monday morning); what the command said."""
    out = io.StringIO()
    with travel(MONDAY_MORNING, tick=False):
        call_command("load_demo_content", clinics=100, procedures=300, stdout=out)
    return out.getvalue()


@pytest.fixture
def every_kind_of_day(demo):
    """Beside the demo, what its content lacks, so that checks of every page see it too: Escondido with a
    change of weekly hours from Friday (hours by appointment, hours on the 1st and 3rd Saturday of the
    month), a special day with two intervals and an alert of its own, and an alert on every page."""
    escondido = Clinic.objects.get(slug_en="escondido")
    change = HoursChange.objects.create(clinic=escondido, start_date=datetime.date(2026, 11, 27))
    for weekday, opens, closes, fields in [
        (2, 8, 12, {}),
        (4, 13, 17, {"by_appointment": True}),
        (5, 9, 12, {"weeks": [1, 3]}),
    ]:
        OpeningHours.objects.create(
            change=change, weekday=weekday, opens=datetime.time(opens), closes=datetime.time(closes), **fields
        )
    make_special_day(
        [("08:00", "10:00"), ("11:00", "12:00")],
        clinic=escondido,
        start_date=datetime.date(2026, 11, 25),
        end_date=datetime.date(2026, 11, 25),
        reason_en="Staff training",
        reason_es="Capacitación del personal",
    )
    until = MONDAY_MORNING + datetime.timedelta(days=3)
    Alert.objects.create(
        message_en="The elevator at Escondido is out of service.",
        message_es="El elevador de Escondido no funciona.",
        starts_at=MONDAY_MORNING,
        ends_at=until,
    ).clinics.add(escondido)
    Alert.objects.create(
        message_en="Our phone lines are slow today.",
        message_es="Hoy nuestras líneas telefónicas van lentas.",
        starts_at=MONDAY_MORNING,
        ends_at=until,
    )


@pytest.fixture
def practice(demo):
    """The practice's details (the demo's), for tests that make their own procedures or clinics beside it."""
    return Practice.load()


@pytest.fixture
def staff_client(admin_user):
    """A superuser's browser, apart from `client`, which stays an anonymous patient."""
    staff = Client()
    staff.force_login(admin_user)
    return staff


@pytest.fixture
def monday_morning(time_machine):
    """Monday 23 November 2026, 10:00 in San Diego: Thanksgiving is on Thursday."""
    time_machine.move_to(MONDAY_MORNING, tick=False)


def member_of(group_name):
    """A browser logged in as a new member of one of the staff groups."""
    user = User.objects.create_user(group_name.lower().replace(" ", "-"), password="not-used", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    browser = Client()
    browser.force_login(user)
    return browser


@pytest.fixture
def front_desk(db):
    return member_of("Front desk")


@pytest.fixture
def editor(db):
    return member_of("Content editor")
