"""What the calculators assume when an answer is not known, each with its aanname text."""
from __future__ import annotations

from ..invoer import ONBEKEND
from ..uitleg import Berekening

LEEFSITUATIE_ONBEKEND = "alleenstaande"
GIFT_SOORT_ONBEKEND = "geld"


def leefsituatie(ber: Berekening, gegeven: str, met_huisgenoten: bool = False) -> str:
    """How a person lives; "onbekend": as if alone, and the result says so. With housemates "as if you live
    alone" would contradict them: then as if without a partner."""
    if gegeven != ONBEKEND:
        return gegeven
    ber.aanname("aanname.partner_onbekend" if met_huisgenoten else "aanname.leefsituatie_onbekend")
    return LEEFSITUATIE_ONBEKEND


def leeftijd_volwassen(ber: Berekening, gegeven: int | str) -> int:
    """A person's age; "onbekend": as an adult (the age of the volwassenennorm) under the AOW age, and the
    result says so."""
    if gegeven != ONBEKEND:
        return gegeven
    grens = ber.waarde("leeftijd.volwassenennorm")
    ber.aanname("aanname.leeftijd_onbekend_norm", grens=grens)
    return grens


def gift(ber: Berekening, g: dict) -> dict:
    """A gift whose kind or date was not known: as money, on the peildatum; the result says so."""
    if g["soort"] == ONBEKEND:
        ber.aanname("aanname.gift_soort_onbekend")
        g = {**g, "soort": GIFT_SOORT_ONBEKEND}
    if g["datum"] == ONBEKEND:
        ber.aanname("aanname.gift_datum_onbekend")
        g = {**g, "datum": ber.peildatum}
    return g
