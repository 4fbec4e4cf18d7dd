"""Fixtures for the Telegram bridge: the fake Bot API and a running bridge."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from tests.telegram.fake_bot_api import FakeBotApi
from kanalen.telegram import build_application


@pytest.fixture
async def telegram_api():
    api = FakeBotApi()
    await api.start()
    yield api
    await api.stop()


@asynccontextmanager
async def running_bridge(api: FakeBotApi, gateway_url: str, db_path: Path):
    """The bridge polling the fake API, started and stopped the way run_polling does it."""
    application = build_application(api.token, gateway_url, db_path, "voorbeeldstad", api_url=api.url)
    async with application:
        await application.post_init(application)
        await application.updater.start_polling(poll_interval=0, timeout=1)
        await application.start()
        try:
            yield application
        finally:
            await application.updater.stop()
            await application.stop()
            await application.post_shutdown(application)


async def exchange(api: FakeBotApi, chat_id: int, action, expected: str, timeout: float = 90) -> list[str]:
    """Run one user action; wait until a new bot text contains `expected`; return the new texts."""
    before = len(api.texts(chat_id))
    await action
    await api.wait_until(lambda: any(expected in text for text in api.texts(chat_id)[before:]), timeout)
    return api.texts(chat_id)[before:]
