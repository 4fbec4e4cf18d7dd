"""Rate limits per session and per client address, on a second gateway in front of the real Rasa."""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from datetime import datetime, timedelta, timezone

import pytest
from aiohttp.test_utils import TestClient, TestServer

from gateway.app import STORE, create_app
from gateway.core import LIMITER
from wegwijs.protocol import CHANNEL_TOKEN_HEADER, CHANNEL_USER_HEADER, channel_token
from gateway.store import _hash as id_hash
from wegwijs.secret import RASA_KEY_ENV, rasa_sleutel

pytestmark = pytest.mark.stack


@contextlib.asynccontextmanager
async def gateway(stack, tmp_path, **limits):
    """A gateway with its own database and these limits, using the running stack's Rasa."""
    settings = stack.settings.with_(var_dir=tmp_path, tracker_url_env=f"sqlite:///{stack.settings.tracker_db}", **limits)
    # The running stack's Rasa answers only with its own key (L9).
    previous = os.environ.get(RASA_KEY_ENV)
    os.environ[RASA_KEY_ENV] = rasa_sleutel(stack.settings.var_dir)
    client = TestClient(TestServer(create_app(settings)))
    await client.start_server()
    # Every request of a test in one window: a minute that ends between two messages would start the count again.
    held = time.time()
    client.server.app[LIMITER].clock = lambda: held
    try:
        yield client
    finally:
        await client.close()
        if previous is None:
            os.environ.pop(RASA_KEY_ENV, None)
        else:
            os.environ[RASA_KEY_ENV] = previous


async def start(client, headers=None) -> str:
    response = await client.post("/api/sessions", json={}, headers=headers or {})
    assert response.status == 201, await response.text()
    return (await response.json())["session_id"]


async def say(client, session_id: str, text: str = "hallo", headers=None):
    return await client.post(f"/api/sessions/{session_id}/messages", json={"text": text}, headers=headers or {})


async def test_a_session_that_sends_too_much_gets_a_kind_429_and_others_go_on(stack, tmp_path):
    async with gateway(stack, tmp_path, limiet_sessie=3, limiet_adres=0) as client:
        busy, other = await start(client), await start(client)
        for _ in range(3):
            assert (await say(client, busy)).status == 200
        refused = await say(client, busy)
        body = await refused.json()
        assert refused.status == 429
        assert body["error"] == "te_veel_berichten"
        assert "even" in body["message"].lower() and "{" not in body["message"]
        assert 1 <= int(refused.headers["Retry-After"]) <= 61
        assert (await say(client, other)).status == 200


async def test_one_address_cannot_start_endless_sessions(stack, tmp_path):
    async with gateway(stack, tmp_path, limiet_sessie=0, limiet_adres=4) as client:
        for _ in range(4):
            await start(client)
        response = await client.post("/api/sessions", json={})
        assert response.status == 429
        assert (await response.json())["error"] == "te_veel_berichten"


async def test_forwarded_for_counts_only_behind_a_trusted_proxy(stack, tmp_path):
    async with gateway(stack, tmp_path, limiet_sessie=0, limiet_adres=2) as client:
        # No proxy configured: a client cannot escape the limit by inventing addresses.
        for number in range(2):
            await start(client, {"X-Forwarded-For": f"10.0.0.{number}"})
        assert (await client.post("/api/sessions", json={}, headers={"X-Forwarded-For": "10.0.0.9"})).status == 429
    async with gateway(stack, tmp_path / "proxy", limiet_sessie=0, limiet_adres=2, vertrouwde_proxy=1) as client:
        # Behind one proxy: the last entry (added by our proxy) is the client; what the client wrote before it is not.
        for _ in range(2):
            await start(client, {"X-Forwarded-For": "1.2.3.4, 10.0.0.1"})
        assert (await client.post("/api/sessions", json={}, headers={"X-Forwarded-For": "9.9.9.9, 10.0.0.1"})).status == 429
        await start(client, {"X-Forwarded-For": "1.2.3.4, 10.0.0.2"})


async def test_the_telegram_bridge_is_limited_per_chat_not_as_a_whole(stack, tmp_path):
    async with gateway(stack, tmp_path, limiet_sessie=0, limiet_adres=2) as client:
        token = channel_token(tmp_path)
        for chat in ("chat-a", "chat-b", "chat-c"):
            headers = {CHANNEL_TOKEN_HEADER: token, CHANNEL_USER_HEADER: chat}
            await start(client, headers)
            await start(client, headers)
        wrong = {CHANNEL_TOKEN_HEADER: "geraden", CHANNEL_USER_HEADER: "chat-d"}
        await start(client, wrong)
        await start(client, wrong)
        assert (await client.post("/api/sessions", json={}, headers=wrong)).status == 429


async def test_the_running_gateway_erases_conversations_after_the_bewaartermijn(stack, tmp_path):
    async with gateway(stack, tmp_path, limiet_sessie=0, limiet_adres=0, opschonen_interval_s=0.2) as client:
        old, recent = await start(client), await start(client)
        store = client.server.app[STORE]
        long_ago = (datetime.now(timezone.utc) - timedelta(days=31)).isoformat(timespec="seconds")
        store.db.execute("UPDATE sessions SET last_active_at = ? WHERE id_hash = ?", [long_ago, id_hash(old)])
        for _ in range(50):
            if store.get(old) is None:
                break
            await asyncio.sleep(0.1)
        assert store.get(old) is None
        assert (await say(client, old)).status == 404
        assert (await say(client, recent)).status == 200
