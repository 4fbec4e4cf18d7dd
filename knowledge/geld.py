"""Exact money: Decimal amounts, rounded to whole cents only where the law rounds."""
from __future__ import annotations

import functools
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from . import varianten
from .loader import meta
from .teksten import huidige_variant

CENT = Decimal(1).scaleb(-2)
NUL = Decimal(0)
HONDERD = Decimal(100)


def centen(bedrag: Decimal) -> Decimal:
    """Round to whole cents, half up (the usual rounding of bijstand amounts)."""
    return bedrag.quantize(CENT, rounding=ROUND_HALF_UP)


def deel(percentage: Decimal, bedrag: Decimal) -> Decimal:
    """``percentage`` % of ``bedrag``, rounded to cents."""
    return centen(bedrag * percentage / HONDERD)


def als_getal(bedrag: Decimal | None) -> float | None:
    """A JSON number in euros with at most 2 decimals."""
    return None if bedrag is None else float(centen(bedrag))


def _engels(variant: str | None) -> bool:
    """Whether numbers are written the English way: the variant given, else the one texts render in now."""
    return varianten.taal_van(variant or huidige_variant()) == "en"


def euro(bedrag: Decimal, variant: str | None = None) -> str:
    """Dutch style '€ 1.419,46' and '€ 1.200'; English style (variant "en") '€1,419.46' and '€1,200'.

    Without ``variant``, the variant texts render in now (``met_variant``), so an amount inside
    an English calculation, response or overzicht is English."""
    return _euro(bedrag, _engels(variant))


@functools.lru_cache(maxsize=int(meta("wegwijs.geheugen_per_regel")))
def _euro(bedrag: Decimal, engels: bool) -> str:
    bedrag = centen(bedrag)
    negatief = bedrag < 0
    bedrag = abs(bedrag)
    if bedrag == bedrag.to_integral_value():
        tekst = f"{int(bedrag):,}"
    else:
        tekst = f"{bedrag:,.2f}"
    if engels:
        return ("-" if negatief else "") + "€" + tekst
    return ("- " if negatief else "") + "€ " + _nederlandse_cijfers(tekst)


def _nederlandse_cijfers(tekst: str) -> str:
    """'1,200.50' -> '1.200,50'."""
    return tekst.replace(",", "_").replace(".", ",").replace("_", ".")


def procent(percentage: Decimal, variant: str | None = None) -> str:
    """'25%', '12,5%' (English: '12.5%')."""
    tekst = format(percentage.normalize(), "f")
    return (tekst if _engels(variant) else _nederlandse_cijfers(tekst)) + "%"


def getal(waarde: Decimal | int, variant: str | None = None) -> str:
    """A plain number as text, without trailing zeros: '6', '4', '0,5' (English: '0.5')."""
    if isinstance(waarde, Decimal):
        tekst = format(waarde.normalize(), "f")
        return tekst if _engels(variant) else _nederlandse_cijfers(tekst)
    return str(waarde)


def iso(datum: date | None) -> str | None:
    return None if datum is None else datum.isoformat()
