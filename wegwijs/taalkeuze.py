"""How a person chooses the language of a session (issue #15): a button, a typed request, Telegram's language.

* the widget's NL/EN button and the "Nederlands"/"English" buttons of a reply send
  the payload "/taal_nl" or "/taal_en";
* typed: "English please", "in English", "Nederlands graag", "in het Nederlands";
* Telegram: the user's `language_code` ("en", "en-GB" -> "en").

The gateway keeps the choice with the session and tells Rasa (TAAL_KIEZEN_PAYLOAD);
only the slot `variant` changes, every fact already given stays.
"""

from __future__ import annotations

import re

PAYLOADS = {"/taal_nl": "nl", "/taal_en": "en"}

_ENGELS = re.compile(
    r"^\s*(?:(?:can|could) (?:we|you) (?:speak|talk|write|answer) (?:in )?english|(?:in )?english,? please"
    r"|(?:please )?(?:speak|talk|write|answer) (?:in )?english(?: please)?|in english|english|engels(?: graag| alsjeblieft| aub)?"
    r"|in het engels(?: graag| alsjeblieft| aub)?|do you speak english"
    r"|(?:(?:can|could) (?:we|you) )?(?:please )?(?:continue|go on|carry on) in english(?: please)?"
    r"|(?:please )?(?:switch|change|go) (?:back )?(?:to|into) english(?: now)?(?: please)?"
    r"|(?:kun je|kan je|kunt u) (?:verder )?in het engels(?: verder)?|doe maar (?:in het )?engels)\s*[.!?]*\s*$",
    re.IGNORECASE,
)
_NEDERLANDS = re.compile(
    r"^\s*(?:(?:in het )?nederlands(?: graag| alsjeblieft| aub| please)?|dutch(?:,? please)?|in dutch(?: please)?"
    r"|(?:please )?(?:speak|write|answer) (?:in )?dutch(?: please)?|(?:kun je|kunt u|wil je|wilt u) "
    r"(?:in het )?nederlands (?:praten|spreken|schrijven)"
    r"|(?:(?:can|could) (?:we|you) )?(?:please )?(?:continue|go on|carry on) in dutch(?: please)?"
    r"|(?:please )?(?:switch|change|go) (?:back )?(?:to|into) dutch(?: now)?(?: please)?"
    r"|doe maar (?:weer )?(?:in het )?nederlands)\s*[.!?]*\s*$",
    re.IGNORECASE,
)


def gevraagde_taal(text: str) -> str | None:
    """"en" or "nl" when the message asks for that language (a button or a short typed request), else None."""
    if text in PAYLOADS:
        return PAYLOADS[text]
    if len(text) > 60:
        return None  # a question that mentions English is a question, not a choice
    if _ENGELS.match(text):
        return "en"
    if _NEDERLANDS.match(text):
        return "nl"
    return None


def taal_uit_telegram(language_code: str | None) -> str | None:
    """Telegram's `language_code` of the user: "en", "en-GB" -> "en"; "nl" -> "nl"; anything else None."""
    code = (language_code or "").lower()
    if code.startswith("en"):
        return "en"
    if code.startswith("nl"):
        return "nl"
    return None
