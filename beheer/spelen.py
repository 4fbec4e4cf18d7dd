"""Play dialogue scripts through the gateway API (the path the widget takes), with the channels' client.

Test sessions go through the review API (/review/api/sessions/...) with the
tester's key: a tester has a rate limit of her own there, so a full run is
never refused (HTTP 429) by the limit meant for one person's address.
`own_assistant` starts a Wegwijs of its own on free ports when no --url is given.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import sys
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Callable

from kanalen import client
from kanalen.client import GatewayError
from wegwijs.dialogen.script import Script, ScriptFout, load_script
from wegwijs.dialogen.spelen import empty_result, speel, summary
from wegwijs.dialogen.versie import versie

SCRIPT_TIMEOUT_S = 90  # one reply of a script's turn; a calculator turn on a busy machine can take long
TEST_SESSIONS = client.TEST_SESSIONS


class Gateway(client.Gateway):
    """The blocking gateway client; with a tester key, messages and erasing go through the review API."""

    def say(self, session_id: str, text: str) -> dict:
        if not self.tester_token:
            return super().say(session_id, text)
        return self._expect(self.call("POST", f"{TEST_SESSIONS}/{session_id}/messages", {"text": text}), 200)

    def erase(self, session_id: str) -> None:
        if not self.tester_token:
            return super().erase(session_id)
        response = self.call("DELETE", f"{TEST_SESSIONS}/{session_id}")
        if response.status != 404:
            self._expect(response, 204)

    def tester(self) -> str:
        """The name that goes with the key; GatewayError with the page's own Dutch text when it does not work."""
        return self._expect(self.call("GET", "/review/api/ik"), 200)["naam"]

    @staticmethod
    def _expect(response: client.Response, status: int) -> dict:
        body = response.body if isinstance(response.body, dict) else {}
        if response.status != status:
            message = body.get("message")
            raise GatewayError(message, response.status, f"Wegwijs gaf een fout (HTTP {response.status}): {message or ''}")
        return body


class _Blocking:
    """A blocking gateway (or a test's fake) as the player wegwijs.dialogen.spelen expects."""

    def __init__(self, gateway):
        self.gateway = gateway

    async def start(self, peildatum, gemeente, **taal):
        return self.gateway.start(peildatum, gemeente, **taal)

    async def say(self, session_id, text):
        return self.gateway.say(session_id, text)

    async def erase(self, session_id):
        self.gateway.erase(session_id)


def play(script: Script, gateway, default_gemeente: str = "voorbeeldstad") -> dict:
    """Play one script; returns its result as a dict (for both reports)."""
    def once() -> dict:
        return asyncio.run(speel(script, _Blocking(gateway), (GatewayError,), default_gemeente))

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return once()
    # Called while an event loop runs in this thread (a test with a browser): a thread of its own.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(once).result()


def progress(done: int, total: int, title: str, stream=sys.stderr) -> None:
    width = 30
    filled = int(width * done / total) if total else width
    bar = "#" * filled + "." * (width - filled)
    line = f"[{bar}] {done}/{total} {title[:40]:<40}"
    if stream.isatty():  # one line that fills up
        stream.write("\r" + line + ("\n" if done == total else ""))
    else:  # a log (CI): one line per script
        stream.write(line.rstrip() + "\n")
    stream.flush()


def run_scripts(paths: list[Path], gateway, on_progress: Callable | None = progress) -> dict:
    """Load and play every script; a script that cannot be read fails with its error."""
    results = []
    for index, path in enumerate(paths):
        try:
            script = load_script(path)
        except ScriptFout as error:
            results.append(empty_result(str(path), path.stem, fout=str(error)))
        else:
            if on_progress:
                on_progress(index, len(paths), script.titel)
            results.append(play(script, gateway))
    if on_progress:
        on_progress(len(paths), len(paths), "klaar")
    return summary(results, datetime.now().isoformat(timespec="seconds"), **versie())


# ---------------------------------------------------------------- own assistant


@contextmanager
def own_assistant(var_dir: Path, timeout_s: float = 300):
    """Start `wegwijs run` on free ports with its own var/ folder; yields (url, tester token)."""
    from wegwijs import instance
    from wegwijs.settings import NO_LIMITS
    from wegwijs.testers import Testers, open_db

    settings = instance.on_free_ports(var_dir, **NO_LIMITS)  # scripts type faster than people
    var_dir.mkdir(parents=True, exist_ok=True)
    db = open_db(settings.gateway_db)
    token = Testers(db).add("dialogen")
    db.conn.close()
    try:
        with instance.running(settings, timeout_s):
            yield settings.gateway_url, token
    except instance.StartError:
        raise GatewayError(detail=f"Wegwijs startte niet op tijd; kijk in {var_dir / 'logs'}") from None
