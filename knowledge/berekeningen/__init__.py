"""The calculators, one module each. A new calculator is a new module here.

Every module in this package (except those starting with ``_``) is a calculator
named after the module, and holds everything about it:

* ``SCHEMA``: its JSON input, built from the checks in ``invoer.py``;
* ``bereken(v)``: the calculation on checked input, a JSON-able result with the
  outcome, ``uitleg``, ``stappen``, ``aannames``, ``bronnen`` and ``hoofdbron``
  (the article the outcome rests on, a key of ``bronnen.yml``);
* for 'wat als' (``watals.py``): ``VERGELIJK`` (the outcome fields to compare),
  ``naar_nieuwe_regels(invoer, peildatum, nieuw)`` (the same situation under the
  new rules), ``meer(invoer, peildatum, extra)`` (the situation with ``extra`` more,
  or None) and optionally ``verschil(nu, ander)`` (more differences to show).

``BEREKENINGEN`` maps each name to its module; ``controleer`` checks input.
"""
from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import Any

from ..invoer import fout, object_volgens

BEREKENINGEN: dict[str, ModuleType] = {
    naam: importlib.import_module(f"{__name__}.{naam}")
    for _, naam, _ in sorted(pkgutil.iter_modules(__path__))
    if not naam.startswith("_")
}


def berekening(calculator: str) -> ModuleType:
    """The module of ``calculator``, or an ``InvoerFout`` naming the ones that exist."""
    try:
        return BEREKENINGEN[calculator]
    except (KeyError, TypeError):
        raise fout("calculator", "onbekende_berekening", naam=calculator,
                   keuzes=", ".join(BEREKENINGEN)) from None


def controleer(calculator: str, invoer: Any) -> dict:
    """The checked input of ``calculator`` or an ``InvoerFout``."""
    return object_volgens(berekening(calculator).SCHEMA, invoer)
