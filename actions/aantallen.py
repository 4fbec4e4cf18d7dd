"""A number of days or months in an answer, said with its unit: "nog 1 dag over", "nog 3 dagen over" (issue #20).

The texts of bot/domain say "nog {dagen_over} over"; the value is the number with its unit, in the session's
language, built by knowledge.teksten.aantal (the units are data: ``eenheden`` in knowledge/teksten.yml). The readers
of feiten_uit_bericht keep their values as numbers ("7"); the answer's values get their unit on the way out, with
the session's language (engels.waarden_in_sessietaal), and the trip calculator's outcome where it is built.
"""

from __future__ import annotations

from knowledge.teksten import aantal

# The values that count days or months, and their unit.
EENHEID = {"dagen_over": "dag", "dagen_eerder": "dag", "dagen_over_voor": "dag", "dagen_zonder_bijstand": "dag",
           "dagen_gebruikt": "dag", "reis_dagen": "dag", "max_dagen": "dag", "maanden_over": "maand"}


def met_eenheid(waarden: dict, variant: str | None = None) -> dict:
    """``waarden`` with each counted value ("7") as the number with its unit ("7 dagen", "1 day"); a value that is no
    bare number (already with its unit) stays as it is."""
    return {k: aantal(v, EENHEID[k], variant) if k in EENHEID and str(v).isdigit() else v for k, v in waarden.items()}
