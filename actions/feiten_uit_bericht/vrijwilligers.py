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


# "de sportclub geeft me 50 per maand voor het helpen", "im 23, the sportclub gives me 50 a month for helping. can i
# keep", "my church pays me 40 a month for volunteering": money for helping at a club, a church, a foundation is a
# vrijwilligersvergoeding, not a gift (session 20: read as a gift it got 'Gifts up to 1,200 a year do not count ...
# you may keep it', the age of 27 never named). Raw words of both languages: the English ones stay English in the
# readers' Dutch. A relative who pays for help at home is no volunteer work ("mijn moeder geeft me 50 voor het helpen").
_ORGANISATIE = (r"(?:sport\s*club\w*|sportvereniging|(?:voetbal|tennis|hockey|korfbal|football|soccer|sports?)\s*club\w*"
                r"|club|clubhuis|vereniging|kerk|church|moskee|mosque|buurthuis|wijkcentrum|community\s+cent(?:er|re)"
                r"|voedselbank|food\s*bank|stichting|foundation|charity|bibliotheek|library|school|speeltuin"
                r"|verzorgingshuis|zorgcentrum|care\s+home|nursing\s+home|kringloop\w*|thrift\s+shop|organi[sz]ati\w*)")
_VRIJWILLIG = re.compile(
    r"vrijwilli|volunteer"
    rf"|\b(?:voor|for)\s+(?:het\s+|the\s+|my\s+|mijn\s+)?(?:helpen|helping|help|hulp)\b[^.?!]{{0,40}}?\b{_ORGANISATIE}"
    rf"|\b{_ORGANISATIE}\b[^.?!]{{0,60}}?\b(?:voor|for)\s+(?:het\s+|the\s+|my\s+|mijn\s+)?(?:helpen|helping|help|hulp)\b"
    rf"|\b(?:ik\s+help|i\s+help|helping|help\s+out|ik\s+meehelp\w*)\s+(?:\w+\s+)?(?:bij|in|op|at|in)\s+(?:de|het|een|the|a|our"
    rf"|onze|ons|my|mijn)?\s*{_ORGANISATIE}", re.IGNORECASE)


def vrijwilligersvergoeding(text: str, peildatum: date) -> Antwoord | None:
    """Money for helping at a club or organisation, or for volunteering: the vrijwilligerswerk answer (the age of 27,
    the amount against what many gemeenten leave free), not a gift; None when the message names no such work."""
    if not _VRIJWILLIG.search(text):
        return None
    return vrijwilligerswerk(text, peildatum, "vrijwilligerswerk") or Antwoord("utter_vrijwilligerswerk", {})
