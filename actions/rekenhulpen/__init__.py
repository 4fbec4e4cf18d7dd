"""The calculator forms, one module each. A new calculator form is a new module here.

Every module in this package (except those starting with ``_``) describes one form:

* ``FORM``: the form in bot/domain/rekenhulp-*.yml; ``CALCULATOR``: its calculator in
  knowledge/; ``TOPIC``: the intent whose general answer fits it;
* ``SLOTS``: what it asks, in order;
* ``invoer(tracker)``: the input for knowledge/; ``uitkomst(result)``: the response
  and values of the outcome in one sentence; ``wat_nu(result, tracker)``: the next step;
  ``samenvatting(tracker, w)``: its answers as words in the summary before computing;
* optionally ``RESET`` (what it forgets after the result, besides the shared
  bookkeeping), ``CLOSING`` (the last bubble: what to do now and who decides, default
  utter_bron_en_gemeente), ``wat_nu_svb(result, tracker)`` (the next step past the AOW age, when the SVB pays
  the AIO; default utter_wat_nu_svb), ``gevolg(result, tracker)`` (the response of the outcome's
  second sentence: "geen gevolgen" or "geef dit door"), ``waarom_extra(result)``,
  ``extra_berichten(result)`` and ``onthouden(invoer)``;
* its ``Validate*`` class (a ``RekenhulpForm``) and any ``action_ask_*`` it needs.

The shared dialogue policy (crisis, stop, "weet niet", corrections, side questions)
is in actions/rekenhulp.py; the summary and the result in actions/berekenen.py.
"""
from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

REKENHULPEN: dict[str, ModuleType] = {
    module.FORM: module
    for module in (importlib.import_module(f"{__name__}.{naam}")
                   for _, naam, _ in sorted(pkgutil.iter_modules(__path__)) if not naam.startswith("_"))
}
