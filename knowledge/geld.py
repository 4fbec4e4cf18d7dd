"""Exact money: Decimal amounts, rounded to whole cents only where the law rounds."""
from __future__ import annotations

import functools
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .loader import meta

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


@functools.lru_cache(maxsize=int(meta("wegwijs.geheugen_per_regel")))
def euro(bedrag: Decimal) -> str:
    """Dutch style: '€ 1.419,46'; whole euros as '€ 1.200'."""
    bedrag = centen(bedrag)
    teken = "- " if bedrag < 0 else ""
    bedrag = abs(bedrag)
    if bedrag == bedrag.to_integral_value():
        tekst = f"{int(bedrag):,}"
    else:
        tekst = f"{bedrag:,.2f}"
    return teken + "€ " + tekst.replace(",", "_").replace(".", ",").replace("_", ".")


def procent(percentage: Decimal) -> str:
    """'25%', '12,5%'."""
    tekst = format(percentage.normalize(), "f")
    return tekst.replace(".", ",") + "%"


def getal(waarde: Decimal | int) -> str:
    """A plain number as text, without trailing zeros: '6', '4'."""
    if isinstance(waarde, Decimal):
        return format(waarde.normalize(), "f").replace(".", ",")
    return str(waarde)


def iso(datum: date | None) -> str | None:
    return None if datum is None else datum.isoformat()
