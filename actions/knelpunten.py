"""Outcomes that point at a knot in the rules (issue #17 part 3), decided from knowledge/'s results.

action_bereken calls `tel_knelpunten` after every calculation. A knot is read
from the numbers of the result (and the input the resident confirmed), never
from a text: the gemeente then sees per week how often, say, gifts went over
the year limit. Only the knot and the gemeente are counted (wegwijs/signalen.py).
"""

from __future__ import annotations

from datetime import date

from rasa_sdk import Tracker

import knowledge
from actions.context import gemeente_code
from wegwijs import signalen

GIFTEN_BOVEN_GRENS = "giften_boven_grens"
VRIJLATING_VOORBIJ = "vrijlating_voorbij"
KOSTENDELERSNORM = "kostendelersnorm"
JONGERE_ZONDER_OUDERS = "jongere_zonder_ouders"
KNELPUNTEN = (GIFTEN_BOVEN_GRENS, VRIJLATING_VOORBIJ, KOSTENDELERSNORM, JONGERE_ZONDER_OUDERS)


def knelpunten(calculator: str, invoer: dict, result: dict) -> list[str]:
    """The knots this outcome points at (often none)."""
    found = []
    if calculator == "giftenruimte" and (result.get("overschreden_met") or 0) > 0:
        found.append(GIFTEN_BOVEN_GRENS)
    if calculator == "bijverdienvrijlating" and vrijlating_voorbij(invoer, result):
        found.append(VRIJLATING_VOORBIJ)
    if calculator == "bijstandsnorm":
        if result.get("kostendelersnorm_toegepast"):
            found.append(KOSTENDELERSNORM)
        if jongere_zonder_ouders(invoer, result):
            found.append(JONGERE_ZONDER_OUDERS)
    return found


def vrijlating_voorbij(invoer: dict, result: dict) -> bool:
    """Nothing of the wage is free now, while it was when the work began: the vrijlating ended."""
    if result.get("vrijlating_per_maand") or not isinstance(invoer.get("start_werk"), str):
        return False
    try:
        begin = date.fromisoformat(invoer["start_werk"])
        toen = knowledge.bereken("bijverdienvrijlating", {**invoer, "peildatum": begin.isoformat()})
    except (ValueError, knowledge.InvoerFout):
        return False  # "onbekend", or a start the rules of that day cannot compute
    return (toen.get("vrijlating_per_maand") or 0) > 0


def jongere_zonder_ouders(invoer: dict, result: dict) -> bool:
    """Under the age of the adult norm (art. 20 lid 3 applies) and the resident said the parents cannot help."""
    return result.get("norm_ouders_niet_bijdragen") is not None and invoer.get("ouders_kunnen_bijdragen") is False


def tel_knelpunten(tracker: Tracker, calculator: str, invoer: dict, result: dict) -> None:
    """Count the knots of this outcome for the resident's gemeente; a test session counts nothing."""
    if (tracker.latest_message.get("metadata") or {}).get("test"):
        return
    try:
        wat = [("knelpunt", k) for k in knelpunten(calculator, invoer, result)]
    except Exception:  # noqa: BLE001 - counting never stops the answer
        signalen.log.exception("signalen: could not decide the knots of an outcome")
        return
    signalen.tel(signalen.var_dir(), gemeente_code(tracker), wat)
