"""The session's language through the real stack (issue #15): chosen at the start, switched midway,
recognised in the first message; the slot `variant` follows, every other fact stays."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.conftest import conversation_id
from wegwijs.responses import response_text

pytestmark = pytest.mark.stack

FEITEN_NEGEREN = {"variant", "session_started_metadata", "requested_slot"}


def all_text(messages: list[dict]) -> str:
    return " ".join(m["text"] for m in messages)


def titles(messages: list[dict]) -> list[str]:
    return [b["title"] for m in messages for b in m["buttons"]]


def slots(stack, session_id: str) -> dict:
    """The slots of the conversation as Rasa stored them, the last value of each."""
    with sqlite3.connect(stack.settings.tracker_db) as conn:
        rows = conn.execute("SELECT data FROM events WHERE sender_id = ? AND type_name = 'slot' ORDER BY id",
                            [conversation_id(stack.settings, session_id)]).fetchall()
    result = {}
    for (data,) in rows:
        event = json.loads(data)
        result[event["name"]] = event["value"]
    return result


def new_session(stack, body: dict) -> tuple[int, dict]:
    return stack.request("POST", "/api/sessions", body)


def test_an_english_session_is_welcomed_in_english_and_a_dutch_one_in_dutch(stack):
    status, body = new_session(stack, {"taal": "en"})
    assert status == 201
    text = all_text(body["messages"])
    assert "I am Wegwijs" in text and "computer program" in text and "(bijstand)" in text
    assert "Nederlands" in titles(body["messages"])
    status, body = new_session(stack, {"taal": "nl"})
    assert status == 201 and "computerprogramma" in all_text(body["messages"])


@pytest.mark.parametrize("taal", ["xx", "EN", "", 1, None, ["en"]])
def test_another_language_value_is_a_kind_400(stack, taal):
    status, body = new_session(stack, {"taal": taal})
    assert status == 400 and body["error"] == "onbekende_taal"
    assert body["message"] == response_text("utter_fout_taal")


def test_the_openapi_names_the_two_languages(stack):
    status, body = stack.request("GET", "/api/openapi.json")
    schema = body["paths"]["/api/sessions"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"]["taal"]["enum"] == ["nl", "en"]


def test_in_an_english_session_the_slot_variant_is_en_and_a_topic_comes_in_english(stack):
    status, body = new_session(stack, {"taal": "en"})
    session_id = body["session_id"]
    reply = all_text(stack.say(session_id, "/giften"))  # a button of the English welcome
    assert "gift (gift, plural giften)" in reply and "{" not in reply and "€" in reply
    assert slots(stack, session_id)["variant"] == "en"


def test_the_gateways_own_errors_follow_the_session_language(stack):
    status, body = new_session(stack, {"taal": "en"})
    status, error = stack.request("POST", f"/api/sessions/{body['session_id']}/messages", {"text": "   "})
    assert status == 400 and error["message"] == response_text("utter_fout_leeg", "en")
    assert error["message"].startswith("Your message is empty")


def test_switching_language_midway_keeps_every_fact(stack):
    session_id, _ = stack.new_session()
    stack.say(session_id, "ik ben 30 jaar en woon samen met mijn zoon van 24")
    before = slots(stack, session_id)
    facts = {k: v for k, v in before.items() if k not in FEITEN_NEGEREN and v is not None}
    assert facts, before  # the message gave facts to keep
    reply = stack.say(session_id, "English please")
    assert "I still know everything you told me" in all_text(reply)
    after = slots(stack, session_id)
    assert after["variant"] == "en"
    assert {k: after.get(k) for k in facts} == facts
    reply = stack.say(session_id, "/taal_nl")
    assert "Alles wat u al vertelde, weet ik nog" in all_text(reply)
    assert slots(stack, session_id)["variant"] == "nl-u"


def test_an_english_first_message_switches_to_english_and_offers_dutch(stack):
    session_id, _ = stack.new_session()
    reply = stack.say(session_id, "Hello, can you help me with my benefits please?")
    assert "You wrote in English, so I will answer in English" in all_text(reply)
    assert "Nederlands" in titles(reply)
    assert slots(stack, session_id)["variant"] == "en"
    # The gateway keeps it: its own texts are English from now on.
    status, error = stack.request("POST", f"/api/sessions/{session_id}/messages", {"text": " "})
    assert error["message"] == response_text("utter_fout_leeg", "en")
    reply = stack.say(session_id, "/taal_nl")
    assert slots(stack, session_id)["variant"] == "nl-u" and "Nederlands" in all_text(reply)


def test_a_session_that_chose_dutch_answers_an_english_message_in_english_and_stays_dutch(stack):
    """Session 17 (issue #15): answered in the detected language, with an offer to go on in English; the session
    keeps Dutch (the reply carries no "taal"), its next Dutch message is answered in Dutch, and facts stay.
    Before: the fixed text of another language ("Ik begrijp alleen Nederlands en Engels"), or a Dutch answer."""
    status, body = new_session(stack, {"taal": "nl"})
    session_id = body["session_id"]
    status, body = stack.request("POST", f"/api/sessions/{session_id}/messages",
                                 {"text": "can I do volunteer work while I am on bijstand?"})
    text = all_text(body["messages"])
    assert status == 200 and "taal" not in body
    assert text.startswith("You wrote in English, so this answer is in English.")
    assert "Yes, you may do volunteer work" in text and "Ik begrijp alleen Nederlands" not in text
    assert "Go on in English" in titles(body["messages"])
    assert slots(stack, session_id)["variant"] == "en"
    reply = stack.say(session_id, "mag ik vrijwilligerswerk doen in de bijstand?")
    assert "vrijwilligerswerk" in all_text(reply) and "You wrote in English" not in all_text(reply)
    assert "volunteer" not in all_text(reply).lower()
    assert slots(stack, session_id)["variant"] == "nl-u"


def test_the_reply_that_sets_the_language_says_so_for_the_widgets_own_texts(stack):
    """Issue #15: a reply that sets the session's language carries "taal", so a client can show its own
    labels in it ("English please" typed, the NL/EN button's payload); a reply that changes nothing has none."""
    session_id, _ = stack.new_session()
    status, body = stack.request("POST", f"/api/sessions/{session_id}/messages", {"text": "English please"})
    assert status == 200 and body["taal"] == "en"
    status, body = stack.request("POST", f"/api/sessions/{session_id}/messages", {"text": "/giften"})
    assert status == 200 and "taal" not in body and "calendar year" in all_text(body["messages"])
    status, body = stack.request("POST", f"/api/sessions/{session_id}/messages", {"text": "/taal_nl"})
    assert status == 200 and body["taal"] == "nl"
    other, _ = stack.new_session()
    status, body = stack.request("POST", f"/api/sessions/{other}/messages", {"text": "/giften"})
    assert status == 200 and "taal" not in body
