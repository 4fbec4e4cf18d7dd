"""Telegram's own texts follow the conversation's language, not only the user's language_code (issue #15).

Found after the English texts were in: a user whose Telegram is Dutch wrote "English please"; the
gateway's replies turned English, but the bridge's own texts ("Meer uitleg", the document's caption,
/help, the errors) stayed Dutch, because they followed language_code only.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kanalen.telegram import TAAL, Bridge
from tests.telegram.conftest import exchange, running_bridge
from wegwijs.responses import response_text

NL_CHAT, ONBEKEND_CHAT = 4601, 4602


def alle_knoppen(api, chat_id: int) -> list[str]:
    """The titles of every button the bot showed in chat_id (api.buttons: the last message's only)."""
    return [b["text"] for m in api.chats[chat_id]
            for row in (m.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


def update(code):
    return SimpleNamespace(effective_user=SimpleNamespace(language_code=code))


def test_a_switched_conversation_outranks_the_telegram_language():
    bridge = Bridge(gateway=None, sessions=None, gemeente="voorbeeldstad")
    engels, nederlands = SimpleNamespace(chat_data={TAAL: "en"}), SimpleNamespace(chat_data={TAAL: "nl"})
    assert bridge.text("utter_telegram_help", update("nl"), engels).startswith("I am Wegwijs")
    assert bridge.text("utter_telegram_help", update("en-GB"), nederlands).startswith("Ik ben Wegwijs")
    assert bridge.text("utter_telegram_help", update("en"), SimpleNamespace(chat_data={})).startswith("I am Wegwijs")


@pytest.mark.stack
async def test_english_please_turns_telegrams_own_texts_english(stack, telegram_api, tmp_path):
    api = telegram_api
    api.language_codes[NL_CHAT] = "nl"
    async with running_bridge(api, stack.url, tmp_path / "telegram.db"):
        await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "/start"), "computerprogramma")
        await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "English please"), "English")
        help_text = await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "/help"), "Wegwijs")
        assert help_text[-1].startswith("I am Wegwijs"), help_text
        await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "my mother pays 50 euros of groceries every month"), "?")
        for turn in ("groceries", "since January"):
            await exchange(api, NL_CHAT, api.send_text(NL_CHAT, turn), "?")
        await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "yes"), "This is information, not a decision")
        await api.wait_until(lambda: api.documents(NL_CHAT), 60)
        labels = alle_knoppen(api, NL_CHAT)
        assert response_text("utter_telegram_meer_uitleg", "en") in labels
        assert response_text("utter_telegram_meer_uitleg") not in labels
        caption = api.documents(NL_CHAT)[-1].get("caption", "")
        assert caption.startswith(response_text("utter_telegram_overzicht", "en")[:30]) and "Dit is" not in caption
        await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "Nederlands graag"), "Nederlands")
        terug = await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "/help"), "Wegwijs")
        assert terug[-1].startswith("Ik ben Wegwijs"), terug
    assert api.errors == []


@pytest.mark.stack
async def test_an_english_first_message_turns_telegrams_own_texts_english(stack, telegram_api, tmp_path):
    """No usable language_code (Arabic Telegram): the first message's language is detected, and the bridge follows."""
    api = telegram_api
    api.language_codes[ONBEKEND_CHAT] = "ar"
    async with running_bridge(api, stack.url, tmp_path / "telegram.db"):
        await exchange(api, ONBEKEND_CHAT, api.send_text(ONBEKEND_CHAT, "how much can i earn next to my benefit"),
                       "Nederlands")
        help_text = await exchange(api, ONBEKEND_CHAT, api.send_text(ONBEKEND_CHAT, "/help"), "Wegwijs")
        assert help_text[-1].startswith("I am Wegwijs"), help_text
    assert api.errors == []
