"""Wie de bijstand uitvoert: artikel 47a Participatiewet (AIO via de SVB)."""
from __future__ import annotations

from ..uitleg import Berekening


def aow_leeftijd(ber: Berekening, leeftijd: int, partner_leeftijd: int | None = None) -> bool:
    """Whether the person or the partner has the AOW age (then the SVB pays: art. 47a)."""
    aow = ber.waarde("leeftijd.aow_jaren")
    return leeftijd >= aow or (partner_leeftijd is not None and partner_leeftijd >= aow)


def uitvoerder(aow: bool) -> str:
    """Artikel 47a: vanaf de AOW-leeftijd voert de SVB de bijstand uit (AIO), anders de gemeente."""
    return "svb" if aow else "gemeente"
