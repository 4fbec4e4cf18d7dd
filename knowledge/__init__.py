"""Wegwijs knowledge: the rules of the Participatiewet as small, sourced functions.

Public API::

    bereken(calculator, invoer, variant="nl-u") -> dict   # same JSON-able dict as the CLI
    watals(calculator, invoer, variant="nl-u") -> dict    # now vs. rules of 2027 vs. €100 more
    feiten(peildatum, gemeente=None) -> dict[str, str]   # Dutch display texts for responses
    waarde(naam, peildatum) -> number | None  # a parameter's value, e.g. waarde("leeftijd.aow_jaren", d)
    InvoerFout                              # .veld and .fout (Dutch)
    ONBEKEND                                # "onbekend": an answer not known, where a field allows it
    bronnen.bron(sleutel, peildatum)        # {titel, url}
    BEREKENINGEN                            # the calculator names
"""
from __future__ import annotations

from typing import Any

from . import bronnen
from .berekeningen import BEREKENINGEN as _BEREKENINGEN
from .berekeningen import berekening, controleer
from .feiten import feiten, waarde
from .invoer import ONBEKEND, InvoerFout
from .teksten import met_variant
from .varianten import STANDAARD
from .watals import watals as _watals

BEREKENINGEN = tuple(_BEREKENINGEN)

__all__ = ["bereken", "watals", "feiten", "waarde", "InvoerFout", "ONBEKEND", "bronnen", "BEREKENINGEN"]


def bereken(calculator: str, invoer: dict[str, Any], variant: str = STANDAARD) -> dict:
    """Run ``calculator`` on ``invoer`` (a JSON object as dict).

    Raises ``InvoerFout`` for invalid input. The result has the outcome, ``uitleg``,
    ``stappen``, ``aannames`` and ``bronnen``. Its texts (and the ``fout`` of an
    ``InvoerFout``) are in ``variant`` (knowledge/varianten.py): "nl-u", or "nl-je".
    """
    with met_variant(variant):
        return berekening(calculator).bereken(controleer(calculator, invoer))


def watals(calculator: str, invoer: dict[str, Any], variant: str = STANDAARD) -> dict:
    """The result now, under the rules of 1 January 2027, and with €100 more."""
    with met_variant(variant):
        return _watals(calculator, invoer, lambda c, i: bereken(c, i, variant))


