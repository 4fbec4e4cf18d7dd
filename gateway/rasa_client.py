"""Talk to the Rasa server through its REST channel, on loopback.

Rasa's channel answers only with the Rasa key (wegwijs/rasa/kanaal.py): the
supervisor, or a Kubernetes Secret, puts it in WEGWIJS_RASA_SLEUTEL.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import re
import time
from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import urlsplit

import aiohttp

from wegwijs.protocol import BERICHT_EXTRA, ERASE_MARKER, TAAL_MARKER
from wegwijs.secret import RASA_KEY_ENV

log = logging.getLogger(__name__)

# The only links a bot message may carry: a call, an e-mail, a secure web page.
_TEL = re.compile(r"^tel:\+?[0-9][0-9()./-]{1,30}$")
_MAILTO = re.compile(r"^mailto:[^\s@/?#]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


@dataclass(frozen=True)
class RasaReply:
    messages: list[dict]
    erase_requested: bool
    taal: str | None = None  # the language action_andere_taal recognised and now speaks ("en"), if it did


class RasaUnavailableError(Exception):
    """Rasa (or the action server behind it) did not give a usable answer."""


class RasaClient:
    """Sends each conversation to one of several Rasa servers, always the same one.

    Pinning keeps a conversation's turns in order on one server (its lock) and
    its tracker in that server's cache, and spreads the CPU-heavy work of many
    conversations over the servers. A conversation this gateway has not seen
    goes to the server with the fewest turns in progress (issue #16): a hash
    alone splits 20 conversations 12 to 8 or worse about half of the time
    (binomial), and in a busy Wegwijs the busier server's replies then wait
    about half as long again.
    When the servers are equally busy (an idle Wegwijs) the hash decides, so
    the choice is the same as before. A pin that is lost (a gateway restart,
    the other gateway of `make run-schaal`) only costs a load from the shared
    tracker store: the tracker cache checks the store's last event.
    """

    MAX_PINNED = 100_000  # conversations remembered (an id and a number each); the least recently used go first
    PIN_IDLE_S = 3600.0  # and none longer than an hour without a turn (a sweep or an erasure elsewhere)

    def __init__(self, base_urls: list[str], timeout_s: float, key: str | None = None):
        self.base_urls = list(base_urls)
        self.timeout = aiohttp.ClientTimeout(total=timeout_s)
        self.key = key
        self._http: aiohttp.ClientSession | None = None
        self._in_progress = [0] * len(self.base_urls)
        self._pinned: OrderedDict[str, tuple[int, float]] = OrderedDict()  # conversation -> (server, last turn)

    async def start(self) -> None:
        key = self.key or os.environ.get(RASA_KEY_ENV, "")
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self._http = aiohttp.ClientSession(timeout=self.timeout, headers=headers)

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()

    async def send(self, conversation_id: str, text: str, metadata: dict) -> "RasaReply":
        """Send one user message; returns the bot messages as {"text", "buttons", and the optional fields}."""
        payload = {"sender": conversation_id, "message": text, "metadata": metadata}
        server = self._server_index(conversation_id)
        webhook = f"{self.base_urls[server]}/webhooks/rest/webhook"
        self._in_progress[server] += 1
        try:
            async with self._http.post(webhook, json=payload) as response:
                if response.status != 200:
                    raise RasaUnavailableError(f"Rasa answered HTTP {response.status}")
                raw = await response.json(content_type=None)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
            raise RasaUnavailableError(str(error) or type(error).__name__) from error
        finally:
            self._in_progress[server] -= 1
        if not isinstance(raw, list):
            raise RasaUnavailableError("Rasa answered something that is not a list")
        return RasaReply(messages=bot_messages(raw), erase_requested=any(is_erase_marker(item) for item in raw),
                         taal=taal_of(raw))

    def server_for(self, conversation_id: str) -> str:
        """The server this conversation's next turn goes to."""
        return self.base_urls[self._server_index(conversation_id)]

    def forget(self, conversation_id: str) -> None:
        """An erased conversation leaves no trace here either."""
        self._pinned.pop(conversation_id, None)

    def _server_index(self, conversation_id: str) -> int:
        now = time.monotonic()
        pinned = self._pinned.pop(conversation_id, None)
        index = pinned[0] if pinned is not None else self._least_busy(conversation_id)
        self._pinned[conversation_id] = (index, now)  # at the end: the most recently used
        while self._pinned and (len(self._pinned) > self.MAX_PINNED
                                or next(iter(self._pinned.values()))[1] < now - self.PIN_IDLE_S):
            self._pinned.popitem(last=False)
        return index

    def _least_busy(self, conversation_id: str) -> int:
        """The server with the fewest turns in progress; among equals the one the conversation id hashes to."""
        hashed = hash_index(conversation_id, len(self.base_urls))
        fewest = min(self._in_progress)
        if self._in_progress[hashed] == fewest:
            return hashed
        return self._in_progress.index(fewest)

    async def all_healthy(self) -> bool:
        results = await asyncio.gather(*(self.healthy(f"{url}/") for url in self.base_urls))
        return all(results)

    async def healthy(self, url: str) -> bool:
        try:
            async with self._http.get(url, timeout=aiohttp.ClientTimeout(total=3)) as response:
                return response.status == 200
        except (aiohttp.ClientError, asyncio.TimeoutError):
            return False


def hash_index(conversation_id: str, servers: int) -> int:
    digest = hashlib.sha256(conversation_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % servers


def bot_messages(raw: list) -> list[dict]:
    """The bot messages of one Rasa reply, in order.

    Rasa's REST channel sends a message's custom part as an item of its own,
    right after the text: a custom part under BERICHT_EXTRA is merged into the
    message before it (meer_uitleg, links, overzicht); one with no message
    before it is dropped.
    """
    messages: list[dict] = []
    for item in raw:
        message = normalise(item)
        if message is not None:
            messages.append(message)
        elif messages and isinstance(item, dict) and isinstance(item.get("custom"), dict):
            messages[-1].update(extra_fields(item["custom"].get(BERICHT_EXTRA)))
    return messages


def normalise(item: dict) -> dict | None:
    """Keep only what the API promises: text and buttons (title, payload), and the optional fields."""
    if not isinstance(item, dict) or not item.get("text"):
        return None
    buttons = [
        {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
        for b in item.get("buttons") or []
        if isinstance(b, dict) and b.get("title")
    ]
    message = {"text": str(item["text"]), "buttons": buttons}
    custom = item.get("custom")
    if isinstance(custom, dict):
        message.update(extra_fields(custom.get(BERICHT_EXTRA)))
    return message


def extra_fields(extra) -> dict:
    """meer_uitleg, links and overzicht as the API promises them; anything else is dropped."""
    if not isinstance(extra, dict):
        return {}
    fields: dict = {}
    uitleg = [part for part in (uitleg_part(p) for p in list_of(extra.get("meer_uitleg"))) if part]
    if uitleg:
        fields["meer_uitleg"] = uitleg
    links = [link for link in (link_part(item) for item in list_of(extra.get("links"))) if link]
    if links:
        fields["links"] = links
    if extra.get("overzicht") is True:
        fields["overzicht"] = True
    return fields


def list_of(value) -> list:
    return value if isinstance(value, list) else []


def uitleg_part(part) -> dict | None:
    """{"kop", "tekst"}, both non-empty text."""
    if not isinstance(part, dict):
        return None
    kop, tekst = part.get("kop"), part.get("tekst")
    if not (isinstance(kop, str) and isinstance(tekst, str) and kop.strip() and tekst.strip()):
        return None
    return {"kop": kop.strip(), "tekst": tekst.strip()}


def link_part(link) -> dict | None:
    """{"titel", "url"} with a tel:, mailto: or https: url; a script or data url never passes."""
    if not isinstance(link, dict):
        return None
    titel, url = link.get("titel"), link.get("url")
    if not (isinstance(titel, str) and titel.strip() and isinstance(url, str)):
        return None
    url = url.strip()
    return {"titel": titel.strip(), "url": url} if safe_url(url) else None


def safe_url(url: str) -> bool:
    if url.startswith("tel:"):
        return bool(_TEL.match(url))
    if url.startswith("mailto:"):
        return bool(_MAILTO.match(url))
    if url.startswith("https://"):
        parts = urlsplit(url)
        return bool(parts.hostname) and not parts.username and not re.search(r"[\s<>\"'`\\]", url)
    return False


def taal_of(raw: list) -> str | None:
    """The language a reply switched to ({"custom": {"wegwijs_taal": "en"}}), if it did."""
    for item in raw:
        custom = item.get("custom") if isinstance(item, dict) else None
        if isinstance(custom, dict) and custom.get(TAAL_MARKER) in ("nl", "en"):
            return custom[TAAL_MARKER]
    return None


def is_erase_marker(item) -> bool:
    return isinstance(item, dict) and item.get("custom") == ERASE_MARKER
