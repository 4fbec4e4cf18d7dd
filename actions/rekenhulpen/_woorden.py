"""Small texts from the domain responses for the summary before computing ('alleen', '34 jaar')."""
from __future__ import annotations

from datetime import date
from typing import Any, Callable

from actions.rekenhulp import ONBEKEND
from knowledge.teksten import datum as datum_tekst
from knowledge.teksten import met_variant
from wegwijs.responses import DEFAULT, variation_for


def domain_text(domain: dict, response: str, variant: str) -> str:
    """The text of a domain response in this variant ("nl-u", "nl-je"), chosen as Rasa chooses it."""
    return variation_for(domain["responses"][response], variant)["text"]


def woord(domain: dict, name: str, variant: str = DEFAULT, **values: Any) -> str:
    """A small text from the domain responses, like 'alleen' or '34 jaar'."""
    text = domain_text(domain, f"utter_woord_{name}", variant)
    return text.format(**values) if values else text


class Woorden:
    """The words of one summary, in one variant (responses `utter_woord_*`)."""

    def __init__(self, domain: dict, variant: str):
        self.domain, self.variant = domain, variant

    def __call__(self, name: str, **values: Any) -> str:
        return woord(self.domain, name, self.variant, **values)

    def of_onbekend(self, value: Any, show: Callable[[Any], str]) -> str:
        """An answer as text; 'onbekend' for 'weet ik niet'; 'niet gevraagd' when this form did not ask it."""
        if value is None:
            return self("niet_gevraagd")
        return self("onbekend") if value == ONBEKEND else show(value)

    def datum(self, value: str) -> str:
        with met_variant(self.variant):  # "1 March 2026" in an English summary
            return datum_tekst(date.fromisoformat(value))
