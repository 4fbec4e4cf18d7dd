"""Crisis first: concrete help, and 113/112 up front when words point to danger."""

from __future__ import annotations

import pytest

import knowledge
from actions.context import peildatum
from wegwijs.gemeente import tel_url

pytestmark = pytest.mark.stack

FEITEN = knowledge.feiten(peildatum(), "voorbeeldstad")


@pytest.mark.parametrize(
    "text",
    [
        "ik heb geen geld meer voor eten",
        "ik word uit mijn huis gezet",
        "ik slaap op straat",
        "de deurwaarder staat voor de deur",
        "ik kan de huur niet betalen deze maand",
    ],
)
def test_crisis_gets_concrete_help_first(stack, text):
    session_id, _ = stack.new_session()
    first = stack.say(session_id, text)[0]["text"]
    assert "14 0000" in first  # the gemeente's number from its settings file
    assert "voorschot" in first and "voedselbank" in first


@pytest.mark.parametrize("text", ["ik zie het niet meer zitten", "ik wil er een einde aan maken", "ik denk aan zelfmoord"])
def test_danger_words_put_113_and_112_first(stack, text):
    session_id, _ = stack.new_session()
    messages = stack.say(session_id, text)
    assert FEITEN["telefoon_113"] in messages[0]["text"]
    assert FEITEN["telefoon_112"] in messages[0]["text"]
    assert "voedselbank" in " ".join(m["text"] for m in messages[1:])


def test_no_danger_words_no_alarm(stack):
    session_id, _ = stack.new_session()
    messages = stack.say(session_id, "ik heb geen geld meer voor boodschappen")
    assert "Ik maak me zorgen" not in messages[0]["text"]


def test_the_crisis_answer_is_short_bubbles_with_call_links(stack):
    """Issue #14: no 91-word wall; 2-3 short bubbles, and 113, 112 and the gemeente one tap away."""
    session_id, _ = stack.new_session()
    messages = stack.say(session_id, "ik heb geen geld meer voor eten")
    assert 2 <= len(messages) <= 3
    assert all(len(m["text"].split()) <= 60 for m in messages)
    links = [link for m in messages for link in m.get("links", [])]
    assert [link["url"] for link in links] == ["tel:140000", tel_url(FEITEN["telefoon_113"]), tel_url(FEITEN["telefoon_112"])]
    assert links[1]["titel"] == "Bel 113 Zelfmoordpreventie (gratis, dag en nacht)"
    assert messages[-1]["buttons"]
