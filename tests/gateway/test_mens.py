"""A human within reach, through the whole stack at a fixed moment: Friday 4 December 2026, 10.00 (Dutch time).

Then Voorbeeldstad is open (9.00-17.00) and Voorbeelddorp is closed (it opens
Monday to Thursday only). The moment reaches the action server as WEGWIJS_NU,
set only while this module's own stack starts, so other tests are not touched.
"""

from __future__ import annotations

import os
from contextlib import ExitStack

import pytest

import knowledge
from actions.context import peildatum
from actions.mens import NU_ENV
from kanalen.client import Gateway
from tests.conftest import MODEL, Stack
from wegwijs.gemeente import tel_url
from wegwijs.instance import on_free_ports, running
from wegwijs.settings import NO_LIMITS

pytestmark = pytest.mark.stack

VRIJDAG = "2026-12-04T10:00"
FEITEN = knowledge.feiten(peildatum(), "voorbeeldstad")


@pytest.fixture(scope="module")
def vrijdag(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}; run `make train`")
    settings = on_free_ports(tmp_path_factory.mktemp("var"), **NO_LIMITS)
    before = os.environ.get(NU_ENV)
    with ExitStack() as stack:
        os.environ[NU_ENV] = VRIJDAG  # read by the child processes when they start
        try:
            process = stack.enter_context(running(settings))
        finally:
            if before is None:
                os.environ.pop(NU_ENV, None)
            else:
                os.environ[NU_ENV] = before
        yield Stack(settings, process)


def mens(stack: Stack, gemeente: str, times: int = 1) -> list[list[dict]]:
    status, body = Gateway(stack.url).call("POST", "/api/sessions", {"gemeente": gemeente})
    assert status == 201, body
    session_id, replies = body["session_id"], []
    for _ in range(times):
        replies.append(stack.say(session_id, "ik wil een mens spreken"))
    return replies


def urls(messages: list[dict]) -> list[str]:
    return [link["url"] for m in messages for link in m.get("links", [])]


def test_open_now_until_closing_time_with_a_call_link_and_the_livechat(vrijdag):
    [reply] = mens(vrijdag, "voorbeeldstad")
    assert "De gemeente is nu open, tot 17.00 uur." in reply[0]["text"]
    assert reply[0]["links"] == [{"titel": "Bel de gemeente (14 0000)", "url": "tel:140000"}]
    assert [b["title"] for b in reply[0]["buttons"]] == ["Chat met een medewerker"]
    assert "altijd" not in " ".join(m["text"] for m in reply)


def test_closed_now_says_until_when_never_always(vrijdag):
    [reply] = mens(vrijdag, "voorbeelddorp")
    assert "De gemeente is nu dicht. Je kunt weer bellen op maandag 7 december 2026 vanaf 9.00 uur." in reply[0]["text"]
    assert not reply[0]["buttons"]  # no livechat (and Voorbeelddorp has none)
    assert "altijd" not in " ".join(m["text"] for m in reply)


def test_written_routes_and_crisis_numbers_show_whether_open_or_not(vrijdag):
    [open_] = mens(vrijdag, "voorbeeldstad")
    [dicht] = mens(vrijdag, "voorbeelddorp")
    assert "mailto:info@voorbeeldstad.nl" in urls(open_) and "https://www.kpnteletolk.nl" in urls(open_)
    assert "mailto:info@voorbeelddorp.nl" in urls(dicht)
    for reply in (open_, dicht):
        assert {tel_url(FEITEN["telefoon_113"]), tel_url(FEITEN["telefoon_112"])} <= set(urls(reply))
        assert all(url.startswith(("tel:", "mailto:", "https://")) for url in urls(reply))


def test_pressed_twice_gives_one_short_bubble_not_the_same_text(vrijdag):
    eerst, weer = mens(vrijdag, "voorbeeldstad", times=2)
    assert len(weer) == 1 and weer[0]["text"] not in [m["text"] for m in eerst]
    assert urls(weer) == urls(eerst)


def test_the_livechat_asks_first_and_sends_the_summary_only_after_yes(vrijdag):
    status, body = Gateway(vrijdag.url).call("POST", "/api/sessions", {"gemeente": "voorbeeldstad"})
    session_id = body["session_id"]
    vrijdag.say(session_id, "mijn zus doet boodschappen voor mij")
    vrijdag.say(session_id, "ik wil een mens spreken")
    [vraag] = vrijdag.say(session_id, "/livechat")
    assert "mijn zus doet boodschappen voor mij" in vraag["text"] and not vraag.get("links")
    [open_chat] = vrijdag.say(session_id, "/livechat_met_samenvatting")
    [link] = open_chat["links"]
    assert link["url"].startswith("https://chat.voorbeeldstad.nl/start?samenvatting=mijn+zus+doet+boodschappen")
