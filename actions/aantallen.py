"""A number of days or months in an answer, said with its unit: "nog 1 dag over", "nog 3 dagen over" (issue #20).

The texts of bot/domain say "nog {dagen_over_tekst} over": the number with its unit, in the session's
language, built by knowledge.teksten.aantal (the units are data: ``eenheden`` in knowledge/teksten.yml). The readers
of feiten_uit_bericht keep their values as numbers ("7"); the answer's values get their unit on the way out, with
the session's language (engels.waarden_in_sessietaal), and the trip calculator's outcome where it is built.
"""

from __future__ import annotations

from knowledge.teksten import aantal

# The values that count days or months, and their unit.
EENHEID = {"dagen_over": "dag", "dagen_eerder": "dag", "dagen_over_voor": "dag", "dagen_zonder_bijstand": "dag",
           "dagen_gebruikt": "dag", "reis_dagen": "dag", "max_dagen": "dag", "maanden_over": "maand",
           "partner_dagen_over": "dag", "partner_dagen_zonder_aio": "dag",
           # the years of an ontheffing had and left ("2 years", "1 year"; session 19: "at most 2 more years")
           "ontheffing_jaren_gehad": "jaar", "ontheffing_jaren_over": "jaar"}


def met_eenheid(waarden: dict, variant: str | None = None) -> dict:
    """``waarden`` and, beside each counted value ("dagen_over": "7"), that number with its unit ("dagen_over_tekst":
    "7 dagen", "1 day"), which the texts say; the number itself stays as it is ("21 van de 28 dagen")."""
    return {**waarden, **{f"{k}_tekst": aantal(v, EENHEID[k], variant) for k, v in waarden.items()
                          if k in EENHEID and str(v).isdigit()}}
