"""When someone reaches the AOW age (Algemene Ouderdomswet, artikel 7a), from the dated parameters
``leeftijd.aow_jaren`` and ``leeftijd.aow_maanden``."""
from __future__ import annotations

from datetime import date

from . import loader
from .datums import plus_maanden
from .feiten import waarde

_NAMEN = ("leeftijd.aow_jaren", "leeftijd.aow_maanden")
_MAANDEN_PER_JAAR = 12


def _vans() -> list[date]:
    return [p.van for naam in _NAMEN for p in loader.parameters()[naam].periodes]


def laatst_bekend_jaar() -> int:
    """The last calendar year for which the parameters set the AOW age (the law sets it some years ahead)."""
    return max(_vans()).year


def aow_datum(geboortedatum: date) -> date | None:
    """The day on which someone born on ``geboortedatum`` reaches the AOW age: the first month in which their
    age equals the AOW age that holds then. None when that day is outside the years the parameters know
    (already passed before the first, or after the last year set)."""
    eerste = min(_vans())
    maanden = max(0, (eerste.year - geboortedatum.year) * _MAANDEN_PER_JAAR + eerste.month - geboortedatum.month)
    while (dag := plus_maanden(geboortedatum, maanden)).year <= laatst_bekend_jaar():
        jaren, extra = waarde(_NAMEN[0], dag), waarde(_NAMEN[1], dag)
        if jaren is not None and extra is not None and maanden == int(jaren) * _MAANDEN_PER_JAAR + int(extra):
            return dag
        maanden += 1
    return None
