"""Nothing asked twice (issue #20, part 3): the facts of one message that a later form would ask, as the
slots the forms read (actions/rekenhulp.py)."""

from __future__ import annotations

import re
from datetime import date

from actions import parse
from actions.feiten_uit_bericht._gedeeld import leefsituatie
from actions.feiten_uit_bericht.aow_en_aio import leeftijd_nu
from actions.feiten_uit_bericht.vrijlating import start_werk


# Intents whose question is whether people live together: "woon samen" there is the question, not a fact.
_WONEN_IS_DE_VRAAG = {"samenwonen", "logeren", "huisbezoek"}
# Intents where the housemates a message names are the household a later norm form needs.
_HUISGENOTEN_IS_HET_ONDERWERP = {"kostendelersnorm", "bijstandsnorm", "informeren"}
# Intents where an amount with a period is what the person earns.
_INKOMSTEN_IS_HET_ONDERWERP = {"bijverdienen"}


def onthouden(intent: str, text: str, vandaag: date) -> dict[str, object]:
    """The facts of one message that a later form would ask, as the slots the forms read
    (actions/rekenhulp.py): the person's own age, how they live, the youngest child's age,
    the housemates, what they earn and when work started. Only what the message says."""
    text = text or ""
    feiten: dict[str, object] = {}
    if (leeftijd := leeftijd_nu(text, vandaag)) is not None:  # "ik word in maart 67": 66 now
        feiten["leeftijd"] = leeftijd
    # "mijn zoon van 28 woont bij mij": a grown-up child, no alleenstaande ouder (leefsituatie)
    situatie = None if intent in _WONEN_IS_DE_VRAAG else leefsituatie(text, vandaag)
    huisgenoten = parse.medebewoners(text) if intent not in _WONEN_IS_DE_VRAAG else None
    kinderen = [m for m in huisgenoten or [] if m.relatie == "kind"]
    if situatie is not None:
        feiten["leefsituatie"] = situatie
    if situatie == "alleenstaande_ouder" and kinderen and all(m.leeftijd is not None for m in kinderen):
        feiten["jongste_kind_leeftijd"] = min(m.leeftijd for m in kinderen)
    if intent in _HUISGENOTEN_IS_HET_ONDERWERP and huisgenoten:
        feiten["medebewoners"] = [{"leeftijd": m.leeftijd, "relatie": m.relatie} for m in huisgenoten]
    if intent in _INKOMSTEN_IS_HET_ONDERWERP and not parse.terugbetalen(text):
        if (loon := parse.bedrag(text)) is not None and loon.euro > 0:
            feiten["inkomsten"] = {"euro": float(loon.euro), "periode": loon.periode}
    if (start := start_werk(text, vandaag)) is not None:
        feiten["start_werk"] = start.isoformat()
    return feiten


def huisgenoten_uit_bericht(text: str, vandaag: date) -> list[dict] | None:
    """Who else lives in the house, as the norm form asks it (not the partner): only when the message names
    them all with their ages ("ik woon met mijn zoon van 30"), or says the person lives alone."""
    huisgenoten = [m for m in parse.medebewoners(text) or [] if m.relatie != "partner"]
    if huisgenoten and all(m.leeftijd is not None for m in huisgenoten):
        return [{"leeftijd": m.leeftijd, "relatie": m.relatie} for m in huisgenoten]
    return [] if _WOON_ALLEEN.search((text or "").lower()) else None


# "ik woon alleen", "ik woon helemaal alleen": nobody else in the house ("alleen met mijn zoon" is someone).
_WOON_ALLEEN = re.compile(r"\b(?:i?k|en)\s+woon\s+(?:helemaal\s+|nu\s+)?(?:alleen\b(?!\s+met\b)|op\s+(?:mezelf|mijzelf)\b)")


def jongste_kind_uit_bericht(text: str, vandaag: date) -> int | None:
    """The youngest child's age, for a parent on their own whose children the message names with ages."""
    if leefsituatie(text, vandaag) != "alleenstaande_ouder":
        return None
    kinderen = [m for m in parse.medebewoners(text) or [] if m.relatie == "kind"]
    if not kinderen or any(m.leeftijd is None for m in kinderen):
        return None
    return min(m.leeftijd for m in kinderen)
