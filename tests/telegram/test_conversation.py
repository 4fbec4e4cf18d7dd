"""A whole conversation in Telegram, through the real running assistant."""

from __future__ import annotations

import hashlib
import hmac
import random
import sqlite3
import time

import pytest

from tests.telegram.conftest import exchange, running_bridge
from wegwijs.gemeente import laad_gemeente
from wegwijs.responses import response_text

pytestmark = pytest.mark.stack

CHAT = 4300
# Topics answered by action_antwoord; typed as intent payloads ("/giften") so NLU plays no part.
TOPICS = ["giften", "bijverdienen", "vermogen", "bijzondere_bijstand", "bijstandsnorm",
          "participatieplicht", "inlichtingenplicht", "aanvraag", "bezwaar", "samenwonen"]


def session_rows(db) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT chat_hash, session_id FROM chats").fetchall()


async def test_giften_conversation_with_buttons_then_wis_then_a_fresh_session(stack, telegram_api, tmp_path):
    api, db = telegram_api, tmp_path / "telegram.db"
    async with running_bridge(api, stack.url, db):
        welcome = await exchange(api, CHAT, api.send_text(CHAT, "/start"), "computerprogramma")
        assert len(welcome) == 1 and "Geld of boodschappen krijgen" in api.buttons(CHAT)

        giften = await exchange(api, CHAT, api.press_button(CHAT, "Geld of boodschappen krijgen"), "gift")
        assert len(giften) == 1 and "Wat moet ik doorgeven?" in api.buttons(CHAT)
        assert "reply_markup" not in api.chats[CHAT][0], "the pressed keyboard is removed"
        assert [method for method, _ in api.calls].count("answerCallbackQuery") == 1

        answer = await exchange(api, CHAT, api.send_text(CHAT, "m'n moeder betaalt mn boodschappen"), "gift")
        assert "kalenderjaar" in answer[-1]
        await exchange(api, CHAT, api.press_button(CHAT, "Wat moet ik doorgeven?"), "doorgeven")

        [(chat_hash, old_session)] = session_rows(db)
        key = (tmp_path / "telegram.key").read_bytes()
        assert chat_hash == hmac.new(key, str(CHAT).encode(), hashlib.sha256).hexdigest()
        assert chat_hash != hashlib.sha256(str(CHAT).encode()).hexdigest(), "a keyed hash, not one anyone can recompute"
        gewist = response_text("utter_telegram_gewist")
        assert await exchange(api, CHAT, api.send_text(CHAT, "/wis"), gewist) == [gewist]
        assert session_rows(db) == []
        status, _ = stack.request("POST", f"/api/sessions/{old_session}/messages", {"text": "hallo"})
        assert status == 404, "the conversation is erased at the gateway too"

        fresh = await exchange(api, CHAT, api.send_text(CHAT, "mag ik wat bijverdienen"), "vrijlating")
        assert "computerprogramma" in fresh[0] and len(fresh) == 2
        [(_, new_session)] = session_rows(db)
        assert new_session != old_session
    assert str(CHAT).encode() not in db.read_bytes()
    assert api.errors == []


async def test_a_session_erased_in_the_chat_itself_is_forgotten(stack, telegram_api, tmp_path):
    api, db = telegram_api, tmp_path / "telegram.db"
    async with running_bridge(api, stack.url, db):
        await exchange(api, CHAT, api.send_text(CHAT, "wis mijn gesprek"), "wissen")
        await exchange(api, CHAT, api.press_button(CHAT, "Ja, wis alles"), "gewist")
        assert session_rows(db) == []
        answer = await exchange(api, CHAT, api.send_text(CHAT, "/start"), "computerprogramma")
        assert len(answer) == 1
    assert api.errors == []


def answers(api, chat: int) -> list[str]:
    """The chat's messages without the 'not sure' note that follows a topic typed as one bare word
    ("participatieplicht" alone is about 0.5 sure: answered, then the closest other topics offered)."""
    niet_zeker = response_text("utter_niet_zeker_anders")[:20]
    return [text for text in api.texts(chat) if not text.startswith(niet_zeker)]


async def test_a_flood_of_updates_is_answered_in_order_per_chat(stack, telegram_api, tmp_path):
    api, chats, per_chat = telegram_api, range(5000, 5020), 10
    values = laad_gemeente("voorbeeldstad").template_values()
    opening = {topic: response_text(f"utter_{topic}", **values).split("{")[0][:20] for topic in TOPICS}
    assert len(set(opening.values())) == len(TOPICS)
    asked = {chat: random.Random(chat).sample(TOPICS, per_chat) for chat in chats}
    async with running_bridge(api, stack.url, tmp_path / "telegram.db"):
        started = time.monotonic()
        for turn in range(per_chat):
            for chat in chats:
                await api.send_text(chat, f"/{asked[chat][turn]}")
        # Each chat's first message starts its session, so the welcome comes first.
        await api.wait_until(lambda: all(len(answers(api, chat)) >= per_chat + 1 for chat in chats), timeout=300)
        seconds = time.monotonic() - started
    for chat in chats:
        texts = answers(api, chat)
        assert "computerprogramma" in texts[0]
        assert [text[:20] for text in texts[1:]] == [opening[topic] for topic in asked[chat]], chat
    assert api.errors == []
    print(f"\n{len(chats) * per_chat} updates in {seconds:.1f} s")
