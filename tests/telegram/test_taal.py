"""Telegram: the user's language_code chooses the language of a new session (issue #15)."""

from __future__ import annotations

import pytest

from tests.telegram.conftest import exchange, running_bridge
from wegwijs.taalkeuze import taal_uit_telegram

pytestmark = pytest.mark.stack

ENGELS, NEDERLANDS = 4501, 4502


@pytest.mark.parametrize("code, taal", [("en", "en"), ("en-GB", "en"), ("EN-us", "en"), ("nl", "nl"),
                                        ("nl-BE", "nl"), ("ar", None), ("", None), (None, None)])
def test_language_code_to_taal(code, taal):
    assert taal_uit_telegram(code) == taal


async def test_an_english_telegram_user_gets_english_and_a_dutch_one_dutch(stack, telegram_api, tmp_path):
    api = telegram_api
    api.language_codes[ENGELS] = "en-GB"
    async with running_bridge(api, stack.url, tmp_path / "telegram.db"):
        welcome = await exchange(api, ENGELS, api.send_text(ENGELS, "/start"), "computer program")
        assert "Nederlands" in api.buttons(ENGELS) and "Gifts of money or shopping (giften)" in api.buttons(ENGELS)
        giften = await exchange(api, ENGELS, api.press_button(ENGELS, "Gifts of money or shopping (giften)"), "gift")
        assert "calendar year" in giften[-1]
        dutch = await exchange(api, NEDERLANDS, api.send_text(NEDERLANDS, "/start"), "computerprogramma")
        assert "Geld of boodschappen krijgen" in api.buttons(NEDERLANDS) and welcome != dutch
    assert api.errors == []
