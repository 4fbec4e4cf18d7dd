"""Read response texts from the Rasa domain files in bot/domain/.

All user-facing text lives there, also the few messages the gateway itself
sends when Rasa cannot answer, so a reviewer reads every text in one place.

A response has its "u" text first, without a condition. A text that addresses
the reader also has a "je" variation, for gemeenten with `aanspreekvorm: je`:

    utter_x:
      - text: Wat wilt u weten?
      - condition: [{type: slot, name: aanspreekvorm, value: je}]
        text: Wat wil je weten?

Rasa picks the variation by the `aanspreekvorm` slot; `variant()` makes the
same choice for texts the gateway, the widget and the actions read themselves.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from wegwijs.settings import ROOT

DOMAIN_DIR = ROOT / "bot" / "domain"
SLOT = "aanspreekvorm"
DEFAULT = "u"


@lru_cache(maxsize=1)
def all_responses(directory: Path = DOMAIN_DIR) -> dict[str, list[dict]]:
    responses: dict[str, list[dict]] = {}
    for path in sorted(directory.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        responses.update(data.get("responses") or {})
    return responses


def aanspreekvorm_of(variation: dict) -> str:
    """The aanspreekvorm a variation is for: "u" without a condition, else the slot value it asks for."""
    for condition in variation.get("condition") or []:
        if condition.get("type") == "slot" and condition.get("name") == SLOT:
            return str(condition.get("value"))
    return DEFAULT


def variant(variations: list[dict], aanspreekvorm: str = DEFAULT) -> dict:
    """The variation for this aanspreekvorm, as Rasa's NLG picks it: a variation whose
    condition matches, else the first one without a condition (the "u" text)."""
    if aanspreekvorm != DEFAULT:
        for variation in variations:
            if variation.get("condition") and aanspreekvorm_of(variation) == aanspreekvorm:
                return variation
    return next((v for v in variations if not v.get("condition")), variations[0])


def response_text(name: str, aanspreekvorm: str = DEFAULT, **values: str) -> str:
    """The text of a response for this aanspreekvorm ("u" or "je"), with `{placeholders}` filled in.

    Callers that know the gemeente pass `aanspreekvorm=gemeente.aanspreekvorm`.
    """
    return response_message(name, aanspreekvorm, **values)["text"]


def response_message(name: str, aanspreekvorm: str = DEFAULT, **values: str) -> dict:
    """A response as the gateway API gives a message: {"text", "buttons": [{"title", "payload"}]}."""
    variants = all_responses().get(name)
    if not variants:
        raise KeyError(f"response {name!r} not found in {DOMAIN_DIR}")
    chosen = variant(variants, aanspreekvorm)
    text = chosen["text"]
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    buttons = [{"title": str(b["title"]), "payload": str(b["payload"])} for b in chosen.get("buttons") or []]
    return {"text": text, "buttons": buttons}


@lru_cache(maxsize=1)
def button_payloads() -> frozenset[str]:
    """Every payload a button of the domain can send."""
    return frozenset(
        str(button["payload"])
        for variations in all_responses().values()
        for variation in variations
        for button in variation.get("buttons") or []
        if button.get("payload")
    )
