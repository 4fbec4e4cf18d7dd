"""The answer's shape in Telegram: "Meer uitleg" as an inline button, links as buttons or as text.

Telegram opens only web links from a button: https links become url buttons,
tel: and mailto: links a line of text (Telegram makes a number tappable).
"""

from __future__ import annotations

import pytest
from telegram import InlineKeyboardMarkup

from kanalen.telegram import keyboard, remember_uitleg, uitleg_text, with_links
from tests.telegram.conftest import exchange, running_bridge
from wegwijs.responses import response_text

CHAT = 7100
LINKS = [
    {"titel": "Bel de gemeente (14 0000)", "url": "tel:140000"},
    {"titel": "Stuur een e-mail", "url": "mailto:info@voorbeeldstad.nl"},
    {"titel": "Stuur een bericht met het contactformulier", "url": "https://www.voorbeeldstad.nl/contact"},
]


def rows(markup: InlineKeyboardMarkup) -> list[dict]:
    return [button.to_dict() for row in markup.inline_keyboard for button in row]


def test_https_links_are_url_buttons_calls_and_mail_are_text():
    markup = keyboard([{"title": "Praat met een mens", "payload": "/mens_spreken"}], {}, LINKS)
    assert rows(markup) == [
        {"text": "Stuur een bericht met het contactformulier", "url": "https://www.voorbeeldstad.nl/contact"},
        {"text": "Praat met een mens", "callback_data": "p:/mens_spreken"},
    ]
    assert with_links("Bel ons.", LINKS) == (
        "Bel ons.\n\nBel de gemeente (14 0000)\nStuur een e-mail: info@voorbeeldstad.nl")
    assert with_links("Geen links.", []) == "Geen links."


def test_the_explanation_is_kept_under_a_short_key_and_old_ones_go():
    store: dict = {}
    keys = [remember_uitleg([{"kop": "Waarom?", "tekst": f"reden {n}"}], store) for n in range(40)]
    assert all(len(("u:" + key).encode()) <= 64 for key in keys)
    assert keys[-1] in store and keys[0] not in store and len(store) == 30
    assert uitleg_text([{"kop": "Waarom?", "tekst": "Omdat."}, {"kop": "De wet", "tekst": "Artikel 31."}]) == (
        "Waarom?\nOmdat.\n\nDe wet\nArtikel 31.")


@pytest.mark.stack
async def test_a_calculation_shows_the_answer_first_and_meer_uitleg_on_request(stack, telegram_api, tmp_path):
    api = telegram_api
    async with running_bridge(api, stack.url, tmp_path / "telegram.db"):
        await exchange(api, CHAT, api.send_text(CHAT, "mijn moeder betaalt elke maand 50 euro aan boodschappen"),
                       "?")
        for turn in ("boodschappen", "sinds januari"):
            await exchange(api, CHAT, api.send_text(CHAT, turn), "?")
        result = await exchange(api, CHAT, api.send_text(CHAT, "ja"), "Dit is informatie, geen besluit")
        meer = response_text("utter_telegram_meer_uitleg")
        [first] = [m for m in api.chats[CHAT]
                   if meer in [b["text"] for row in (m.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]]
        assert "€" in first["text"] and "Waarom" not in first["text"] and "wetten.overheid.nl" not in first["text"]
        assert [b["text"] for row in first["reply_markup"]["inline_keyboard"] for b in row] == [meer]
        uitleg = await exchange(api, CHAT, api.press_button(CHAT, meer), "Dit staat in de wet")
        assert uitleg[0].startswith("Waarom?") and "wetten.overheid.nl" in uitleg[0]
        assert "Bel de gemeente (14 0000)" in result[-1]  # the call link, as text
    assert api.errors == []


@pytest.mark.stack
async def test_praat_met_een_mens_gives_link_buttons_and_call_numbers(stack, telegram_api, tmp_path):
    api = telegram_api
    async with running_bridge(api, stack.url, tmp_path / "telegram.db"):
        replies = await exchange(api, CHAT + 1, api.send_text(CHAT + 1, "ik wil een mens spreken"), "113")
        text = "\n".join(replies)
        assert "Bel de gemeente (14 0000)" in text and "Stuur een e-mail: info@voorbeeldstad.nl" in text
        assert "altijd" not in text
        url_buttons = [b for m in api.chats[CHAT + 1] for row in (m.get("reply_markup") or {}).get("inline_keyboard", [])
                       for b in row if "url" in b]
        assert {b["url"] for b in url_buttons} >= {"https://www.voorbeeldstad.nl/contact", "https://www.kpnteletolk.nl"}
    assert api.errors == []
