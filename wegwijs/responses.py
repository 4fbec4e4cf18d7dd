"""Read response texts from the Rasa domain files in bot/domain/.

All user-facing text lives there, also the few messages the gateway itself
sends when Rasa cannot answer, so a reviewer reads every text in one place.

A response has its standard text (variant "nl-u") first, without a condition.
A text in another variant (knowledge/varianten.py) has a condition on the slot
`variant`; "nl-je" is for gemeenten with `aanspreekvorm: je`:

    utter_x:
      - text: Wat wilt u weten?
      - condition: [{type: slot, name: variant, value: nl-je}]
        text: Wat wil je weten?

Rasa picks the variation by the `variant` slot; `variation_for()` makes the
same choice for texts the gateway, the widget, Telegram and the actions read
themselves, with the one fallback rule of knowledge/varianten.py (a nl-je
response without a nl-je text gives the nl-u text).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import yaml

from knowledge import varianten
from wegwijs.settings import ROOT

DOMAIN_DIR = ROOT / "bot" / "domain"
SLOT = "variant"
DEFAULT = varianten.STANDAARD


@lru_cache(maxsize=1)
def all_responses(directory: Path = DOMAIN_DIR) -> dict[str, list[dict]]:
    responses: dict[str, list[dict]] = {}
    for path in sorted(directory.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        responses.update(data.get("responses") or {})
    return responses


def variant_of(variation: dict) -> str:
    """The variant a variation is for: "nl-u" without a condition, else the `variant` slot value it asks for."""
    for condition in variation.get("condition") or []:
        if condition.get("type") == "slot" and condition.get("name") == SLOT:
            return str(condition.get("value"))
    return DEFAULT


def variation_for(variations: list[dict], variant: str = DEFAULT) -> dict:
    """The variation for this variant, as Rasa's NLG picks it: the variant's own variation,
    else the one of its fallback (varianten.volgorde); nl-u is the one without a condition."""
    eigen = {}
    for variation in variations:
        eigen.setdefault(variant_of(variation), variation)
    return eigen[varianten.kies(variant, lambda v: v in eigen)]


def response_text(name: str, variant: str = DEFAULT, **values: str) -> str:
    """The text of a response in this variant ("nl-u", "nl-je"), with `{placeholders}` filled in.

    Callers that know the gemeente pass `variant=gemeente.variant`.
    """
    return response_message(name, variant, **values)["text"]


def response_message(name: str, variant: str = DEFAULT, **values: str) -> dict:
    """A response as the gateway API gives a message: {"text", "buttons": [{"title", "payload"}]}."""
    variants = all_responses().get(name)
    if not variants:
        raise KeyError(f"response {name!r} not found in {DOMAIN_DIR}")
    chosen = variation_for(variants, variant)
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


def as_title(text: str) -> str:
    """A button title or a typed text the way they are compared: lower case, without punctuation."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


@lru_cache(maxsize=1)
def button_titles() -> dict[str, frozenset[str]]:
    """Every payload of the domain with the titles (as_title) its buttons show, in every variant."""
    titles: dict[str, set[str]] = defaultdict(set)
    for variations in all_responses().values():
        for variation in variations:
            for button in variation.get("buttons") or []:
                if button.get("payload") and button.get("title"):
                    titles[str(button["payload"])].add(as_title(str(button["title"])))
    return {payload: frozenset(found) for payload, found in titles.items()}
