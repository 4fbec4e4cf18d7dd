"""Rasa's REST channel for the gateway only (security review L9, H1).

Rasa's own RestInput answers anyone who can reach the port, with any
`sender` and `metadata` (peildatum, gemeente), takes `text/plain` from any
page in a browser, and logs the person's text when a turn times out or
fails. This channel, at the same address (/webhooks/rest/webhook):

- needs `Authorization: Bearer <Rasa key>` (wegwijs/secret.py), compared in
  constant time; 401 otherwise;
- takes `application/json` only (415), with a string `sender` and `message`
  and an object or no `metadata` (400 otherwise);
- logs a failed turn with the type of the error, never the text.

bot/credentials.yml switches it on.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request

from wegwijs.secret import rasa_sleutel
from wegwijs.settings import Settings

log = logging.getLogger(__name__)


class GatewayRestInput(RestInput):
    def __init__(self, key: str | None = None):
        self.key = key if key is not None else rasa_sleutel(Settings().var_dir)

    @classmethod
    def name(cls) -> str:
        return "rest"  # same URL and the same input_channel in the trackers as Rasa's own

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> "GatewayRestInput":
        return cls()

    def authorised(self, request: Request) -> bool:
        given = (request.headers.get("authorization") or "").encode()
        return hmac.compare_digest(given, f"Bearer {self.key}".encode())

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("wegwijs_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request):
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request):
            if not self.authorised(request):
                return response.json({"error": "niet_toegestaan"}, status=401)
            if (request.headers.get("content-type") or "").split(";")[0].strip().lower() != "application/json":
                return response.json({"error": "alleen_json"}, status=415)
            message = parse_message(request.body)
            if message is None:
                return response.json({"error": "ongeldig_bericht"}, status=400)
            sender, text, metadata = message
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(), metadata=metadata))
            except asyncio.CancelledError:
                log.error("rest: het antwoord duurde te lang (tekst niet gelogd)")
            except Exception:  # noqa: BLE001 - Rasa's own channel answers what it has, too
                log.exception("rest: het antwoord mislukte (tekst niet gelogd)")
            return response.json(collector.messages)

        return webhook


def parse_message(body: bytes) -> tuple[str, str, dict | None] | None:
    """(sender, text, metadata) from a request body, or None when it is not such a message."""
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    sender, text, metadata = data.get("sender"), data.get("message"), data.get("metadata")
    if not isinstance(sender, str) or not sender or not isinstance(text, str):
        return None
    if metadata is not None and not isinstance(metadata, dict):
        return None
    return sender, text, metadata
