"""Talk to the Rasa server through its REST channel, on loopback.

Rasa's channel answers only with the Rasa key (wegwijs/rasa/kanaal.py): the
supervisor, or a Kubernetes Secret, puts it in WEGWIJS_RASA_SLEUTEL.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
from dataclasses import dataclass

import aiohttp

from wegwijs.protocol import ERASE_MARKER
from wegwijs.secret import RASA_KEY_ENV

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class RasaReply:
    messages: list[dict]
    erase_requested: bool


class RasaUnavailableError(Exception):
    """Rasa (or the action server behind it) did not give a usable answer."""


class RasaClient:
    """Sends each conversation to one of several Rasa servers, always the same one.

    Pinning keeps a conversation's turns in order on one server (its lock) and
    spreads the CPU-heavy work of many conversations over the servers.
    """

    def __init__(self, base_urls: list[str], timeout_s: float, key: str | None = None):
        self.base_urls = list(base_urls)
        self.timeout = aiohttp.ClientTimeout(total=timeout_s)
        self.key = key
        self._http: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        key = self.key or os.environ.get(RASA_KEY_ENV, "")
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self._http = aiohttp.ClientSession(timeout=self.timeout, headers=headers)

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()

    async def send(self, conversation_id: str, text: str, metadata: dict) -> "RasaReply":
        """Send one user message; returns the bot messages as {"text", "buttons"}."""
        payload = {"sender": conversation_id, "message": text, "metadata": metadata}
        webhook = f"{self.server_for(conversation_id)}/webhooks/rest/webhook"
        try:
            async with self._http.post(webhook, json=payload) as response:
                if response.status != 200:
                    raise RasaUnavailableError(f"Rasa answered HTTP {response.status}")
                raw = await response.json(content_type=None)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
            raise RasaUnavailableError(str(error) or type(error).__name__) from error
        if not isinstance(raw, list):
            raise RasaUnavailableError("Rasa answered something that is not a list")
        return RasaReply(
            messages=[m for m in (normalise(item) for item in raw) if m is not None],
            erase_requested=any(is_erase_marker(item) for item in raw),
        )

    def server_for(self, conversation_id: str) -> str:
        digest = hashlib.sha256(conversation_id.encode("utf-8")).digest()
        return self.base_urls[int.from_bytes(digest[:8], "big") % len(self.base_urls)]

    async def all_healthy(self) -> bool:
        results = await asyncio.gather(*(self.healthy(f"{url}/") for url in self.base_urls))
        return all(results)

    async def healthy(self, url: str) -> bool:
        try:
            async with self._http.get(url, timeout=aiohttp.ClientTimeout(total=3)) as response:
                return response.status == 200
        except (aiohttp.ClientError, asyncio.TimeoutError):
            return False


def normalise(item: dict) -> dict | None:
    """Keep only what the API promises: text and buttons (title, payload)."""
    if not isinstance(item, dict) or not item.get("text"):
        return None
    buttons = [
        {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
        for b in item.get("buttons") or []
        if isinstance(b, dict) and b.get("title")
    ]
    return {"text": str(item["text"]), "buttons": buttons}


def is_erase_marker(item) -> bool:
    return isinstance(item, dict) and item.get("custom") == ERASE_MARKER
