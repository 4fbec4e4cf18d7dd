"""What the calculators assume when an answer is not known, each with its aanname text."""
from __future__ import annotations

from ..invoer import ONBEKEND
from ..uitleg import Berekening

LEEFSITUATIE_ONBEKEND = "alleenstaande"
GIFT_SOORT_ONBEKEND = "geld"


def leefsituatie(ber: Berekening, gegeven: str) -> str:
    """How a person lives; "onbekend": as if alone, and the result says so."""
    if gegeven != ONBEKEND:
        return gegeven
    ber.aanname("aanname.leefsituatie_onbekend")
    return LEEFSITUATIE_ONBEKEND


def gift(ber: Berekening, g: dict) -> dict:
    """A gift whose kind or date was not known: as money, on the peildatum; the result says so."""
    if g["soort"] == ONBEKEND:
        ber.aanname("aanname.gift_soort_onbekend")
        g = {**g, "soort": GIFT_SOORT_ONBEKEND}
    if g["datum"] == ONBEKEND:
        ber.aanname("aanname.gift_datum_onbekend")
        g = {**g, "datum": ber.peildatum}
    return g
