"""The checks that the input schemas of the calculators are built from.

Each calculator declares its ``SCHEMA`` in its own module (``berekeningen/``)
with the checks below; ``berekeningen.controleer`` applies it.

Unknown fields are refused, not ignored. Every error is an ``InvoerFout`` with
the field (``veld``) and a Dutch message (``fout``) from ``teksten.yml``.
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from . import loader
from .gemeenten import LEEFSITUATIES, bekende_gemeenten, gemeente
from .geld import CENT, NUL, euro
from .teksten import datum, tekst

DATUM_PATROON = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class InvoerFout(ValueError):
    """Invalid input: ``veld`` names the field, ``fout`` says in Dutch what is wrong."""

    def __init__(self, veld: str | None, fout: str):
        super().__init__(f"{veld}: {fout}")
        self.veld = veld
        self.fout = fout

    def als_dict(self) -> dict:
        return {"fout": self.fout, "veld": self.veld}


def fout(veld: str | None, sleutel: str, **velden: object) -> InvoerFout:
    return InvoerFout(veld, tekst(f"fout.{sleutel}", veld=veld, **velden))


grens = loader.meta


Controle = Callable[[Any, str], Any]


# -- simple values ------------------------------------------------------------
def een_datum(waarde: Any, veld: str) -> date:
    if isinstance(waarde, date):
        return waarde
    if not isinstance(waarde, str) or not DATUM_PATROON.match(waarde):
        raise fout(veld, "geen_datum")
    try:
        return date.fromisoformat(waarde)
    except ValueError:
        raise fout(veld, "geen_datum") from None


def een_peildatum(waarde: Any, veld: str) -> date:
    d = een_datum(waarde, veld)
    eerste, laatste = grens("wegwijs.eerste_peildatum"), grens("wegwijs.laatste_peildatum")
    if not eerste <= d <= laatste:
        raise fout(veld, "peildatum_buiten_bereik", van=datum(eerste), tot=datum(laatste))
    return d


def een_getal(waarde: Any, veld: str) -> Decimal:
    if isinstance(waarde, bool) or not isinstance(waarde, (int, float, Decimal)):
        raise fout(veld, "geen_getal")
    try:
        getal = waarde if isinstance(waarde, Decimal) else Decimal(repr(waarde))
    except InvalidOperation:
        raise fout(veld, "geen_getal") from None
    if not getal.is_finite():
        raise fout(veld, "geen_getal")
    return getal


def een_bedrag(waarde: Any, veld: str) -> Decimal:
    bedrag = een_getal(waarde, veld)
    if bedrag < NUL:
        raise fout(veld, "bedrag_negatief")
    if bedrag > grens("invoer.maximum_bedrag"):
        raise fout(veld, "bedrag_te_hoog", maximum=euro(grens("invoer.maximum_bedrag")))
    if bedrag != bedrag.quantize(CENT):
        raise fout(veld, "bedrag_centen")
    return bedrag.quantize(CENT)


def geheel_getal(minimum: str | int, maximum: str) -> Controle:
    """An integer from ``minimum`` to ``maximum`` (numbers or names of limits)."""
    def controle(waarde: Any, veld: str) -> int:
        if type(waarde) is not int:
            getal = een_getal(waarde, veld)
            if getal != getal.to_integral_value():
                raise fout(veld, "geen_geheel_getal")
            waarde = int(getal)
        laag = grens(minimum) if isinstance(minimum, str) else minimum
        hoog = grens(maximum)
        if not laag <= waarde <= hoog:
            raise fout(veld, "buiten_bereik", minimum=laag, maximum=hoog)
        return waarde
    return controle


LEEFTIJD = geheel_getal(0, "invoer.maximum_leeftijd")
AANTAL = geheel_getal(0, "invoer.maximum_regels")


def kind_leeftijd(waarde: Any, veld: str) -> int:
    leeftijd = LEEFTIJD(waarde, veld)
    if leeftijd >= grens("invoer.maximum_kind_leeftijd"):
        raise fout(veld, "geen_kind", maximum=grens("invoer.maximum_kind_leeftijd"))
    return leeftijd


def uren(waarde: Any, veld: str) -> Decimal:
    getal = een_getal(waarde, veld)
    if not NUL <= getal <= grens("invoer.maximum_uren_per_week"):
        raise fout(veld, "buiten_bereik", minimum=0, maximum=grens("invoer.maximum_uren_per_week"))
    return getal


def ja_nee(waarde: Any, veld: str) -> bool:
    if not isinstance(waarde, bool):
        raise fout(veld, "geen_ja_nee")
    return waarde


def een_tekst(waarde: Any, veld: str) -> str:
    if not isinstance(waarde, str):
        raise fout(veld, "geen_tekst")
    return waarde


def keuze(opties: tuple[str, ...]) -> Controle:
    def controle(waarde: Any, veld: str) -> str:
        if waarde not in opties:
            raise fout(veld, "geen_keuze", keuzes=", ".join(opties))
        return waarde
    return controle


def een_gemeente(waarde: Any, veld: str):
    naam = een_tekst(waarde, veld)
    g = gemeente(naam)
    if g is None:
        raise fout(veld, "onbekende_gemeente", naam=naam, bekend=", ".join(bekende_gemeenten()))
    return g


# -- structure ----------------------------------------------------------------
Schema = dict[str, tuple[Controle, bool]]


def object_volgens(schema: Schema, waarde: Any, pad: str = "") -> dict:
    """Check a JSON object against ``schema``; missing optional fields become None."""
    if not isinstance(waarde, dict):
        raise fout(pad or None, "geen_object")
    for sleutel in waarde:
        if sleutel not in schema:
            raise fout(f"{pad}{sleutel}", "onbekend_veld", toegestaan=", ".join(schema))
    uit = {}
    for sleutel, (controle, verplicht) in schema.items():
        veld = f"{pad}{sleutel}"
        if sleutel not in waarde or waarde[sleutel] is None:
            if verplicht:
                raise fout(veld, "ontbreekt")
            uit[sleutel] = None
            continue
        uit[sleutel] = controle(waarde[sleutel], veld)
    return uit


def object_van(schema: Schema) -> Controle:
    """A nested JSON object checked against ``schema``."""
    def controle(waarde: Any, veld: str) -> dict:
        return object_volgens(schema, waarde, f"{veld}.")
    return controle


def lijst_van(schema: Schema) -> Controle:
    def controle(waarde: Any, veld: str) -> list[dict]:
        if not isinstance(waarde, list):
            raise fout(veld, "geen_lijst")
        if len(waarde) > grens("invoer.maximum_regels"):
            raise fout(veld, "te_veel", maximum=grens("invoer.maximum_regels"))
        return [object_volgens(schema, item, f"{veld}[{i}].") for i, item in enumerate(waarde)]
    return controle


def leeftijd_bijstand(waarde: Any, veld: str) -> int:
    leeftijd = LEEFTIJD(waarde, veld)
    minimum = grens("leeftijd.minimum_bijstand")
    if leeftijd < minimum:
        raise fout(veld, "te_jong", minimum=minimum)
    return leeftijd


# Every calculator's input starts with these two fields.
BASIS: Schema = {
    "peildatum": (een_peildatum, True),
    "gemeente": (een_gemeente, False),
}

LEEFSITUATIE = keuze(LEEFSITUATIES)

# An answer the person did not know. Only fields that say so accept it; the
# calculator then assumes something and the result says what (``aannames``).
ONBEKEND = "onbekend"


def of_onbekend(controle: Controle) -> Controle:
    """``controle``, or the word ``"onbekend"`` for an answer that is not known."""
    def of(waarde: Any, veld: str) -> Any:
        return ONBEKEND if waarde == ONBEKEND else controle(waarde, veld)
    return of
