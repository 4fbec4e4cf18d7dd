"""`wegwijs chat`: a conversation in the terminal, through the gateway API.

Buttons are shown as numbered choices; type the number to choose one.
"""

from __future__ import annotations

import json
import textwrap
import urllib.error
import urllib.request
from typing import Callable

from wegwijs.protocol import ERASED_KEY

QUIT_WORDS = {"stop", "/stop", "exit", "quit"}


class GatewayError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def call(method: str, url: str, body: dict | None = None) -> dict:
    data = json.dumps(body).encode("utf-8") if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            raw = response.read()
            return json.loads(raw) if raw else {}
    except urllib.error.HTTPError as error:
        try:
            message = json.loads(error.read()).get("message", "")
        except ValueError:
            message = ""
        raise GatewayError(error.code, message or f"HTTP {error.code}") from None


def show(messages: list[dict], write: Callable[[str], None]) -> list[dict]:
    """Print the bot messages; returns the buttons of the last one."""
    buttons: list[dict] = []
    for message in messages:
        write(textwrap.fill(message["text"], width=78, initial_indent="Wegwijs: ", subsequent_indent="         "))
        buttons = message.get("buttons") or []
        for number, button in enumerate(buttons, start=1):
            write(f"   {number}. {button['title']}")
    return buttons


def chat(base_url: str, read: Callable[[str], str] = input, write: Callable[[str], None] = print) -> int:
    try:
        session = call("POST", f"{base_url}/api/sessions", {})
    except (GatewayError, urllib.error.URLError) as error:
        write(f"Kan Wegwijs niet bereiken op {base_url}: {getattr(error, 'message', error)}")
        write("Draait Wegwijs? Start het met: make run")
        return 1
    messages_url = f"{base_url}/api/sessions/{session['session_id']}/messages"
    buttons = show(session["messages"], write)
    while True:
        try:
            text = read("U: ").strip()
        except (EOFError, KeyboardInterrupt):
            write("")
            return 0
        if text.lower() in QUIT_WORDS:
            return 0
        if text.isdigit() and 1 <= int(text) <= len(buttons):
            text = buttons[int(text) - 1]["payload"]
        try:
            reply = call("POST", messages_url, {"text": text})
        except GatewayError as error:
            write(f"Wegwijs: {error.message}")
            continue
        except urllib.error.URLError:
            write("Wegwijs: De verbinding is weg. Probeer het zo opnieuw.")
            continue
        buttons = show(reply["messages"], write)
        if reply.get(ERASED_KEY):
            return 0
