"""The one client of the gateway API: every channel and tool talks to the gateway through it.

The routes and bodies are those of gateway/app.py (and, for test sessions,
gateway/review.py); the shared constants come from wegwijs/protocol.py. This
module imports nothing of the gateway.

* `GatewayClient` is the core, async (aiohttp): the Telegram bridge and the
  benches use it, many conversations at once over one connection pool.
* `Gateway` is a small blocking façade over it, for the terminal chat, the
  dialogue runner and the tests: each call runs the core in its own event loop.

Either raises `GatewayError` when there is no usable answer: `message` is the
gateway's own kind Dutch text, or None when it could not be reached. A session
the gateway no longer knows raises `SessionGoneError`, a kind of GatewayError.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import logging
from typing import Any, Awaitable, Callable, NamedTuple

import aiohttp

from wegwijs.protocol import CHANNEL_TOKEN_HEADER, CHANNEL_USER_HEADER

log = logging.getLogger(__name__)

GATEWAY_TIMEOUT_S = 60
SESSIONS = "/api/sessions"
TEST_SESSIONS = "/review/api/sessions"


class GatewayError(Exception):
    """The gateway gave no usable answer.

    `message` is its kind Dutch text (None when it was unreachable or sent no
    text), `status` its HTTP status (None when unreachable).
    """

    def __init__(self, message: str | None = None, status: int | None = None, detail: str = ""):
        super().__init__(detail or message or "gateway unreachable")
        self.message, self.status = message, status


class SessionGoneError(GatewayError):
    """The gateway does not know the session (any more): erased or never made."""


class Response(NamedTuple):
    """One HTTP answer of the gateway: its status and its JSON body (None when empty or not JSON)."""

    status: int
    body: Any


class GatewayClient:
    """The gateway's session API, over HTTP, exactly as the web widget uses it.

    `channel_token` is the secret of our own channels (wegwijs.protocol.channel_token):
    with it a `user` (a hash of the chat id) gets a rate limit of its own.
    `tester_token` makes `start_test` open test sessions through the review API.
    `http` shares a caller's connection pool (the benches); otherwise `start` opens one.
    """

    def __init__(self, base_url: str, channel_token: str = "", tester_token: str | None = None,
                 timeout_s: float = GATEWAY_TIMEOUT_S, http: aiohttp.ClientSession | None = None):
        self.base_url = base_url.rstrip("/")
        self.channel_token, self.tester_token, self.timeout_s = channel_token, tester_token, timeout_s
        self._http, self._own_http = http, False

    async def start(self) -> None:
        if self._http is None:
            self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout_s))
            self._own_http = True

    async def close(self) -> None:
        if self._own_http and self._http is not None:
            await self._http.close()
            self._http, self._own_http = None, False

    async def __aenter__(self) -> GatewayClient:
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def request(self, method: str, path: str, body: Any = None, raw: bytes | None = None,
                      user: str = "") -> Response:
        """One call, whatever its status; GatewayError only when the gateway could not be reached."""
        status, payload = await self._call(method, path, user, json=body if raw is None else None, data=raw,
                                           json_body=raw is not None)
        return Response(status, _json(payload))

    async def _call(self, method: str, path: str, user: str = "", json_body: bool = False,
                    **arguments) -> tuple[int, bytes]:
        """(status, body bytes) of one call; GatewayError only when the gateway could not be reached."""
        headers = self._headers(user)
        if json_body:
            headers["Content-Type"] = "application/json"
        try:
            async with self._http.request(method, self.base_url + path, headers=headers, **arguments) as response:
                return response.status, await response.read()
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
            log.warning("gateway unreachable: %s", str(error) or type(error).__name__)
            raise GatewayError(detail=f"Wegwijs is niet bereikbaar op {self.base_url}: {error}") from None

    async def create(self, user: str = "", gemeente: str | None = None,
                     taal: str | None = None) -> tuple[str, list[dict]]:
        """A new session: its id and the welcome (in `taal`, "nl" or "en", when given)."""
        wanted = {k: v for k, v in {"gemeente": gemeente, "taal": taal}.items() if v}
        body = _checked(await self.request("POST", SESSIONS, wanted, user=user), 201, SESSIONS)
        return body["session_id"], body["messages"]

    async def start_test(self, peildatum: str | None = None, gemeente: str | None = None,
                         taal: str | None = None) -> tuple[str, list[dict]]:
        """A test session (with the tester token, and its peildatum), else a normal one; in `taal` when given."""
        if not self.tester_token:
            return await self.create(gemeente=gemeente, taal=taal)
        wanted = {k: v for k, v in {"peildatum": peildatum, "gemeente": gemeente, "taal": taal}.items() if v}
        body = _checked(await self.request("POST", TEST_SESSIONS, wanted), 201, TEST_SESSIONS)
        return body["session_id"], body["messages"]

    async def say(self, session_id: str, text: str, user: str = "") -> dict:
        """The reply: {"messages", and gesprek_gewist when the person erased the conversation}."""
        path = f"{SESSIONS}/{session_id}/messages"
        return _checked(await self.request("POST", path, {"text": text}, user=user), 200, path)

    async def overzicht(self, session_id: str, formaat: str = "pdf", user: str = "") -> bytes:
        """The overzicht of the session's last calculation: the PDF (or, with formaat "html", the page).

        SessionGoneError when nothing was calculated or the session is gone (both 404).
        """
        path = f"{SESSIONS}/{session_id}/overzicht"
        status, payload = await self._call("GET", path, user, params={"formaat": formaat})
        if status == 200:
            return payload
        _checked(Response(status, _json(payload)), 200, path)  # raises with the gateway's own text
        raise GatewayError(status=status)  # never reached: _checked raises for every other status

    async def erase(self, session_id: str) -> None:
        """Erase the session; one that is already gone is fine."""
        path = f"{SESSIONS}/{session_id}"
        with contextlib.suppress(SessionGoneError):
            _checked(await self.request("DELETE", path), 204, path)

    def _headers(self, user: str) -> dict[str, str]:
        """With the channel token, the gateway limits each chat on its own, not the bridge as a whole."""
        headers = {}
        if self.channel_token and user:
            headers.update({CHANNEL_TOKEN_HEADER: self.channel_token, CHANNEL_USER_HEADER: user})
        if self.tester_token:
            headers["Authorization"] = f"Bearer {self.tester_token}"
        return headers


def _json(payload: bytes) -> Any:
    if not payload:
        return None
    try:
        return json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        return None


def _checked(response: Response, expected: int, path: str) -> dict:
    """The body of an expected answer; SessionGoneError or GatewayError otherwise."""
    if response.status == expected:
        return response.body if isinstance(response.body, dict) else {}
    body = response.body if isinstance(response.body, dict) else {}
    message = body.get("message")
    log.warning("gateway answered HTTP %s (%s)", response.status, body.get("error"))
    kind = SessionGoneError if response.status == 404 and path.startswith(SESSIONS + "/") else GatewayError
    detail = f"Wegwijs gaf een fout (HTTP {response.status}): {message or body or ''}"
    raise kind(message, response.status, detail)


class Gateway:
    """The same calls, blocking: for the terminal chat, the dialogue runner and the tests.

    Each call opens its own connection in its own event loop, so a Gateway may
    be used from several threads at once (tests/schaal does).
    """

    def __init__(self, url: str, tester_token: str | None = None, channel_token: str = "",
                 timeout_s: float = GATEWAY_TIMEOUT_S):
        self.url, self.tester_token, self.channel_token, self.timeout_s = url, tester_token, channel_token, timeout_s

    def _run(self, call: Callable[[GatewayClient], Awaitable]):
        async def once():
            async with GatewayClient(self.url, self.channel_token, self.tester_token, self.timeout_s) as client:
                return await call(client)

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(once())
        # Called from inside an event loop (an async test): block in a thread of its own, as urllib would.
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            return pool.submit(asyncio.run, once()).result()

    def call(self, method: str, path: str, body: Any = None, raw: bytes | None = None) -> Response:
        return self._run(lambda client: client.request(method, path, body, raw))

    def create(self, gemeente: str | None = None, taal: str | None = None) -> tuple[str, list[dict]]:
        return self._run(lambda client: client.create(gemeente=gemeente, taal=taal))

    def start(self, peildatum: str | None = None, gemeente: str | None = None,
              taal: str | None = None) -> tuple[str, list[dict]]:
        return self._run(lambda client: client.start_test(peildatum, gemeente, taal))

    def say(self, session_id: str, text: str) -> dict:
        return self._run(lambda client: client.say(session_id, text))

    def erase(self, session_id: str) -> None:
        self._run(lambda client: client.erase(session_id))

    def overzicht(self, session_id: str, formaat: str = "pdf") -> bytes:
        return self._run(lambda client: client.overzicht(session_id, formaat))
