"""Bijverdienvrijlating: hoeveel van het loon iemand in de bijstand mag houden
(artikel 31 lid 2 onder n, r, y en z; vanaf 2027 artikel 34a Participatiewet)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from .. import loader
from ..datums import leeftijd_op, plus_maanden
from ..geld import NUL, als_getal, centen, euro, iso
from ..invoer import (AANTAL, BASIS, LEEFSITUATIE, ONBEKEND, Schema, een_bedrag, een_datum, fout, ja_nee,
                      keuze, kind_leeftijd, leeftijd_bijstand, object_van, object_volgens, of_onbekend)
from ..regels import bijverdienen as bv
from ..regels import normen as nm
from ..regels.uitvoering import uitvoerder
from ..uitleg import Berekening, herbruikbaar
from ._aannames import leefsituatie

PERIODES = ("maand", "week", "jaar")
# Net income with its period, e.g. {"bedrag": 150, "periode": "week"}; without a period: per month.
INKOMSTEN: Schema = {
    "bedrag": (een_bedrag, True),
    "periode": (keuze(PERIODES), False),
}

SCHEMA: Schema = {
    **BASIS,
    "geboortedatum": (een_datum, False),
    "leeftijd": (leeftijd_bijstand, False),
    "leefsituatie": (of_onbekend(LEEFSITUATIE), True),
    "jongste_kind_leeftijd": (kind_leeftijd, False),
    "kostendelers": (AANTAL, False),
    "netto_inkomsten_per_maand": (een_bedrag, False),
    "netto_inkomsten": (object_van(INKOMSTEN), False),
    "start_werk": (of_onbekend(een_datum), True),
    "medische_urenbeperking": (ja_nee, False),
    "doelgroep_loonkostensubsidie": (ja_nee, False),
}


def leeftijd_en_aow(ber: Berekening, v: dict) -> tuple[int, bool]:
    """Age on the peildatum and whether the AOW age is reached (exact with a birth date)."""
    jaren = int(ber.waarde("leeftijd.aow_jaren"))
    maanden = int(ber.waarde("leeftijd.aow_maanden"))
    if v["geboortedatum"] is None:
        return v["leeftijd"], v["leeftijd"] >= jaren
    if v["geboortedatum"] > ber.peildatum:
        raise fout("geboortedatum", "geboortedatum_na_peildatum")
    leeftijd = leeftijd_op(v["geboortedatum"], ber.peildatum)
    minimum = ber.waarde("leeftijd.minimum_bijstand")
    if leeftijd < minimum:
        raise fout("geboortedatum", "te_jong", minimum=minimum)
    aow_datum = plus_maanden(v["geboortedatum"], jaren * 12 + maanden)
    return leeftijd, ber.peildatum >= aow_datum


def bereken(v: dict) -> dict:
    if (v["geboortedatum"] is None) == (v["leeftijd"] is None):
        raise fout("geboortedatum" if v["geboortedatum"] is None else "leeftijd",
                   "geboortedatum_of_leeftijd" if v["geboortedatum"] is None else "niet_allebei")
    if (v["netto_inkomsten"] is None) == (v["netto_inkomsten_per_maand"] is None):
        raise fout("netto_inkomsten_per_maand", "ontbreekt" if v["netto_inkomsten"] is None
                   else "inkomsten_niet_allebei")
    start = v["peildatum"].replace(day=1) if v["start_werk"] == ONBEKEND else v["start_werk"]
    if start > v["peildatum"]:
        raise fout("start_werk", "start_na_peildatum")
    ber = Berekening(v["peildatum"], v["gemeente"])
    situatie = leefsituatie(ber, v["leefsituatie"])
    if v["start_werk"] == ONBEKEND:
        ber.aanname("aanname.start_werk_onbekend")
    inkomsten = inkomsten_per_maand(ber, v)
    leeftijd, aow = leeftijd_en_aow(ber, v)
    werkende = bv.Werkende(
        leeftijd=leeftijd, aow=aow, leefsituatie=situatie,
        jongste_kind_leeftijd=v["jongste_kind_leeftijd"],
        start_werk=start, medisch=bool(v["medische_urenbeperking"]),
        loonkostensubsidie=bool(v["doelgroep_loonkostensubsidie"]), ingang_34a=bv.ingang_34a(ber))
    regimes = bv.regimes_bijverdienen(ber, aow)
    vrijlating = bv.beste_vrijlating(ber, regimes, werkende, inkomsten)
    regime = bv.REGIME_PER_REGEL[vrijlating.regel] if vrijlating else regimes[-1]
    if vrijlating and regime == "artikel_31":
        vrijlating = bv.tot_nieuwe_regels(ber, vrijlating)
    vrij = vrijlating.bedrag(inkomsten) if vrijlating else NUL
    if vrijlating:
        bv.beschrijf(ber, vrijlating, vrij, aow)
        aannames_vrijlating(ber, regime, vrijlating, aow)
    else:
        ber.stap(f"vrijlating.geen_{regime}")
    huishouden = nm.Huishouden(leeftijd=leeftijd, leefsituatie=situatie,
                               kostendelers=v["kostendelers"] or 0,
                               kinderen=v["jongste_kind_leeftijd"] is not None)
    norm, _ = nm.bepaal_norm(ber, huishouden)
    verhoogd = nm.verhoogde_jongerennorm_20_3(ber, huishouden, norm)
    if verhoogd is not None:
        ber.aanname("aanname.jongeren_verhoging_niet_meegeteld", verhoging=euro(verhoogd[1]))
    aanvullend = max(NUL, norm - (inkomsten - vrij))
    totaal = inkomsten + aanvullend
    ber.stap("bijverdienen.uitkomst", inkomsten=euro(inkomsten), vrij=euro(vrij), norm=euro(norm),
             aanvullend=euro(aanvullend), totaal=euro(totaal))
    if aow:
        ber.bron("pw_47a")
        ber.aanname("aanname.aow_svb_werk")
    return ber.afronden({
        "peildatum": iso(ber.peildatum),
        "uitvoerder": uitvoerder(aow),
        "regime": regime,
        "regel": vrijlating.regel if vrijlating else None,
        "percentage": float(vrijlating.percentage) if vrijlating else 0.0,
        "maximum": als_getal(vrijlating.maximum) if vrijlating else None,
        "vrijlating_per_maand": als_getal(vrij),
        "vrijlating_tot": iso(vrijlating.tot) if vrijlating else None,
        "bijstandsnorm": als_getal(norm),
        "aanvullende_bijstand": als_getal(aanvullend),
        "totaal_inkomen": als_getal(totaal),
        "hoofdbron": ber.bron(hoofdbron(regime, vrijlating)),
    })


def inkomsten_per_maand(ber: Berekening, v: dict) -> Decimal:
    """The net income per month. An amount per week or per year is converted with
    ``omrekening.weken_per_jaar`` and ``omrekening.maanden_per_jaar`` (a Wegwijs
    convention, no law), rounded to cents; the step shows both amounts."""
    if v["netto_inkomsten"] is None:
        return v["netto_inkomsten_per_maand"]
    bedrag, periode = v["netto_inkomsten"]["bedrag"], v["netto_inkomsten"]["periode"] or "maand"
    if periode == "maand":
        return bedrag
    weken = Decimal(ber.waarde("omrekening.weken_per_jaar"))
    maanden = Decimal(ber.waarde("omrekening.maanden_per_jaar"))
    factor = weken / maanden if periode == "week" else 1 / maanden
    per_maand = centen(bedrag * factor)
    ber.stap("bijverdienen.per_maand", bedrag=euro(bedrag), periode=periode, weken=int(weken),
             maanden=int(maanden), per_maand=euro(per_maand))
    return per_maand


def hoofdbron(regime: str, vrijlating: bv.Vrijlating | None) -> str:
    """The article of the vrijlating that applies; without one, the main rule of the regime."""
    if vrijlating is not None:
        return bv.BRON_PER_REGEL[vrijlating.regel]
    return "pw_34a" if regime == "artikel_34a" else "pw_31_2_n"


@herbruikbaar
def aannames_vrijlating(ber: Berekening, regime: str, v: bv.Vrijlating, aow: bool) -> None:
    """What Wegwijs cannot know or decide about this vrijlating (the college decides).
    Art. 31 lid 2 n (under the AOW age), r and art. 34a depend on the college's
    judgment that the work helps towards arbeidsinschakeling."""
    if v.regel in ("31_2_r", "34a") or (v.regel == "31_2_n" and not aow):
        ber.aanname("aanname.vrijlating_college_oordeel")
    if v.regel == "34a":
        ber.aanname("aanname.vrijlating_34a_verlengen")
    if v.tot is not None:
        ber.aanname("aanname.vrijlating_aaneengesloten")
    if regime == "artikel_34a":
        try:
            buffer = ber.waarde("bufferbudget.maximum_per_jaar")
        except loader.GeenWaarde:
            return
        ber.bron("pw_34b")
        ber.stap("vrijlating.bufferbudget", bedrag=euro(buffer))


# -- wat als ----------------------------------------------------------------------
VERGELIJK = ("vrijlating_per_maand", "aanvullende_bijstand", "totaal_inkomen", "bijstandsnorm")


def naar_nieuwe_regels(invoer: dict, peildatum: date, nieuw: date) -> dict:
    """The same situation on the first day of the new rules: the start of work and
    the birth date move along, so the work is as old and the person as old as now."""
    verschuiving = nieuw - peildatum
    uit = {**invoer, "peildatum": nieuw.isoformat()}
    for veld in ("start_werk", "geboortedatum"):
        if invoer.get(veld) not in (None, ONBEKEND):
            uit[veld] = (een_datum(invoer[veld], veld) + verschuiving).isoformat()
    return uit


def meer(invoer: dict, peildatum: date, extra: Decimal) -> dict:
    """The same situation with ``extra`` more income per month."""
    uit = {veld: waarde for veld, waarde in invoer.items() if veld != "netto_inkomsten"}
    if invoer.get("netto_inkomsten") is None:
        bedrag = Decimal(str(invoer["netto_inkomsten_per_maand"]))
    else:
        bedrag = inkomsten_per_maand(Berekening(peildatum), object_volgens(SCHEMA, invoer))
    return {**uit, "netto_inkomsten_per_maand": float(bedrag + extra)}
