"""Giften against the limit per calendar year, savings against the vermogensgrens, and what holds for the
other amounts in the same message (ook)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import knowledge
from actions import parse
from actions.feiten_uit_bericht._gedeeld import Antwoord, _vaste_tekst, bedrag_van_soort, leefsituatie
from actions.feiten_uit_bericht.vrijlating import vrijlating_medisch
from knowledge.geld import euro


KEER_PER_JAAR = {"maand": 12, "week": 52, "jaar": 1, "keer": 1, None: 1}


# "geldt die 1200 euro per persoon of voor het hele gezin": who the year limit is for, not a gift received.
_PER_PERSOON = re.compile(r"\bper\s+(?:persoon|gezinslid|huishouden|gezin)\b|\bhele\s+(?:gezin|huishouden)\b"
                          r"|\b(?:iedereen|ieder)\s+(?:apart|afzonderlijk)\b|\bvoor\s+(?:ons|ons\s+allebei)\s+samen\b")
grens_per_huishouden = _vaste_tekst(_PER_PERSOON, "utter_giften_per_huishouden")


def giften(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """A gift, with how often it comes, against the statutory limit per calendar year."""
    if parse.terugbetalen(text):
        return None  # paying back is no gift received
    if (grens := grens_per_huishouden(text, peildatum)) is not None:
        return grens  # "geldt die 1200 euro per persoon": the limit asked, no gift received
    if (aio := gift_met_aio(text, peildatum)) is not None:
        return aio  # "mijn moeder van 72 heeft aio": the SVB, and "72" is an age, not a gift
    gift = bedrag_van_soort(text, "gift")
    if gift is None:
        return None
    return met_ruimte(gift_tegen_grens(gift, peildatum, "utter_giften_binnen_grens", "utter_giften_boven_grens"),
                      gift, text, peildatum)


# "ik heb aio", "mijn moeder heeft aio": past the AOW age the SVB pays (art. 47a) and is told about gifts. The AOW
# alone is no bijstand: gifts do not matter there.
_AIO = re.compile(r"\baio\b|\baanvullende\s+inkomensvoorziening\b")


def gift_met_aio(text: str, peildatum: date) -> Antwoord | None:
    """A gift to someone with the AIO: the same statutory year limit, told to the SVB, which decides."""
    if not _AIO.search(text.lower()) or knowledge.waarde("giften.regime", peildatum) != "wettelijke_grens":
        return None
    return Antwoord("utter_giften_aio", {})


# "hoeveel mag er nog bij", "hoeveel mag ik nog krijgen": the room left under the year limit is the question.
_NOG_RUIMTE = re.compile(r"\bnog\b[^.?!]{0,25}?\b(?:bij|erbij|krijgen|ontvangen|ruimte|over)\b"
                         r"|\bhoeveel\b[^.?!]{0,30}?\bnog\b")


def met_ruimte(gevonden: Antwoord | None, gift: parse.Bedrag, text: str, peildatum: date) -> Antwoord | None:
    """A gift under the limit, where the message asks how much more may come: the same answer with the room
    left this year (the limit minus what the gift makes in a year), from knowledge/'s limit."""
    grens = knowledge.waarde("giften.vrijlating_per_jaar", peildatum)
    if gevonden is None or "gift_boven_grens" in gevonden.waarden or grens is None or \
            not _NOG_RUIMTE.search(text.lower()):
        return gevonden
    ruimte = Decimal(str(grens)) - gift.euro * KEER_PER_JAAR[gift.periode]
    return Antwoord(gevonden.response + "_ruimte", {**gevonden.waarden, "gift_ruimte": euro(ruimte)})


def gift_tegen_grens(gift: parse.Bedrag, peildatum: date, binnen: str, boven: str) -> Antwoord | None:
    """'€ 50 per maand is € 600 per jaar': response ``binnen`` under the year limit, else ``boven``.

    None before the statutory limit (the gemeente's own rule) or for no amount."""
    if gift.euro <= 0 or gift.periode not in KEER_PER_JAAR:
        return None
    if knowledge.waarde("giften.regime", peildatum) != "wettelijke_grens":
        return None
    grens = knowledge.waarde("giften.vrijlating_per_jaar", peildatum)
    if grens is None:
        return None
    per_jaar = gift.euro * KEER_PER_JAAR[gift.periode]
    if per_jaar <= Decimal(str(grens)):
        return Antwoord(binnen, gift_waarden(gift, per_jaar))
    return Antwoord(boven, {**gift_waarden(gift, per_jaar), "gift_boven_grens": euro(per_jaar - Decimal(str(grens)))})


def gift_waarden(gift: parse.Bedrag, per_jaar: Decimal) -> dict[str, str]:
    """'€ 50 per maand' is the person's own words; '€ 600' the year it makes."""
    per = f" per {gift.periode}" if gift.periode in ("maand", "week") else ""
    return {"gift_bedrag_tekst": euro(gift.euro) + per, "gift_per_jaar": euro(per_jaar)}


# The kind of amount a topic's question is about; another kind in the same message gets its own short answer.
SOORT_VAN_ONDERWERP = {"vermogen": "spaargeld", "giften": "gift", "bijverdienen": "loon", "aanvraag": "spaargeld"}


def ook(intent: str, text: str, peildatum: date) -> list[Antwoord]:
    """'ik heb 3000 euro spaargeld en mijn oom gaf me 500 euro': the answer of the topic asked, and for
    each amount of another kind what holds for it (savings against the vermogensgrens, a gift against
    the year limit). Only for a message with more than one amount."""
    if intent == "bijverdienen" and (medisch := vrijlating_medisch(text, peildatum)) is not None:
        return [medisch]  # "ik kan door mijn ziekte maar 16 uur werken": the vrijlating for that, named
    bedragen = parse.bedragen(text)
    eigen = SOORT_VAN_ONDERWERP.get(intent)
    if len(bedragen) < 2 or eigen is None:
        return []
    uit = []
    for soort, regel in (("spaargeld", vermogen), ("gift", giften)):
        van_soort = [b for b in bedragen if b.soort == soort]
        if soort != eigen and len(van_soort) == 1 and (gevonden := regel(van_soort[0].zin, peildatum, intent)):
            uit.append(gevonden)
    return uit


_EIGEN_HUIS = re.compile(r"huis|woning|overwaarde|hypotheek")
# "het geld dat ik spaar van mijn uitkering", "gespaard tijdens de bijstand": not counted since 2026.
# Saving is a verb here: "hoeveel spaargeld mag je hebben in de bijstand" asks the vermogensgrens.
_GESPAARD_VAN_BIJSTAND = re.compile(
    r"(?:\bspaar\b|\bspaart\b|\bsparen\b|gespaard|opzij)\w*\b[^.?!]{0,40}?\b(?:van|uit|tijdens|in|met)\s+"
    r"(?:mijn|m'n|mn|de|je|uw|het|onze)\s+(?:uitkering|bijstand)"
    r"|\b(?:tijdens|in)\s+(?:mijn|m'n|mn|de|je|uw|onze)\s+(?:uitkering|bijstand)\b[^.?!]{0,40}?\b(?:gespaard|opzij\s+gezet|opgespaard)")


def vermogen(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """Savings against the vermogensgrens of the household the message names (or both limits); savings from
    the bijstand itself do not count (art. 34 lid 2 c)."""
    if _GESPAARD_VAN_BIJSTAND.search(text.lower()):
        return Antwoord("utter_vermogen_gespaard_van_bijstand", {})
    spaargeld = bedrag_van_soort(text, "spaargeld")
    if spaargeld is None or parse.terugbetalen(text) or _EIGEN_HUIS.search(text.lower()):
        return None  # the value of an own house has a limit of its own: the general answer names it
    alleen = knowledge.waarde("vermogen.grens_alleenstaande", peildatum)
    gezin = knowledge.waarde("vermogen.grens_gezin", peildatum)
    if alleen is None or gezin is None:
        return None
    situatie = leefsituatie(text, peildatum)
    grens = {"alleenstaande": alleen, "alleenstaande_ouder": gezin, "gehuwden": gezin}.get(situatie)
    laag, hoog = (grens, grens) if grens is not None else (min(alleen, gezin), max(alleen, gezin))
    waarden = {"spaargeld": euro(spaargeld.euro), "vermogensgrens": euro(Decimal(str(laag)))}
    if spaargeld.euro <= Decimal(str(laag)):
        return Antwoord("utter_vermogen_onder_grens", waarden)
    if spaargeld.euro > Decimal(str(hoog)):
        return Antwoord("utter_vermogen_boven_grens", {**waarden, "vermogensgrens": euro(Decimal(str(hoog)))})
    return None  # between the two limits: it depends on the household, which the message does not say


# "het is geen lening", "ik hoef het niet terug te betalen": what was received is no loan.
_GEEN_LENING = re.compile(r"\b(?:geen|niet|nooit)\s+(?:een\s+)?(?:lening|geleend)\b"
                          r"|\b(?:hoef|hoeft|hoeven)\s+(?:\w+\s+)?(?:niet|niets|niks)\s+(?:\w+\s+)?terug")


def lening(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """'het is geen lening, mijn tante heeft me 500 euro gegeven': a gift said not to be a loan."""
    return giften(text, peildatum, intent) if _GEEN_LENING.search(text.lower()) else None


def gift_doorgeven(text: str, peildatum: date) -> Antwoord | None:
    """'mijn buurman geeft me af en toe 20 euro, moet ik dat doorgeven' read as the inlichtingenplicht: the gift
    against the year limit answers whether it must be reported (only for a message with a gift in it)."""
    if not any(b.soort == "gift" for b in parse.bedragen(text)):
        return None
    return giften(text, peildatum, "giften")
