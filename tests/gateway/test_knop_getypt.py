"""Typing the title of a button the last reply showed means that button (testers review #18, item 1).

"Ja, wis alles" typed after the erase question was read anew as "wis alles"
and asked the same question again; only the tap worked.
"""

from __future__ import annotations

import pytest

from gateway.core import tapped_by_typing
from gateway.store import Session
from tests.gateway.test_hardening import conversation_of, say, start, user_events
from tests.gateway.test_limits import gateway


def session_with(*knoppen: str) -> Session:
    return Session(conversation_id="c", gemeente="voorbeeldstad", knoppen=knoppen)


@pytest.mark.parametrize("typed", ["Ja, wis alles", "ja wis alles", "  JA, WIS ALLES!  ", "Yes, delete everything"])
def test_the_typed_title_of_an_offered_button_is_its_payload(typed):
    assert tapped_by_typing(typed, session_with("/bevestigen", "/ontkennen")) == "/bevestigen"


def test_nee_typed_is_the_no_button_not_an_erase():
    assert tapped_by_typing("Nee, niet wissen", session_with("/bevestigen", "/ontkennen")) == "/ontkennen"


@pytest.mark.parametrize("typed", ["Ja, wis alles", "ja wis alles graag maar eerst een vraag", ""])
def test_a_title_of_a_button_that_was_not_offered_stays_text(typed):
    assert tapped_by_typing(typed, session_with("/giften", "/bijverdienen")) == typed


@pytest.mark.stack
async def test_typing_ja_wis_alles_after_the_question_erases(stack, tmp_path):
    async with gateway(stack, tmp_path) as client:
        session_id, _ = await start(client)
        vraag = await (await say(client, session_id, "wis mijn gesprek")).json()
        assert "/bevestigen" in [b["payload"] for m in vraag["messages"] for b in m.get("buttons") or []]
        conversation_id = conversation_of(client, session_id)
        response = await say(client, session_id, "Ja, wis alles")
        assert response.status == 200
        body = await response.json()
        assert "gewist" in " ".join(m["text"] for m in body["messages"])
        assert user_events(stack, conversation_id) == []
        assert (await say(client, session_id, "hallo")).status == 404
