"""Alerts staff post for patients: shown between two moments, practice-wide or on chosen clinics' pages, in both
languages, entered and shown in a named time zone, and never kept in a cache past the moment they change."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils.cache import get_max_age

from alerts.models import Alert
from locations.models import Clinic
from tests.pages import address, admin_url, clinic_page, form_data, notice_page, soup, text

pytestmark = pytest.mark.usefixtures("monday_morning", "demo")

LA = ZoneInfo("America/Los_Angeles")


def la(text):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=LA)


def alert(starts, ends, *clinics, en="The phones are down this morning.", es="Los teléfonos no funcionan esta mañana."):
    posted = Alert.objects.create(message_en=en, message_es=es, starts_at=la(starts), ends_at=la(ends))
    posted.clinics.set(Clinic.objects.filter(slug_en__in=clinics))
    return posted


def alerts_on(client, path):
    return [" ".join(box.get_text(" ").split()) for box in soup(client.get(path)).select(".alert")]


def test_a_practice_wide_alert_shows_on_every_page_in_its_language(client):
    alert("2026-11-23 08:00", "2026-11-23 12:00")
    english = "The phones are down this morning. Until Monday, November 23, noon (Pacific time)"
    spanish = (
        "Los teléfonos no funcionan esta mañana. Hasta el lunes 23 de noviembre, 12 del mediodía (hora del Pacífico)"
    )
    for path in [address("home"), address("procedures:list"), clinic_page("escondido"), notice_page("accessibility")]:
        assert alerts_on(client, path) == [english], path
    for path in [address("home", "es"), address("week", "es"), address("providers:list", "es")]:
        assert alerts_on(client, path) == [spanish], path


def test_a_clinics_alert_shows_on_its_page_and_card_beside_its_status_only(client):
    alert("2026-11-23 07:00", "2026-11-23 17:00", "escondido", en="Escondido is closed today: power outage.")
    page = soup(client.get(clinic_page("escondido")))
    status = page.select_one("main .status")
    assert "Escondido is closed today: power outage." in status.find_next_sibling(class_="alert").get_text()
    cards = {card.h2.get_text(strip=True): card for card in soup(client.get(address("locations:list"))).select(".card")}
    assert cards["Escondido"].select(".alert") and not cards["San Diego"].select(".alert")
    assert alerts_on(client, clinic_page("san-diego")) == []
    assert alerts_on(client, address("procedures:list")) == []


def test_an_alert_without_spanish_shows_its_english_marked_as_english(client):
    alert("2026-11-23 08:00", "2026-11-23 12:00", es="")
    message = soup(client.get(address("home", "es"))).select_one(".alert strong")
    assert (message.get_text(), message["lang"]) == ("The phones are down this morning.", "en")


def test_alerts_appear_and_disappear_at_their_exact_times(client, time_machine):
    alert("2026-11-23 11:00", "2026-11-23 11:30")
    assert alerts_on(client, address("procedures:list")) == []
    time_machine.move_to(la("2026-11-23 11:00"), tick=False)
    assert len(alerts_on(client, address("procedures:list"))) == 1
    time_machine.move_to(la("2026-11-23 11:29:59"), tick=False)
    assert len(alerts_on(client, address("procedures:list"))) == 1
    time_machine.move_to(la("2026-11-23 11:30"), tick=False)
    assert alerts_on(client, address("procedures:list")) == []


def test_a_page_cached_before_an_alert_expires_when_it_starts_and_when_it_ends(client, time_machine):
    """No one saves anything at these moments: the cached pages' lifetimes end there."""
    alert("2026-11-23 10:02", "2026-11-23 10:05")
    response = client.get(address("procedures:list"))
    assert get_max_age(response) == 120  # until 10:02
    time_machine.move_to(la("2026-11-23 10:02"), tick=False)
    response = client.get(address("procedures:list"))
    assert len(soup(response).select(".alert")) == 1
    assert get_max_age(response) == 180  # until 10:05
    time_machine.move_to(la("2026-11-23 10:05"), tick=False)
    assert alerts_on(client, address("procedures:list")) == []


def test_a_page_with_hours_expires_at_whichever_comes_first(client):
    """The San Diego clinic closes at 17:00 (and says "closing soon" from 16:00); an alert starting at 10:03
    comes first."""
    alert("2026-11-23 10:03", "2026-11-23 11:00", "san-diego")
    assert get_max_age(client.get(clinic_page("san-diego"))) == 180


def test_an_alert_that_is_over_or_far_ahead_does_not_shorten_a_page_s_life(client):
    alert("2026-11-20 08:00", "2026-11-20 12:00")
    alert("2026-12-20 08:00", "2026-12-20 12:00")
    response = client.get(address("procedures:list"))
    assert alerts_on(client, address("procedures:list")) == []
    assert get_max_age(response) == 300  # PAGE_CACHE_SECONDS in the test settings


def test_front_desk_posts_an_alert_in_the_clinic_s_time_zone(front_desk, client):
    Clinic.objects.filter(slug_en="escondido").update(time_zone="America/New_York")
    url = admin_url(Alert, "add")
    escondido = Clinic.objects.get(slug_en="escondido")
    data = form_data(front_desk.get(url)) | {
        "message_en": "Closed this afternoon for a water leak.",
        "message_es": "Cerrada esta tarde por una fuga de agua.",
        "clinics": [str(escondido.pk)],
        "time_zone": "America/New_York",
        "starts_at_0": "2026-11-23",
        "starts_at_1": "13:00",
        "ends_at_0": "2026-11-23",
        "ends_at_1": "18:00",
    }
    response = front_desk.post(url, data)
    assert response.status_code == 302, soup(response).select(".errorlist")
    posted = Alert.objects.get(message_en="Closed this afternoon for a water leak.")
    assert posted.starts_at == datetime.datetime(2026, 11, 23, 18, 0, tzinfo=datetime.UTC)
    # The form opens again with the times as they were entered, in that zone.
    page = soup(front_desk.get(admin_url(posted, "change")))
    assert page.select_one("[name=starts_at_1]")["value"] == "13:00:00"
    # 13:00 in New York is 10:00 in San Diego: it shows now, its end named in its own zone.
    assert alerts_on(client, clinic_page("escondido")) == [
        "Closed this afternoon for a water leak. Until Monday, November 23, 6:00 p.m. (Eastern time)"
    ]


def test_an_alert_must_end_after_it_starts(front_desk):
    url = admin_url(Alert, "add")
    data = form_data(front_desk.get(url)) | {
        "message_en": "Backwards.",
        "starts_at_0": "2026-11-23",
        "starts_at_1": "13:00",
        "ends_at_0": "2026-11-23",
        "ends_at_1": "12:00",
    }
    response = front_desk.post(url, data)
    assert response.status_code == 200
    assert "The alert must end after it starts." in text(response)
    assert not Alert.objects.exists()


def test_alerts_keep_a_history_and_list_those_needing_spanish(front_desk):
    posted = alert("2026-11-23 08:00", "2026-11-23 12:00", es="")
    url = admin_url(posted, "change")
    data = form_data(front_desk.get(url)) | {"message_es": "Los teléfonos no funcionan."}
    assert front_desk.post(url, data).status_code == 302
    assert "Changed Message [es]." in text(front_desk.get(admin_url(posted, "history")))
    alert("2026-11-24 08:00", "2026-11-24 12:00", es="")
    listed = soup(front_desk.get(admin_url(Alert) + "?spanish=missing")).select("#result_list tbody tr")
    assert len(listed) == 1


def test_the_admin_list_says_which_alerts_are_showing(front_desk):
    alert("2026-11-23 08:00", "2026-11-23 12:00", en="Now.")
    alert("2026-11-24 08:00", "2026-11-24 12:00", en="Later.")
    alert("2026-11-20 08:00", "2026-11-20 12:00", en="Before.")
    rows = {
        row.select_one(".field-message").get_text(strip=True): row.select_one(".field-state").get_text(strip=True)
        for row in soup(front_desk.get(admin_url(Alert))).select("#result_list tbody tr")
    }
    assert rows == {"Now.": "Showing now", "Later.": "Upcoming", "Before.": "Over"}
    now = soup(front_desk.get(admin_url(Alert) + "?when=now")).select("#result_list tbody tr")
    assert [row.select_one(".field-message").get_text(strip=True) for row in now] == ["Now."]
