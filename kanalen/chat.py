"""`wegwijs chat`: a conversation in the terminal, through the gateway API.

Buttons are shown as numbered choices; type the number to choose one.
"""

from __future__ import annotations

import textwrap
from typing import Callable

from kanalen.client import Gateway, GatewayError
from wegwijs.protocol import ERASED_KEY

QUIT_WORDS = {"stop", "/stop", "exit", "quit"}


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
    gateway = Gateway(base_url)
    try:
        session_id, messages = gateway.create()
    except GatewayError as error:
        write(f"Kan Wegwijs niet bereiken op {base_url}: {error.message or 'geen verbinding'}")
        write("Draait Wegwijs? Start het met: make run")
        return 1
    buttons = show(messages, write)
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
            reply = gateway.say(session_id, text)
        except GatewayError as error:
            # The gateway's own kind text; none when the connection is gone.
            if error.status is None:
                write("Wegwijs: De verbinding is weg. Probeer het zo opnieuw.")
            else:
                write(f"Wegwijs: {error.message or f'HTTP {error.status}'}")
            continue
        buttons = show(reply["messages"], write)
        if reply.get(ERASED_KEY):
            return 0
