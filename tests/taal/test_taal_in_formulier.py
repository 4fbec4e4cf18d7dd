"""Switching language in the middle of a calculator form (issue #15): the form goes on, its answers stay."""

from __future__ import annotations

import pytest

from tests.taal.test_sessie_taal import all_text, slots

pytestmark = pytest.mark.stack


def test_switching_language_inside_a_form_keeps_the_form_and_its_answers(stack):
    session_id, _ = stack.new_session()
    stack.say(session_id, "hoeveel bijstand krijg ik")
    assert "Hoe oud bent u?" in all_text(stack.say(session_id, "/bereken_norm"))
    stack.say(session_id, "35")
    before = slots(stack, session_id)
    assert before["leeftijd"] == 35 and before["requested_slot"] != "leeftijd"

    reply = all_text(stack.say(session_id, "English please"))
    assert "I still know everything you told me" in reply
    after = slots(stack, session_id)
    assert after["variant"] == "en" and after["leeftijd"] == 35
    assert after["requested_slot"] == before["requested_slot"], "the form asks its question again"

    reply = all_text(stack.say(session_id, "Nederlands graag"))
    assert "Alles wat u al vertelde, weet ik nog" in reply
    assert slots(stack, session_id)["variant"] == "nl-u" and slots(stack, session_id)["leeftijd"] == 35
