"""A human within reach, without the stack: the opening hours at a chosen moment, the routes, the handover.

The moment comes in as a parameter (WEGWIJS_NU), so every answer here is the
same on any day; tests/gateway/test_mens.py plays the same through the stack.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions.mens import ActionLivechatOpenen, ActionLivechatVragen, ActionMensSpreken, NU_ENV, noodhulp
from wegwijs.gemeente import gemeente_uit, laad_gemeente, tel_url
from wegwijs.openingstijden import TIJDZONE, lees_openingstijden, status
from wegwijs.protocol import BERICHT_EXTRA
from wegwijs.responses import all_responses

DOMAIN = {"responses": all_responses()}
PEILDATUM = "2026-12-05"
FEITEN = knowledge.feiten(date.fromisoformat(PEILDATUM), "voorbeeldstad")
ZATERDAG = "2026-12-05T11:00"  # the day of the UX review: nobody answers
VRIJDAG = "2026-12-04T10:00"
VRIJDAG_AVOND = "2026-12-04T17:00"
KERSTAVOND = "2026-12-24T18:00"  # then Eerste and Tweede Kerstdag and a Sunday


def tracker(gemeente: str = "voorbeeldstad", events: list | None = None, intent: str = "mens_spreken",
            variant: str = "nl-u") -> Tracker:
    return Tracker("test", {"variant": variant},
                   {"text": "/mens_spreken", "metadata": {"peildatum": PEILDATUM, "gemeente": gemeente},
                    "intent": {"name": intent, "confidence": 1.0}},
                   events or [], False, None, {}, "action_listen")


def run(action, moment: str, monkeypatch, **kwargs) -> list[dict]:
    monkeypatch.setenv(NU_ENV, moment)
    dispatcher = CollectingDispatcher()
    action.run(dispatcher, tracker(**kwargs), DOMAIN)
    return dispatcher.messages


def links(message: dict) -> list[dict]:
    return (message.get("custom") or {}).get(BERICHT_EXTRA, {}).get("links", [])


def alle_tekst(messages: list[dict]) -> str:
    return " ".join(m.get("text") or "" for m in messages)


# --- the hours, as data -------------------------------------------------------------

def test_open_until_closing_time_and_closed_until_the_next_opening():
    tijden = laad_gemeente("voorbeeldstad").tijden
    assert status(tijden, datetime.fromisoformat(VRIJDAG)).tot == datetime(2026, 12, 4, 17, 0, tzinfo=TIJDZONE)
    for moment, vanaf in [(ZATERDAG, datetime(2026, 12, 7, 9)), (VRIJDAG_AVOND, datetime(2026, 12, 7, 9)),
                          ("2026-12-07T08:59", datetime(2026, 12, 7, 9)), (KERSTAVOND, datetime(2026, 12, 28, 9))]:
        now = status(tijden, datetime.fromisoformat(moment))
        assert not now.open and now.vanaf == vanaf.replace(tzinfo=TIJDZONE), moment


def test_dutch_time_whatever_the_clock_of_the_server():
    """08:30 UTC in December is 09:30 in Amsterdam: open."""
    utc = datetime.fromisoformat("2026-12-04T08:30+00:00")
    assert status(laad_gemeente("voorbeeldstad").tijden, utc).open


def test_a_lunch_break_and_a_typo_in_the_hours(tmp_path):
    tijden = lees_openingstijden({"openingstijden": {"dinsdag": ["13.00-17.00", "9.00-12.00"]}}, tmp_path)
    assert not status(tijden, datetime(2026, 12, 8, 12, 30)).open
    assert status(tijden, datetime(2026, 12, 8, 12, 30)).vanaf.hour == 13
    for fout in [{"maandag": "9-17"}, {"maandag": "17.00-9.00"}, {"maandag": ["9.00-12.00", "11.00-13.00"]},
                 {"zonnedag": "9.00-17.00"}, {"maandag": "25.00-26.00"}]:
        with pytest.raises(ValueError):
            lees_openingstijden({"openingstijden": fout}, tmp_path)


def test_routes_are_checked_links(tmp_path):
    def met(routes):
        return gemeente_uit("x", {"contact": {"telefoon": "14 0000", "routes": routes}}, Path("x.yaml"))

    assert met({"email": "info@x.nl"}).routes[0].url == "mailto:info@x.nl"
    for fout in [{"email": "geen adres"}, {"livechat": "http://chat.x.nl"}, {"whatsapp": "javascript:alert(1)"},
                 {"telegram": "https://t.me/x"}]:
        with pytest.raises(ValueError):
            met(fout)
    assert tel_url("14 0000") == "tel:140000" and tel_url("0800-0113") == "tel:08000113" and tel_url("") == ""


# --- Praat met een mens -------------------------------------------------------------

def test_closed_on_saturday_says_when_it_opens_and_never_always(monkeypatch):
    messages = run(ActionMensSpreken(), ZATERDAG, monkeypatch)
    eerste = messages[0]["text"]
    assert "nu dicht" in eerste and "op maandag 7 december 2026 vanaf 9.00 uur" in eerste
    assert "altijd" not in alle_tekst(messages)
    assert links(messages[0]) == [{"titel": "Bel de gemeente (14 0000)", "url": "tel:140000"}]
    assert not messages[0]["buttons"]  # no livechat while nobody is there


def test_open_on_a_weekday_offers_the_livechat(monkeypatch):
    messages = run(ActionMensSpreken(), VRIJDAG, monkeypatch)
    assert "nu open, tot 17.00 uur" in messages[0]["text"]
    assert [b["payload"] for b in messages[0]["buttons"]] == ["/livechat"]


def test_the_written_routes_teletolk_and_the_crisis_numbers_always_show(monkeypatch):
    for moment in (ZATERDAG, VRIJDAG):
        messages = run(ActionMensSpreken(), moment, monkeypatch)
        urls = [link["url"] for m in messages for link in links(m)]
        assert urls == ["tel:140000", "https://www.voorbeeldstad.nl/contact", "mailto:info@voorbeeldstad.nl",
                        "https://wa.me/31612345678", "https://www.kpnteletolk.nl",
                        tel_url(FEITEN["telefoon_juridisch_loket"]), tel_url(FEITEN["telefoon_113"]),
                        tel_url(FEITEN["telefoon_112"])]
        assert FEITEN["telefoon_113"] in alle_tekst(messages) and FEITEN["telefoon_112"] in alle_tekst(messages)


def test_a_gemeente_without_routes_or_hours_gets_no_empty_bubble_and_no_guess(monkeypatch):
    messages = run(ActionMensSpreken(), ZATERDAG, monkeypatch, gemeente="rotterdam")
    assert len(messages) == 2
    assert "www.rotterdam.nl staat wanneer de gemeente open is" in messages[0]["text"]
    assert "nu open" not in messages[0]["text"] and "nu dicht" not in messages[0]["text"]


def test_je_gemeente_says_je(monkeypatch):
    messages = run(ActionMensSpreken(), ZATERDAG, monkeypatch, gemeente="voorbeelddorp", variant="nl-je")
    assert "Wil je iemand spreken?" in messages[0]["text"] and "Je kunt weer bellen" in messages[0]["text"]


def pressed_before() -> list[dict]:
    return [{"event": "user", "text": "/mens_spreken"}, {"event": "action", "name": "action_mens_spreken"},
            {"event": "bot", "text": "..."}, {"event": "user", "text": "/mens_spreken"}]


def test_pressed_twice_is_one_short_bubble_with_every_link_not_the_same_wall(monkeypatch):
    eerst = run(ActionMensSpreken(), ZATERDAG, monkeypatch)
    weer = run(ActionMensSpreken(), ZATERDAG, monkeypatch, events=pressed_before())
    assert len(weer) == 1 and weer[0]["text"] != eerst[0]["text"]
    assert links(weer[0]) == [link for m in eerst for link in links(m)]


# --- the livechat: ask first, say what is sent --------------------------------------

def gesprek(*texts: str) -> list[dict]:
    return [{"event": "user", "text": text} for text in texts]


def test_the_summary_is_shown_before_anything_is_sent_and_is_redacted(monkeypatch):
    events = gesprek("mijn moeder betaalt elke maand 50 euro", "mijn bsn is 111222333", "/mens_spreken", "/livechat")
    [vraag] = run(ActionLivechatVragen(), VRIJDAG, monkeypatch, events=events, intent="livechat")
    assert "111222333" not in vraag["text"] and "[BSN]" in vraag["text"]
    assert "mijn moeder betaalt elke maand 50 euro" in vraag["text"]
    assert [b["payload"] for b in vraag["buttons"]] == ["/livechat_met_samenvatting", "/livechat_zonder_samenvatting"]
    assert not links(vraag)  # nothing to click before the resident chose


def test_yes_sends_the_summary_that_was_shown_no_sends_nothing(monkeypatch):
    events = gesprek("ik krijg boodschappen van mijn zus", "/livechat", "/livechat_met_samenvatting")
    [ja] = run(ActionLivechatOpenen(), VRIJDAG, monkeypatch, events=events, intent="livechat_met_samenvatting")
    url = links(ja)[0]["url"]
    assert url.startswith("https://chat.voorbeeldstad.nl/start?")
    assert parse_qs(urlsplit(url).query) == {"samenvatting": ["ik krijg boodschappen van mijn zus"]}
    [nee] = run(ActionLivechatOpenen(), VRIJDAG, monkeypatch, events=events, intent="livechat_zonder_samenvatting")
    assert links(nee)[0]["url"] == "https://chat.voorbeeldstad.nl/start"


def test_no_livechat_handover_when_it_is_closed(monkeypatch):
    messages = run(ActionLivechatOpenen(), ZATERDAG, monkeypatch, events=gesprek("hallo"),
                   intent="livechat_met_samenvatting")
    assert "nu dicht" in messages[0]["text"]
    assert all("chat.voorbeeldstad.nl" not in link["url"] for m in messages for link in links(m))


# --- the crisis answer ---------------------------------------------------------------

def test_crisis_is_short_bubbles_with_call_links_from_knowledge(monkeypatch):
    monkeypatch.setenv(NU_ENV, ZATERDAG)
    dispatcher = CollectingDispatcher()
    noodhulp(dispatcher, tracker(), DOMAIN, in_gevaar=False)
    messages = dispatcher.messages
    assert [m["response"] for m in messages] == ["utter_noodsituatie", "utter_noodsituatie_wonen", "utter_noodsituatie_113"]
    assert links(messages[0]) == [{"titel": "Bel de gemeente (14 0000)", "url": "tel:140000"}]
    assert [link["url"] for link in links(messages[2])] == [tel_url(FEITEN["telefoon_113"]), tel_url(FEITEN["telefoon_112"])]
    assert "op maandag 7 december 2026" in messages[0]["gemeente_status"]


def test_words_of_danger_put_113_and_112_first_and_the_buttons_last(monkeypatch):
    monkeypatch.setenv(NU_ENV, VRIJDAG)
    dispatcher = CollectingDispatcher()
    noodhulp(dispatcher, tracker(), DOMAIN, in_gevaar=True)
    messages = dispatcher.messages
    assert [m["response"] for m in messages] == ["utter_noodsituatie_gevaar", "utter_noodsituatie",
                                                "utter_noodsituatie_wonen"]
    assert [link["url"] for link in links(messages[0])] == [tel_url(FEITEN["telefoon_113"]), tel_url(FEITEN["telefoon_112"])]
    assert [b["payload"] for b in messages[-1]["buttons"]] == ["/mens_spreken", "/aanvraag"]
    assert "nu open, tot 17.00 uur" in messages[1]["gemeente_status"]
