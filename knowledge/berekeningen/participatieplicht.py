"""Participatieplicht: welke plichten en mogelijkheden iemand in de bijstand heeft,
en wat er gebeurt als die niet worden nagekomen (artikel 9, 9a en 18 Participatiewet)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..geld import iso
from ..invoer import BASIS, LEEFSITUATIE, Schema, ja_nee, keuze, kind_leeftijd, leeftijd_bijstand, of_onbekend, uren
from ..regels import participatie as pp
from ..regels.uitvoering import aow_leeftijd, uitvoerder
from ..uitleg import Berekening
from ._aannames import leefsituatie

ARBEIDSVERMOGENS = ("volledig", "beperkt", "geen_duurzaam")

SCHEMA: Schema = {
    **BASIS,
    "leeftijd": (leeftijd_bijstand, True),
    "leefsituatie": (of_onbekend(LEEFSITUATIE), True),
    "jongste_kind_leeftijd": (kind_leeftijd, False),
    "mantelzorg": (ja_nee, False),
    "arbeidsvermogen": (keuze(ARBEIDSVERMOGENS), False),
    "werk_uren_per_week": (uren, False),
    "opleiding": (ja_nee, False),
    "vrijwilligerswerk": (ja_nee, False),
}

HOOFDBRON = "pw_9_1"


def bereken(v: dict) -> dict:
    ber = Berekening(v["peildatum"], v["gemeente"])
    deelnemer = pp.Deelnemer(
        leeftijd=v["leeftijd"], leefsituatie=leefsituatie(ber, v["leefsituatie"]), jongste_kind_leeftijd=v["jongste_kind_leeftijd"],
        mantelzorg=bool(v["mantelzorg"]), arbeidsvermogen=v["arbeidsvermogen"],
        werk_uren_per_week=_uren_tekst(v["werk_uren_per_week"]), opleiding=bool(v["opleiding"]),
        vrijwilligerswerk=bool(v["vrijwilligerswerk"]))
    regime, plichten, opties, gevolgen = pp.beoordeel(ber, deelnemer)
    aow = aow_leeftijd(ber, v["leeftijd"])
    if aow:
        ber.bron("pw_47a")
        ber.aanname("aanname.aow_svb")
    return ber.afronden({
        "peildatum": iso(ber.peildatum),
        "uitvoerder": uitvoerder(aow),
        "regime": regime,
        "plichten": [{**p, "bron": dict(p["bron"])} for p in plichten],
        "opties": [{**o, "bron": dict(o["bron"])} for o in opties],
        "gevolgen": pp.kopie_gevolgen(gevolgen),
        "hoofdbron": ber.bron(HOOFDBRON),
    })


def _uren_tekst(uren: Decimal | None) -> str | None:
    if not uren:
        return None
    return format(uren.normalize(), "f").replace(".", ",")


# -- wat als ----------------------------------------------------------------------
VERGELIJK: tuple[str, ...] = ()


def naar_nieuwe_regels(invoer: dict, peildatum: date, nieuw: date) -> dict:
    return {**invoer, "peildatum": nieuw.isoformat()}


def meer(invoer: dict, peildatum: date, extra: Decimal) -> None:
    """More income does not change the duties."""
    return None


def verschil(nu: dict, ander: dict) -> dict:
    return {"tegenprestatie": f"{nu['regime']} -> {ander['regime']}"}
