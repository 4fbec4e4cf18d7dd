"""The gateway API against the real stack: trained model, action server, SQLite."""

from __future__ import annotations

import re
import sqlite3

import pytest

from tests.conftest import conversation_id

pytestmark = pytest.mark.stack


def tracker_rows(stack, rasa_id: str) -> int:
    with sqlite3.connect(stack.settings.tracker_db) as conn:
        return conn.execute("SELECT COUNT(*) FROM events WHERE sender_id = ?", [rasa_id]).fetchone()[0]


def conversation_id_of(stack, session_id: str) -> str:
    return conversation_id(stack.settings, session_id)


def all_text(messages: list[dict]) -> str:
    return " ".join(m["text"] for m in messages)


def test_new_session_welcomes_and_says_it_is_a_computer_program(stack):
    session_id, messages = stack.new_session()
    assert len(session_id) >= 22 and re.fullmatch(r"[A-Za-z0-9_-]+", session_id)
    text = all_text(messages)
    assert "computerprogramma" in text and "chatbot" in text
    assert "geen besluiten" in text
    titles = [b["title"] for m in messages for b in m["buttons"]]
    assert "Praat met een mens" in titles
    assert all(set(b) == {"title", "payload"} for m in messages for b in m["buttons"])


def test_session_ids_are_unique_and_unguessable(stack):
    ids = {stack.new_session()[0] for _ in range(5)}
    assert len(ids) == 5


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mag ik wat bijverdienen", "vrijlating"),
        ("m'n moeder betaalt mn boodschappen", "gift"),
        ("krijg ik straf als ik niet naar de werkcoach ga", "plichten"),
        ("ik wil een mens spreken", "Juridisch Loket"),
    ],
)
def test_questions_get_an_answer_about_their_topic(stack, text, expected):
    session_id, _ = stack.new_session()
    assert expected in all_text(stack.say(session_id, text))


def test_answers_carry_amounts_from_knowledge_not_placeholders(stack):
    session_id, _ = stack.new_session()
    text = all_text(stack.say(session_id, "hoeveel bijstand krijg ik als alleenstaande"))
    assert "{" not in text and "}" not in text
    assert re.search(r"€ \d", text)


def test_button_payload_can_be_sent_back_as_text(stack):
    session_id, messages = stack.new_session()
    payload = next(b["payload"] for m in messages for b in m["buttons"] if b["title"] == "Praat met een mens")
    assert "Juridisch Loket" in all_text(stack.say(session_id, payload))


@pytest.mark.parametrize("text", ["🙂🙂🙂", "<script>alert(1)</script>", "asdfghjkl qwerty", "What is the weather?"])
def test_odd_input_gets_a_kind_answer_with_topics(stack, text):
    session_id, _ = stack.new_session()
    messages = stack.say(session_id, text)
    assert messages and all(m["text"] for m in messages)
    assert any(m["buttons"] for m in messages)


def test_two_misunderstandings_lead_to_a_menu_and_a_person(stack):
    session_id, _ = stack.new_session()
    first = all_text(stack.say(session_id, "wie wint het wk voetbal dit jaar"))
    second_messages = stack.say(session_id, "geef me een recept voor pannenkoeken")
    second = all_text(second_messages)
    assert first != second
    assert "Praat met een mens" in [b["title"] for m in second_messages for b in m["buttons"]]


@pytest.mark.parametrize(
    "body, status, error",
    [
        (b"", 400, "leeg_verzoek"),
        (b"{not json", 400, "ongeldige_json"),
        (b"[1, 2]", 400, "ongeldige_json"),
        (b'{"text": ""}', 400, "leeg_bericht"),
        (b'{"text": "   \\n "}', 400, "leeg_bericht"),
        (b'{"text": 42}', 400, "ongeldig_bericht"),
        (b'{"text": "hoi", "sender": "iemand-anders"}', 400, "onbekend_veld"),
        (('{"text": "' + "a" * 2001 + '"}').encode(), 413, "te_lang"),
        (('{"text": "' + "a" * 100_000 + '"}').encode(), 413, "te_groot"),
    ],
)
def test_bad_messages_get_a_clear_error(stack, body, status, error):
    session_id, _ = stack.new_session()
    got_status, got = stack.request("POST", f"/api/sessions/{session_id}/messages", raw=body)
    assert (got_status, got["error"]) == (status, error)
    assert got["message"] and "{" not in got["message"]
    # the conversation still works afterwards
    assert stack.say(session_id, "hallo")


def test_a_message_of_exactly_2000_characters_is_accepted(stack):
    session_id, _ = stack.new_session()
    assert stack.say(session_id, "ik heb een vraag over giften " + "x" * 1971)


def test_unknown_session_is_404(stack):
    status, body = stack.request("POST", "/api/sessions/bestaat-niet/messages", {"text": "hoi"})
    assert status == 404 and body["error"] == "onbekende_sessie"
    status, body = stack.request("DELETE", "/api/sessions/bestaat-niet")
    assert status == 404 and body["error"] == "onbekende_sessie"


def test_delete_erases_the_conversation_everywhere(stack):
    session_id, _ = stack.new_session()
    stack.say(session_id, "mijn moeder geeft mij elke maand 50 euro")
    conversation_id = conversation_id_of(stack, session_id)
    assert tracker_rows(stack, conversation_id) > 0
    status, _ = stack.request("DELETE", f"/api/sessions/{session_id}")
    assert status == 204
    assert tracker_rows(stack, conversation_id) == 0
    status, body = stack.request("POST", f"/api/sessions/{session_id}/messages", {"text": "hoi"})
    assert status == 404
    assert_nowhere_on_disk(stack, conversation_id)


def assert_nowhere_on_disk(stack, conversation_id: str) -> None:
    """Not a byte of the conversation id is left in any database file or its journal."""
    var = stack.settings.var_dir
    for path in [*var.glob("*.db"), *var.glob("*.db-wal"), *var.glob("*.db-journal")]:
        assert conversation_id.encode() not in path.read_bytes(), path


def test_vergeet_mij_in_the_chat_erases_after_confirmation(stack):
    session_id, _ = stack.new_session()
    conversation_id = conversation_id_of(stack, session_id)
    question = stack.say(session_id, "wis mijn gesprek")
    assert "wissen" in all_text(question)
    status, body = stack.request("POST", f"/api/sessions/{session_id}/messages", {"text": "/bevestigen"})
    assert status == 200 and body["gesprek_gewist"] is True
    assert "gewist" in all_text(body["messages"])
    assert tracker_rows(stack, conversation_id) == 0
    assert_nowhere_on_disk(stack, conversation_id)
    assert stack.request("POST", f"/api/sessions/{session_id}/messages", {"text": "hoi"})[0] == 404


def test_vergeet_mij_can_be_called_off(stack):
    session_id, _ = stack.new_session()
    stack.say(session_id, "verwijder dit gesprek")
    assert "wis niets" in all_text(stack.say(session_id, "/ontkennen"))
    assert stack.say(session_id, "hallo")


def test_one_session_cannot_reach_another(stack):
    first, _ = stack.new_session()
    second, _ = stack.new_session()
    stack.say(first, "mijn zoon van 28 woont bij mij")
    assert conversation_id_of(stack, first) != conversation_id_of(stack, second)
    # a slightly changed id is just unknown
    altered = first[:-1] + ("A" if first[-1] != "A" else "B")
    assert stack.request("POST", f"/api/sessions/{altered}/messages", {"text": "hoi"})[0] == 404


def test_healthz_is_ok_when_everything_runs(stack):
    status, body = stack.request("GET", "/healthz")
    assert status == 200 and body == {"status": "ok", "rasa": "ok", "actions": "ok"}
