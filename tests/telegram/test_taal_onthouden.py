"""A restarted bridge keeps the language a chat switched to (issue #15).

Before, "English please" lived in the bridge's process memory only: after a restart (a deploy, a
crash) a chat whose Telegram is Dutch got its /help, errors and labels in Dutch again while its
conversation at the gateway was still English. The language is now kept in the chats store with the
chat's session, and /wis removes it with the row.
"""

from __future__ import annotations

import pytest

from kanalen.telegram_chats import ChatSessions
from tests.telegram.conftest import exchange, running_bridge

pytestmark = pytest.mark.stack

NL_CHAT = 4611


@pytest.mark.stack
async def test_english_please_survives_a_restart_of_the_bridge_and_wis_forgets_it(stack, telegram_api, tmp_path):
    api, db = telegram_api, tmp_path / "telegram.db"
    api.language_codes[NL_CHAT] = "nl"
    async with running_bridge(api, stack.url, db):
        await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "/start"), "computerprogramma")
        await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "English please"), "English")
    async with running_bridge(api, stack.url, db):  # a new process: nothing in memory
        help_text = await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "/help"), "Wegwijs")
        assert help_text[-1].startswith("I am Wegwijs"), help_text
        await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "/wis"), "erased")
    chats = ChatSessions.in_file(db)
    try:
        assert list(chats.db[chats.table].rows) == [], "/wis removes the row and the language in it"
    finally:
        chats.close()
    async with running_bridge(api, stack.url, db):
        help_text = await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "/help"), "Wegwijs")
        assert help_text[-1].startswith("Ik ben Wegwijs"), help_text
    assert api.errors == []


@pytest.mark.stack
async def test_an_erasure_typed_in_the_chat_forgets_the_language_in_memory_too(stack, telegram_api, tmp_path):
    """Typing the erasure (not /wis) removed the row, but the running bridge kept "en" in its chat data:
    an erased conversation's language outlived it until a restart."""
    api, db = telegram_api, tmp_path / "telegram.db"
    api.language_codes[NL_CHAT] = "nl"
    async with running_bridge(api, stack.url, db):
        await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "/start"), "computerprogramma")
        await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "English please"), "English")
        await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "delete my conversation"), "delete")
        await exchange(api, NL_CHAT, api.press_button(NL_CHAT, "Yes, delete everything"), "deleted")
        help_text = await exchange(api, NL_CHAT, api.send_text(NL_CHAT, "/help"), "Wegwijs")
        assert help_text[-1].startswith("Ik ben Wegwijs"), help_text
    assert api.errors == []
