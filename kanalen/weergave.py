"""How the text channels (Telegram, the terminal) show a message's links.

A link is {"titel", "url"} with a tel:, mailto: or https: url (gateway API,
BotMessage). Where a channel cannot make a button of it, it shows the title
and what to dial or mail.
"""

from __future__ import annotations

import re

SCHEMES_AS_TEXT = ("tel:", "mailto:")


def address(url: str) -> str:
    """What to dial, mail or open: 'tel:08000113' -> '08000113', 'mailto:a@b.nl' -> 'a@b.nl'."""
    for scheme in SCHEMES_AS_TEXT:
        if url.startswith(scheme):
            return url[len(scheme):]
    return url


def link_line(link: dict) -> str:
    """'Stuur een e-mail: info@x.nl'; just the title when it shows the number already ('Bel de gemeente (14 0000)')."""
    shown = address(link["url"])
    if link["url"].startswith("tel:") and digits(shown) in digits(link["titel"]):
        return link["titel"]
    return f"{link['titel']}: {shown}"


def digits(text: str) -> str:
    return re.sub(r"\D", "", text) or "-"
