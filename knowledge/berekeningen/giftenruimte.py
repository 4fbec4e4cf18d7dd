"""Giftenruimte: hoeveel giften en bijdragen in natura vrij zijn in een kalenderjaar
(artikel 31 lid 2 onder m en s, artikel 17 Participatiewet)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..datums import jaar_later, kalenderjaar, plus_maanden
from ..geld import NUL, als_getal, euro, iso
from ..invoer import (BASIS, LEEFSITUATIE, ONBEKEND, Schema, een_bedrag, een_datum, een_tekst, keuze,
                      lijst_van, of_onbekend)
from ..regels import giften as gf
from ..teksten import datum, maand, tekst
from ..uitleg import Berekening
from . import _aannames

SOORTEN_GIFT = ("geld", "in_natura", "voedselbank", "lening")
# "maand": the same gift every month, from its datum up to the peildatum.
HERHALINGEN = ("eenmalig", "maand")

GIFT: Schema = {
    "datum": (of_onbekend(een_datum), True),
    "bedrag": (een_bedrag, True),
    "soort": (of_onbekend(keuze(SOORTEN_GIFT)), True),
    "omschrijving": (een_tekst, False),
    "periode": (keuze(HERHALINGEN), False),
}

SCHEMA: Schema = {
    **BASIS,
    "leefsituatie": (LEEFSITUATIE, False),
    "giften": (lijst_van(GIFT), True),
}

HOOFDBRON = "pw_31_2_m"


def bereken(v: dict) -> dict:
    ber = Berekening(v["peildatum"], v["gemeente"])
    gegeven = [_aannames.gift(ber, g) for g in v["giften"]]
    giften = [los for g in gegeven for los in per_keer(ber, g)]
    van, tot = kalenderjaar(ber.peildatum)
    regime = ber.waarde("giften.regime")
    grens = gf.GRENS_PER_REGIME[regime](ber, v["leefsituatie"])
    meetellend, lening, buiten, per_gift = NUL, False, 0, []
    for g in giften:
        if van <= g["datum"] <= tot:
            reden = gf.telt_mee_31_2_m(g["soort"], regime)
            lening = lening or g["soort"] == "lening"
        else:
            buiten += 1
            reden = "gift.telt_niet.ander_jaar"
        if reden is None:
            meetellend += g["bedrag"]
        per_gift.append({"datum": g["datum"].isoformat(), "bedrag": float(g["bedrag"]), "soort": g["soort"],
                         "telt_mee": reden is None, "reden": tekst(reden or "gift.telt_mee")})
    if buiten:
        ber.stap("giften.buiten_jaar", aantal=buiten, jaar=ber.peildatum.year)
    if any(g["soort"] == "voedselbank" for g in giften):
        ber.stap(gf.VOEDSELBANK_STAP[regime])
    if lening:
        ber.bron("crvb_lening")
        ber.stap("giften.lening")
    ber.stap("giften.meetellend", meetellend=euro(meetellend), jaar=ber.peildatum.year)
    ruimte = overschreden = None
    if grens is not None:
        ruimte = max(NUL, grens - meetellend)
        overschreden = max(NUL, meetellend - grens)
        if overschreden == NUL:
            ber.stap("giften.ruimte_over", ruimte=euro(ruimte))
        gf.boven_grens_31_2_s(ber, overschreden)
    melden = gf.melden_17(ber, grens, meetellend, lening)
    voorbij = grens_voorbij_op(ber, gegeven, regime, grens, meetellend) if overschreden == NUL else None
    ber.aanname("aanname.giften_bewijs")
    return ber.afronden({
        "peildatum": iso(ber.peildatum),
        "regime": regime,
        "periode": {"van": iso(van), "tot": iso(tot)},
        "grens": als_getal(grens),
        "meetellend": als_getal(meetellend),
        "ruimte_over": als_getal(ruimte),
        "overschreden_met": als_getal(overschreden),
        "melden_verplicht": melden,
        "grens_voorbij_op": iso(voorbij),
        "giften": per_gift,
        "hoofdbron": ber.bron(HOOFDBRON),
    })


def grens_voorbij_op(ber: Berekening, gegeven: list[dict], regime: str, grens: Decimal,
                     meetellend: Decimal) -> date | None:
    """When the monthly gifts, going on at this rate after the peildatum, pass the limit this
    calendar year: the date of the gift that passes it (a step says the month), or None."""
    tot = kalenderjaar(ber.peildatum)[1]
    komend = sorted((d, g["bedrag"]) for g in gegeven
                    if g["periode"] == "maand" and gf.telt_mee_31_2_m(g["soort"], regime) is None
                    for d in maandelijks(g["datum"], tot) if ber.peildatum < d and d.year == tot.year)
    totaal = meetellend
    for dag, bedrag in komend:
        totaal += bedrag
        if totaal > grens:
            ber.stap("giften.grens_voorbij", maand=maand(dag), grens=euro(grens))
            return dag
    return None


def per_keer(ber: Berekening, gift: dict) -> list[dict]:
    """A monthly gift is one gift per month, from its datum up to the peildatum."""
    if gift["periode"] != "maand":
        return [gift]
    data = maandelijks(gift["datum"], ber.peildatum)
    ber.stap("giften.maandelijks", bedrag=euro(gift["bedrag"]), datum=datum(gift["datum"]),
             peildatum=datum(ber.peildatum), aantal=len(data))
    return [{**gift, "datum": d} for d in data]


def maandelijks(start: date, tot: date) -> list[date]:
    """The same day of every month from ``start`` up to ``tot`` (the last day of a
    shorter month); a start after ``tot`` is one gift on ``start``."""
    dagen = [start]
    while (volgende := plus_maanden(start, len(dagen))) <= tot:
        dagen.append(volgende)
    return dagen


# -- wat als ----------------------------------------------------------------------
VERGELIJK = ("grens", "meetellend", "ruimte_over", "overschreden_met")


def naar_nieuwe_regels(invoer: dict, peildatum: date, nieuw: date) -> dict:
    """The same gifts in the calendar year of the new rules."""
    jaren = nieuw.year - peildatum.year
    return {**invoer, "peildatum": jaar_later(peildatum, jaren).isoformat(),
            "giften": [{**g, "datum": _jaar_later(g["datum"], jaren)} for g in invoer["giften"]]}


def _jaar_later(waarde: str, jaren: int) -> str:
    return waarde if waarde == ONBEKEND else jaar_later(een_datum(waarde, "datum"), jaren).isoformat()


def meer(invoer: dict, peildatum: date, extra: Decimal) -> dict:
    """One more gift of ``extra`` in money, on the peildatum."""
    gift = {"datum": peildatum.isoformat(), "bedrag": float(extra), "soort": "geld"}
    return {**invoer, "giften": [*invoer["giften"], gift]}
