"""The optional fields of a bot message (gateway API, BotMessage): meer_uitleg, links, overzicht.

An action sends them with the message they belong to, as its custom part
(`dispatcher.utter_message(..., json_message=extra(...))`); a domain response
can carry the same part under `custom:`. gateway/rasa_client.py merges it
into the message and lets only tel:, mailto: and https: links through.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.context import template_values, variant
from wegwijs.protocol import BERICHT_EXTRA
from wegwijs.responses import variation_for


class Teksten:
    """The texts of one conversation: its variant, its values, the domain's responses."""

    def __init__(self, domain: dict, tracker: Tracker):
        self.responses = domain["responses"]
        self.variant = variant(tracker)
        self.values = template_values(tracker)

    def variation(self, name: str) -> dict:
        return variation_for(self.responses[name], self.variant)

    def __call__(self, name: str, **values: Any) -> str:
        return self.variation(name)["text"].format(**{**self.values, **values})

    def buttons(self, name: str) -> list[dict]:
        return [dict(b) for b in self.variation(name).get("buttons") or []]


def uitleg(kop: str, tekst: str) -> dict[str, str]:
    return {"kop": kop, "tekst": tekst}


def link(titel: str, url: str) -> dict[str, str]:
    return {"titel": titel, "url": url}


def extra(meer_uitleg: list[dict] | None = None, links: list[dict] | None = None,
          overzicht: bool = False) -> dict:
    """The custom part of one message; parts without text and links without url are left out."""
    fields: dict = {}
    parts = [p for p in meer_uitleg or [] if p["tekst"]]
    if parts:
        fields["meer_uitleg"] = parts
    good_links = [item for item in links or [] if item["url"]]
    if good_links:
        fields["links"] = good_links
    if overzicht:
        fields["overzicht"] = True
    return {BERICHT_EXTRA: fields}
