"""Wegwijs unreachable: the person gets a kind message and the bridge keeps working."""

from __future__ import annotations

from aiohttp.test_utils import TestServer

from gateway.app import create_app
from wegwijs.instance import free_port
from tests.telegram.conftest import exchange, running_bridge
from wegwijs.gemeente import laad_gemeente
from wegwijs.responses import response_text
from wegwijs.settings import Settings

CHAT = 4200
VALUES = laad_gemeente("voorbeeldstad").template_values()


async def test_gateway_down_gets_the_kind_message_and_nothing_crashes(telegram_api, tmp_path):
    api, storing = telegram_api, response_text("utter_telegram_storing", **VALUES)
    async with running_bridge(api, f"http://127.0.0.1:{free_port()}", tmp_path / "telegram.db"):
        assert await exchange(api, CHAT, api.send_text(CHAT, "/start"), storing) == [storing]
        assert await exchange(api, CHAT, api.send_text(CHAT, "mag ik bijverdienen"), storing) == [storing]
        help_text = response_text("utter_telegram_help", **VALUES)
        assert await exchange(api, CHAT, api.send_text(CHAT, "/help"), help_text) == [help_text]
        only_text = response_text("utter_telegram_alleen_tekst")
        assert await exchange(api, CHAT, api.send_photo(CHAT), only_text) == [only_text]
    assert api.errors == []


async def test_rasa_down_shows_the_gateways_own_message(telegram_api, tmp_path):
    api = telegram_api
    settings = Settings().with_(var_dir=tmp_path, rasa_port=free_port(), actions_port=free_port())
    gateway = TestServer(create_app(settings), host="127.0.0.1")
    await gateway.start_server()
    try:
        async with running_bridge(api, str(gateway.make_url("")).rstrip("/"), tmp_path / "telegram.db"):
            rasa_down = response_text("utter_fout_rasa", **VALUES)
            assert await exchange(api, CHAT, api.send_text(CHAT, "hallo"), rasa_down) == [rasa_down]
    finally:
        await gateway.close()
    assert api.errors == []
