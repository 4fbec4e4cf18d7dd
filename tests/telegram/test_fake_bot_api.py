"""The fake Bot API refuses what the real one refuses, so the bridge tests mean something."""

from __future__ import annotations

import time

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, InvalidToken

CHAT = 4100


async def bot_for(api, token=None) -> Bot:
    bot = Bot(token or api.token, base_url=f"{api.url}/bot", base_file_url=f"{api.url}/file/bot")
    await bot.initialize()
    return bot


async def test_markdown_v2_needs_every_reserved_character_escaped(telegram_api):
    await telegram_api.send_text(CHAT, "hallo")
    bot = await bot_for(telegram_api)
    with pytest.raises(BadRequest, match="reserved"):
        await bot.send_message(CHAT, "Dag. Tot ziens!", parse_mode="MarkdownV2")
    message = await bot.send_message(CHAT, r"Dag\. Tot ziens\!", parse_mode="MarkdownV2")
    assert message.text == "Dag. Tot ziens!"
    await bot.shutdown()


async def test_text_length_callback_data_and_unknown_chats_are_checked(telegram_api):
    await telegram_api.send_text(CHAT, "hallo")
    bot = await bot_for(telegram_api)
    with pytest.raises(BadRequest, match="too long"):
        await bot.send_message(CHAT, "a" * 4097)
    await bot.send_message(CHAT, "a" * 4096)
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("Kies", callback_data="x" * 65)]])
    with pytest.raises(BadRequest, match="(?i)button_data_invalid"):
        await bot.send_message(CHAT, "Kies", reply_markup=too_long)
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.send_message(CHAT + 1, "Hallo")
    await bot.shutdown()


async def test_get_updates_waits_for_timeout_and_offset_confirms(telegram_api):
    bot = await bot_for(telegram_api)
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert time.monotonic() - started >= 0.9
    await telegram_api.send_text(CHAT, "/start")
    await telegram_api.send_text(CHAT, "hallo")
    first, second = await bot.get_updates(timeout=1)
    assert first.message.text == "/start" and first.message.entities[0].type == "bot_command"
    assert [u.update_id for u in await bot.get_updates(offset=second.update_id, timeout=0)] == [second.update_id]
    assert await bot.get_updates(offset=second.update_id + 1, timeout=0) == ()
    await bot.shutdown()


async def test_a_wrong_token_is_refused(telegram_api):
    with pytest.raises(InvalidToken):
        await bot_for(telegram_api, token="999:wrong")


async def test_send_document_takes_an_upload_and_checks_its_caption(telegram_api):
    await telegram_api.send_text(CHAT, "hallo")
    bot = await bot_for(telegram_api)
    message = await bot.send_document(CHAT, b"%PDF-1.7 test", filename="overzicht.pdf",
                                      caption=r"Uw overzicht\.", parse_mode="MarkdownV2")
    assert message.document.file_name == "overzicht.pdf" and message.caption == "Uw overzicht."
    assert message.document.mime_type == "application/pdf" and message.document.file_size == 13
    [document] = telegram_api.documents(CHAT)
    assert document["content"] == b"%PDF-1.7 test"
    assert telegram_api.texts(CHAT) == [], "a document is no text message"
    with pytest.raises(BadRequest, match="reserved"):
        await bot.send_document(CHAT, b"x", filename="a.pdf", caption="Klaar.", parse_mode="MarkdownV2")
    with pytest.raises(BadRequest, match="caption is too long"):
        await bot.send_document(CHAT, b"x", filename="a.pdf", caption="a" * 1025)
    with pytest.raises(BadRequest, match="non-empty"):
        await bot.send_document(CHAT, b"", filename="a.pdf")
    with pytest.raises(BadRequest, match="(?i)wrong file identifier"):
        await bot.send_document(CHAT, "file-id-that-was-never-sent")
    await bot.shutdown()
