"""`wegwijs chat`: a conversation in the terminal, through the gateway API.

Buttons are shown as numbered choices; type the number to choose one. Links
(call numbers, e-mail, web pages) are shown under their message; an answer
with more explanation says "Meer uitleg: typ m", and m shows its parts.
"""

from __future__ import annotations

import textwrap
from typing import Callable

from kanalen.client import Gateway, GatewayError
from kanalen.weergave import link_line
from wegwijs.protocol import ERASED_KEY

QUIT_WORDS = {"stop", "/stop", "exit", "quit"}
MORE_WORD = "m"  # shows the "Meer uitleg" of the last answer that has it
INDENT = "         "


def show(messages: list[dict], write: Callable[[str], None], shown: dict | None = None) -> list[dict]:
    """Print the bot messages; returns the buttons of the last one.

    `shown` keeps the "Meer uitleg" of the latest message that has one, for `m`.
    """
    buttons: list[dict] = []
    for message in messages:
        write(textwrap.fill(message["text"], width=78, initial_indent="Wegwijs: ", subsequent_indent=INDENT))
        for link in message.get("links") or []:
            write(INDENT + link_line(link))
        if message.get("meer_uitleg"):
            write(f"{INDENT}Meer uitleg: typ {MORE_WORD}")
            if shown is not None:
                shown["meer_uitleg"] = message["meer_uitleg"]
        buttons = message.get("buttons") or []
        for number, button in enumerate(buttons, start=1):
            write(f"   {number}. {button['title']}")
    return buttons


def show_more(parts: list[dict], write: Callable[[str], None]) -> None:
    """The parts behind "Meer uitleg": each heading with its text, indented."""
    for part in parts:
        write(f"{INDENT}{part['kop']}")
        write(textwrap.fill(part["tekst"], width=78, initial_indent=INDENT + "  ", subsequent_indent=INDENT + "  "))


def chat(base_url: str, read: Callable[[str], str] = input, write: Callable[[str], None] = print) -> int:
    gateway = Gateway(base_url)
    try:
        session_id, messages = gateway.create()
    except GatewayError as error:
        write(f"Kan Wegwijs niet bereiken op {base_url}: {error.message or 'geen verbinding'}")
        write("Draait Wegwijs? Start het met: make run")
        return 1
    shown: dict = {}
    buttons = show(messages, write, shown)
    while True:
        try:
            text = read("U: ").strip()
        except (EOFError, KeyboardInterrupt):
            write("")
            return 0
        if text.lower() in QUIT_WORDS:
            return 0
        if text.lower() == MORE_WORD and shown.get("meer_uitleg"):
            show_more(shown["meer_uitleg"], write)
            continue
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
        buttons = show(reply["messages"], write, shown)
        if reply.get(ERASED_KEY):
            return 0
