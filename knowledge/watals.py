"""'Wat als': the same question on the given peildatum and under the rules of
1 January 2027, and the effect of €100 more income (or one more gift)."""
from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal
from typing import Any, Callable

from . import loader
from .geld import euro
from .invoer import controleer, een_datum
from .teksten import datum, tekst

VERGELIJK = {
    "bijverdienvrijlating": ("vrijlating_per_maand", "aanvullende_bijstand", "totaal_inkomen", "bijstandsnorm"),
    "giftenruimte": ("grens", "meetellend", "ruimte_over", "overschreden_met"),
    "bijstandsnorm": ("norm",),
    "participatieplicht": (),
}


def _jaar_later(d: date, jaren: int) -> date:
    jaar = d.year + jaren
    return d.replace(year=jaar, day=min(d.day, calendar.monthrange(jaar, d.month)[1]))


def _naar_nieuwe_regels(calculator: str, invoer: dict, peildatum: date, nieuw: date) -> dict:
    """The same situation, moved to the first day of the new rules."""
    uit = dict(invoer)
    if calculator == "giftenruimte":
        jaren = nieuw.year - peildatum.year
        uit["peildatum"] = _jaar_later(peildatum, jaren).isoformat()
        uit["giften"] = [{**g, "datum": _jaar_later(een_datum(g["datum"], "datum"), jaren).isoformat()}
                         for g in invoer["giften"]]
        return uit
    verschuiving = nieuw - peildatum
    uit["peildatum"] = nieuw.isoformat()
    for veld in ("start_werk", "geboortedatum"):
        if calculator == "bijverdienvrijlating" and invoer.get(veld) is not None:
            uit[veld] = (een_datum(invoer[veld], veld) + verschuiving).isoformat()
    return uit


def _meer(calculator: str, invoer: dict, peildatum: date, extra: Decimal) -> dict | None:
    if calculator == "bijverdienvrijlating":
        bedrag = Decimal(str(invoer["netto_inkomsten_per_maand"])) + extra
        return {**invoer, "netto_inkomsten_per_maand": float(bedrag)}
    if calculator == "giftenruimte":
        gift = {"datum": peildatum.isoformat(), "bedrag": float(extra), "soort": "geld"}
        return {**invoer, "giften": [*invoer["giften"], gift]}
    return None


def _verschil(calculator: str, a: dict, b: dict) -> dict[str, float | None]:
    uit = {}
    for veld in VERGELIJK[calculator]:
        if a.get(veld) is None or b.get(veld) is None:
            uit[veld] = None
        else:
            uit[veld] = round(b[veld] - a[veld], 2)
    if calculator == "participatieplicht":
        uit["tegenprestatie"] = f"{a['regime']} -> {b['regime']}"
    return uit


def _bedrag(waarde: float | None) -> str:
    return tekst("feiten.giftengrens_gemeente_beslist") if waarde is None else euro(Decimal(str(waarde)))


def _zin(calculator: str, soort: str, nu: dict, nieuw: dict, verschil: dict, peildatum: date,
         extra: Decimal) -> str:
    velden = {k: euro(Decimal(str(v))) for k, v in verschil.items() if isinstance(v, float)}
    for veld in VERGELIJK[calculator]:
        velden[f"nu_{veld}"] = _bedrag(nu.get(veld))
        velden[f"nieuw_{veld}"] = _bedrag(nieuw.get(veld))
    return tekst(f"watals.{calculator}.{soort}", peildatum=datum(peildatum), extra=euro(extra), **velden)


def watals(calculator: str, invoer: dict[str, Any], bereken: Callable[[str, dict], dict]) -> dict:
    """Compare the result now, under the rules of 2027, and with €100 more."""
    controleer(calculator, invoer)
    nu = bereken(calculator, invoer)
    peildatum = date.fromisoformat(nu["peildatum"])
    nieuw = loader.regime_ingangsdatum("bijverdienen.regime", "artikel_34a")
    extra = loader.parameters()["watals.extra_inkomsten"].periodes[-1].waarde
    uit: dict[str, Any] = {"calculator": calculator, "peildatum": nu["peildatum"], "nu": nu}
    zinnen = []
    if peildatum < nieuw:
        later = bereken(calculator, _naar_nieuwe_regels(calculator, invoer, peildatum, nieuw))
        uit["regels_2027"] = later
        uit["verschil_regels_2027"] = _verschil(calculator, nu, later)
        zinnen.append(_zin(calculator, "regels_2027", nu, later, uit["verschil_regels_2027"], nieuw, extra))
    else:
        uit["regels_2027"] = None
        uit["verschil_regels_2027"] = None
        zinnen.append(tekst("watals.al_nieuwe_regels", datum=datum(nieuw)))
    meer_invoer = _meer(calculator, invoer, peildatum, extra)
    if meer_invoer is not None:
        meer = bereken(calculator, meer_invoer)
        uit["meer"] = meer
        uit["extra"] = float(extra)
        uit["verschil_meer"] = _verschil(calculator, nu, meer)
        zinnen.append(_zin(calculator, "meer", nu, meer, uit["verschil_meer"], peildatum, extra))
    else:
        uit["meer"] = uit["extra"] = uit["verschil_meer"] = None
    uit["uitleg"] = " ".join(zinnen)
    return uit
