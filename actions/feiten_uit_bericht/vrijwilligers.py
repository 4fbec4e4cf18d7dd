"""Vrijwilligerswerk: the vergoeding against what many gemeenten leave free per year, and the age from which
it is left free at all."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import knowledge
from actions import parse
from actions.feiten_uit_bericht._gedeeld import Antwoord, eigen_leeftijd, _euro_bedrag
from knowledge.geld import euro


_PER_JAAR = {"maand": 12, "week": 52, "jaar": 1}
_VERGOEDING = re.compile(r"vergoeding|\bhouden\b")
_TELT_MEE = re.compile(r"\b(?:telt|tellen)\b[^.?!]{0,20}\bmee\b")  # "telt dat mee": answered "Ja, ... telt mee"


def vrijwilligerswerk(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """A vrijwilligersvergoeding with its period against what many gemeenten leave free (per year),
    and the person's age against the age from which it is left free at all."""
    leeftijd = eigen_leeftijd(text)
    vrij_vanaf = knowledge.waarde("vrijwilligersvergoeding.vrij_vanaf_leeftijd", peildatum)
    per_jaar = knowledge.waarde("vrijwilligersvergoeding.per_jaar", peildatum)
    bedrag = _euro_bedrag(text) or _bedrag_per_periode(text)
    if leeftijd is not None and vrij_vanaf is not None and leeftijd < vrij_vanaf:
        # "mag ik die vergoeding houden?" is answered no; "mag ik vrijwilligerswerk doen?" yes, but.
        vergoeding = bedrag is not None or _VERGOEDING.search(text.lower()) is not None
        if vergoeding and _TELT_MEE.search(text.lower()):
            return Antwoord("utter_vrijwilligerswerk_jong_telt_mee", {"leeftijd": str(leeftijd)})  # asked as counted
        return Antwoord("utter_vrijwilligerswerk_jong_vergoeding" if vergoeding else "utter_vrijwilligerswerk_jong",
                        {"leeftijd": str(leeftijd)})
    if bedrag is None or bedrag.euro <= 0 or bedrag.periode not in _PER_JAAR or per_jaar is None:
        return None
    waarden = {"vergoeding_bedrag_tekst": f"{euro(bedrag.euro)} per {bedrag.periode}"}
    jaar = bedrag.euro * _PER_JAAR[bedrag.periode]
    if jaar <= Decimal(str(per_jaar)):
        return Antwoord("utter_vrijwilligerswerk_binnen", waarden)
    # Above what is left free: the part above the amount per month counts, and once the amount per year is used up,
    # the rest of that year all of it (knowledge/'s amounts per month and per year).
    per_maand = knowledge.waarde("vrijwilligersvergoeding.per_maand", peildatum)
    if bedrag.periode == "maand" and per_maand is not None and bedrag.euro > Decimal(str(per_maand)):
        telt_mee = f"{euro(bedrag.euro - Decimal(str(per_maand)))} per maand"
    else:
        telt_mee = f"{euro(jaar - Decimal(str(per_jaar)))} per jaar"
    return Antwoord("utter_vrijwilligerswerk_boven", {**waarden, "vergoeding_telt_mee": telt_mee})


def _bedrag_per_periode(text: str) -> parse.Bedrag | None:
    """'300 per maand vergoeding': an amount with a period is money, also without 'euro' ("ik ben 40" is no amount)."""
    bedrag = parse.bedrag(text)
    return bedrag if bedrag is not None and bedrag.periode in _PER_JAAR else None


def vrijwilligerswerk_gevraagd(text: str, peildatum: date) -> Antwoord | None:
    """'mag je vrijwilligerswerk doen als je bijstand hebt' read as the duties: the vrijwilligerswerk answer."""
    if "vrijwilli" not in text.lower():
        return None
    return vrijwilligerswerk(text, peildatum, "vrijwilligerswerk") or Antwoord("utter_vrijwilligerswerk", {})
