"""`wegwijs chat`: a conversation in the terminal, through the gateway API.

Buttons are shown as numbered choices; type the number to choose one. Links
(call numbers, e-mail, web pages) are shown under their message; an answer
with more explanation says "Meer uitleg: typ m", and m shows its parts.

The terminal's own texts (bot/domain/terminal.yml) are in the session's
language: the one asked for with --taal, and from a reply that switches it
("English please", an English first message: gateway API "taal") on, that one.
"""

from __future__ import annotations

import textwrap
from typing import Callable

from kanalen.client import Gateway, GatewayError
from kanalen.weergave import link_line
from wegwijs.gemeente import laad_gemeente
from wegwijs.protocol import ERASED_KEY
from wegwijs.responses import DEFAULT, response_text
from wegwijs.settings import Settings

QUIT_WORDS = {"stop", "/stop", "exit", "quit"}
MORE_WORD = "m"  # shows the "Meer uitleg" of the last answer that has it (the letter utter_terminal_meer_uitleg names)
INDENT = "         "


class Taal:
    """The language of the terminal's own texts: the session's, as the gemeente writes it (u or je)."""

    def __init__(self, gemeente: str | None = None, taal: str | None = None):
        self.gemeente = laad_gemeente(gemeente or Settings().gemeente)
        self.taal = taal

    @property
    def variant(self) -> str:
        return self.gemeente.variant_voor(self.taal)

    def text(self, response: str) -> str:
        return response_text(response, self.variant, **self.gemeente.template_values())

    def follow(self, reply: dict) -> None:
        """A reply that switched the session's language ("taal": "en" or "nl") switches these texts too."""
        if reply.get("taal") in ("nl", "en"):
            self.taal = reply["taal"]


def show(messages: list[dict], write: Callable[[str], None], shown: dict | None = None,
         more_hint: str | None = None) -> list[dict]:
    """Print the bot messages; returns the buttons of the last one.

    `shown` keeps the "Meer uitleg" of the latest message that has one, for `m`;
    `more_hint` is the line that says so, in the session's language.
    """
    buttons: list[dict] = []
    for message in messages:
        write(textwrap.fill(message["text"], width=78, initial_indent="Wegwijs: ", subsequent_indent=INDENT))
        for link in message.get("links") or []:
            write(INDENT + link_line(link))
        if message.get("meer_uitleg"):
            write(INDENT + (more_hint or response_text("utter_terminal_meer_uitleg", DEFAULT)))
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


def chat(base_url: str, read: Callable[[str], str] = input, write: Callable[[str], None] = print,
         taal: str | None = None, gemeente: str | None = None) -> int:
    """Talk until stop, end of input or an erased conversation; `taal` ("nl", "en") starts the session in it."""
    gateway = Gateway(base_url)
    eigen = Taal(gemeente, taal)
    try:
        session_id, messages = gateway.create(taal=taal)
    except GatewayError as error:
        write(eigen.text("utter_terminal_niet_bereikbaar"))
        write(f"({base_url}{': ' + error.message if error.message else ''})")
        return 1
    shown: dict = {}
    buttons = show(messages, write, shown, eigen.text("utter_terminal_meer_uitleg"))
    while True:
        try:
            text = read(eigen.text("utter_terminal_ik") + ": ").strip()
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
            # The gateway's own kind text; ours when the connection is gone.
            if error.status is None:
                write("Wegwijs: " + eigen.text("utter_terminal_verbinding_weg"))
            else:
                write(f"Wegwijs: {error.message or f'HTTP {error.status}'}")
            continue
        eigen.follow(reply)
        buttons = show(reply["messages"], write, shown, eigen.text("utter_terminal_meer_uitleg"))
        if reply.get(ERASED_KEY):
            return 0
