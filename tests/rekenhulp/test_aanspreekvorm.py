"""A gemeente with `aanspreekvorm: je` gets the je texts, all the way through a conversation."""

from __future__ import annotations

import re

import pytest

from tests.rekenhulp.gesprek import Sessie

pytestmark = pytest.mark.stack

U_WOORD = re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE)


def text_of(messages: list[dict]) -> str:
    return " ".join(m["text"] for m in messages)


def test_a_je_gemeente_says_je_from_welcome_to_result(stack):
    antwoord = Sessie(stack, "voorbeelddorp")  # aanspreekvorm: je
    welcome = antwoord.welkom
    replies = [welcome, antwoord.say("/bijverdienen")]  # an answer filled by action_antwoord
    sessie = Sessie(stack, "voorbeelddorp")
    replies += [sessie.say(turn) for turn in [
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
    sessie = Sessie(stack, "voorbeeldstad")
    assert "Waar wilt u iets over weten?" in text_of(sessie.welkom)
    assert "Hoe oud bent u?" in text_of(sessie.say("/bereken_norm"))


def test_je_for_a_not_understood_answer_and_stopping(stack):
    sessie = Sessie(stack, "voorbeelddorp")
    replies = [sessie.say(turn) for turn in ["/bereken_giften", "blabla", "nog steeds blabla", "stop"]]
    assert "je antwoord" in text_of(replies[2])
    assert "Waar kan ik je nog mee helpen?" in text_of(replies[3])
    for reply in replies:
        assert not any(U_WOORD.search(m["text"]) for m in reply), reply
