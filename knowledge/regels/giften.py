"""Giften en bijdragen in natura: artikel 31 lid 2 onder m en s, artikel 17 Participatiewet."""
from __future__ import annotations

from decimal import Decimal

from ..uitleg import Berekening, herbruikbaar
from ..geld import NUL, euro

TELT_MEE = ("geld", "in_natura")


def telt_mee_31_2_m(soort: str, regime: str) -> str | None:
    """Artikel 31 lid 2 onder m: giften in geld en kostenbesparende bijdragen in
    natura tellen samen mee voor de vrijlating. Een lening met een echte,
    aantoonbare terugbetalingsplicht is geen gift. Hulp van de voedselbank telt
    sinds 2026 nooit mee (art. 18 lid 8); daarvoor besliste de gemeente (oud
    onderdeel m, 'verantwoord'), en Wegwijs telt haar dan ook niet mee, met die uitleg.

    Returns None if the gift counts, else the text key of the reason it does not.
    """
    if soort in TELT_MEE:
        return None
    if soort == "voedselbank" and regime == "gemeentebeleid":
        return "gift.telt_niet.voedselbank_gemeente"
    return f"gift.telt_niet.{soort}"


# The step that explains food-bank help, per giften regime.
VOEDSELBANK_STAP = {"wettelijke_grens": "giften.voedselbank", "gemeentebeleid": "giften.voedselbank_gemeente"}


@herbruikbaar
def giftengrens_31_2_m(ber: Berekening, leefsituatie: str | None) -> Decimal:
    """Artikel 31 lid 2 onder m (vanaf 1 januari 2026): giften en bijdragen in
    natura zijn samen vrij tot ``giften.vrijlating_per_jaar`` per kalenderjaar
    (geïndexeerd, art. 39)."""
    grens = ber.waarde("giften.vrijlating_per_jaar")
    ber.bron("pw_31_2_m")
    ber.lagen["grens"] = "wet"
    ber.stap("giften.grens_wet", grens=euro(grens))
    ber.aanname("aanname.giften_per_huishouden")
    return grens


@herbruikbaar
def giftengrens_gemeentebeleid(ber: Berekening, leefsituatie: str | None) -> Decimal | None:
    """Artikel 31 lid 2 onder m (tekst tot 2026): de wet noemt geen bedrag. Het
    college beoordeelt of een gift 'verantwoord' is; veel gemeenten hadden een
    eigen grens in beleidsregels."""
    ber.bron("pw_31_2_m")
    grenzen = ber.beleid("giftengrens", laag="grens")
    if grenzen is None:
        ber.stap("giften.grens_geen")
        return None
    situatie = leefsituatie or "alleenstaande"
    if leefsituatie is None and len(set(grenzen.values())) > 1:
        ber.aanname("aanname.giften_leefsituatie_onbekend")
    grens = Decimal(str(grenzen.get(situatie, grenzen["alleenstaande"])))
    ber.stap("giften.grens_gemeente", grens=euro(grens), gemeente=ber.gemeente.naam)
    return grens


GRENS_PER_REGIME = {
    "wettelijke_grens": giftengrens_31_2_m,
    "gemeentebeleid": giftengrens_gemeentebeleid,
}


def boven_grens_31_2_s(ber: Berekening, overschreden: Decimal) -> None:
    """Artikel 31 lid 2 onder s: boven de grens beoordeelt de gemeente per geval of
    het verantwoord is om meer vrij te laten. Wegwijs beslist dat niet."""
    if overschreden > NUL:
        ber.bron("pw_31_2_s")
        ber.stap("giften.boven_grens", overschreden=euro(overschreden))


def melden_17(ber: Berekening, grens: Decimal | None, meetellend: Decimal, lening: bool) -> bool:
    """Artikel 17 lid 1: meld uit uzelf alles wat invloed kan hebben op uw bijstand.
    Wanneer een gift gemeld moet worden zegt de wet niet; veel gemeenten vragen het
    pas boven de grens (gemeente-instelling, anders het landelijke advies). Onder de
    grens zegt de uitleg dus niet dat melden niet hoeft: alleen dat het niet meetelt,
    en dat de gemeente het toch kan willen weten (advies, geen wet)."""
    ber.bron("pw_17")
    if lening:
        ber.stap("giften.melden_lening")
        return True
    if grens is None:
        ber.stap("giften.melden_geen_grens")
        return meetellend > NUL
    alleen_boven = ber.beleid("giften_melden_alleen_boven_grens", "giften.melden_alleen_boven_grens")
    if meetellend > grens:
        ber.stap("giften.melden_boven_grens")
        return True
    if not alleen_boven and meetellend > NUL:
        ber.stap("giften.melden_altijd")
        return True
    ber.stap("giften.melden_niet_nodig")
    return False
