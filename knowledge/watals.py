"""'Wat als': the same question on the given peildatum and under the rules of
1 January 2027, and the effect of €100 more income (or one more gift)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Callable

from . import loader
from .berekeningen import BEREKENINGEN, controleer
from .geld import euro
from .teksten import datum, tekst


def _verschil(calculator: str, a: dict, b: dict) -> dict[str, float | None]:
    berekening = BEREKENINGEN[calculator]
    uit = {}
    for veld in berekening.VERGELIJK:
        if a.get(veld) is None or b.get(veld) is None:
            uit[veld] = None
        else:
            uit[veld] = round(b[veld] - a[veld], 2)
    if hasattr(berekening, "verschil"):
        uit.update(berekening.verschil(a, b))
    return uit


def _bedrag(waarde: float | None) -> str:
    return tekst("feiten.giftengrens_gemeente_beslist") if waarde is None else euro(Decimal(str(waarde)))


def _zin(calculator: str, soort: str, nu: dict, nieuw: dict, verschil: dict, peildatum: date,
         extra: Decimal) -> str:
    velden = {k: euro(Decimal(str(v))) for k, v in verschil.items() if isinstance(v, float)}
    for veld in BEREKENINGEN[calculator].VERGELIJK:
        velden[f"nu_{veld}"] = _bedrag(nu.get(veld))
        velden[f"nieuw_{veld}"] = _bedrag(nieuw.get(veld))
    return tekst(f"watals.{calculator}.{soort}", peildatum=datum(peildatum), extra=euro(extra), **velden)


def watals(calculator: str, invoer: dict[str, Any], bereken: Callable[[str, dict], dict]) -> dict:
    """Compare the result now, under the rules of 2027, and with €100 more."""
    controleer(calculator, invoer)
    berekening = BEREKENINGEN[calculator]
    nu = bereken(calculator, invoer)
    peildatum = date.fromisoformat(nu["peildatum"])
    nieuw = loader.regime_ingangsdatum("bijverdienen.regime", "artikel_34a")
    extra = loader.parameters()["watals.extra_inkomsten"].periodes[-1].waarde
    uit: dict[str, Any] = {"calculator": calculator, "peildatum": nu["peildatum"], "nu": nu}
    zinnen = []
    if peildatum < nieuw:
        later = bereken(calculator, berekening.naar_nieuwe_regels(invoer, peildatum, nieuw))
        uit["regels_2027"] = later
        uit["verschil_regels_2027"] = _verschil(calculator, nu, later)
        zinnen.append(_zin(calculator, "regels_2027", nu, later, uit["verschil_regels_2027"], nieuw, extra))
    else:
        uit["regels_2027"] = None
        uit["verschil_regels_2027"] = None
        zinnen.append(tekst("watals.al_nieuwe_regels", datum=datum(nieuw)))
    meer_invoer = berekening.meer(invoer, peildatum, extra)
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
