"""A gemeente with `aanspreekvorm: je` gets the je texts, all the way through a conversation."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.stack

U_WOORD = re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE)


def text_of(messages: list[dict]) -> str:
    return " ".join(m["text"] for m in messages)


def new_session(stack, gemeente: str) -> tuple[str, list[dict]]:
    status, body = stack.request("POST", "/api/sessions", {"gemeente": gemeente})
    assert status == 201, body
    return body["session_id"], body["messages"]


def test_a_je_gemeente_says_je_from_welcome_to_result(stack):
    session_id, welcome = new_session(stack, "voorbeelddorp")  # aanspreekvorm: je
    replies = [welcome] + [stack.say(session_id, turn) for turn in [
        "/bijverdienen",          # an answer filled by action_antwoord
        "/bereken_plichten",      # a form: questions asked by Rasa itself
        "29",
        "alleen met kinderen, jongste jonger dan 5 jaar",
        "volledig",
        "nee",
        "ja",                     # the result: texts from knowledge/teksten.yml
    ]]
    assert "Waar wil je iets over weten?" in text_of(replies[0])
    assert "gemeente Voorbeelddorp" in text_of(replies[0])
    assert "Werk je naast je bijstand?" in text_of(replies[1])
    assert "Hoe oud ben je?" in text_of(replies[2])
    assert "Hoe woon je?" in text_of(replies[3])
    assert "Je jongste kind is jonger dan" in text_of(replies[6])
    result = text_of(replies[7])
    assert "Voor jou gelden waarschijnlijk deze plichten" in result
    assert "Je jongste kind is jonger dan" in result  # the ontheffing, from knowledge/teksten.yml
    for number, reply in enumerate(replies):
        said = [m["text"] for m in reply if U_WOORD.search(m["text"])]
        assert not said, f"turn {number}: {said}"


def test_the_default_gemeente_still_says_u(stack):
    session_id, welcome = new_session(stack, "voorbeeldstad")
    assert "Waar wilt u iets over weten?" in text_of(welcome)
    assert "Hoe oud bent u?" in text_of(stack.say(session_id, "/bereken_norm"))


def test_je_for_a_not_understood_answer_and_stopping(stack):
    session_id, _ = new_session(stack, "voorbeelddorp")
    replies = [stack.say(session_id, turn) for turn in ["/bereken_giften", "blabla", "nog steeds blabla", "stop"]]
    assert "je antwoord" in text_of(replies[2])
    assert "Waar kan ik je nog mee helpen?" in text_of(replies[3])
    for reply in replies:
        assert not any(U_WOORD.search(m["text"]) for m in reply), reply
