"""Reading the tracker for knowledge/: what each calculator form's ``invoer`` shares."""
from __future__ import annotations

from decimal import Decimal

from rasa_sdk import Tracker

from actions.context import gemeente_code, peildatum
from actions.rekenhulp import ONBEKEND, kind_leeftijd_voor_berekening
from knowledge.geld import euro


def geld(value: float) -> str:
    return euro(Decimal(str(value)))


def known(tracker: Tracker, slot: str):
    value = tracker.get_slot(slot)
    return None if value == ONBEKEND else value


def optional(tracker: Tracker, slot: str) -> dict:
    """``{slot: value}`` when the answer is known, else nothing (knowledge/ then leaves it out)."""
    value = known(tracker, slot)
    return {} if value is None else {slot: value}


def basis(tracker: Tracker, gemeente: bool = True) -> dict:
    """The peildatum and (for a calculator with gemeente rules) the person's gemeente."""
    uit = {"peildatum": peildatum(tracker).isoformat()}
    return {**uit, "gemeente": gemeente_code(tracker)} if gemeente else uit


def persoon(tracker: Tracker) -> dict:
    """Age and how a person lives ("onbekend" lets knowledge/ state its assumption)."""
    return {"leeftijd": tracker.get_slot("leeftijd"), "leefsituatie": tracker.get_slot("leefsituatie") or ONBEKEND}


def kind(tracker: Tracker) -> dict:
    """The youngest child's age, if known (an age group counts as its lowest age)."""
    return {k: kind_leeftijd_voor_berekening(v) for k, v in optional(tracker, "jongste_kind_leeftijd").items()}
