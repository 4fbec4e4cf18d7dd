"""Bijstandsnorm: de norm van een huishouden, met kostendelers en jongeren
(artikel 19a, 20, 21, 22, 22a, 24 en 47a Participatiewet)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from .. import loader
from ..geld import als_getal, euro, iso
from ..invoer import (BASIS, LEEFSITUATIE, LEEFTIJD, Schema, fout, ja_nee, keuze, leeftijd_bijstand,
                      lijst_van, of_onbekend)
from ..regels import normen as nm
from ..regels.uitvoering import aow_leeftijd, uitvoerder
from ..uitleg import Berekening
from ._aannames import leeftijd_volwassen, leefsituatie

# "familie": second-degree family (broer, zus, opa, oma, kleinkind); art. 19a lid 1 onder b.
RELATIES = ("kind", "ouder", "familie", "huurder", "student", "anders")

MEDEBEWONER: Schema = {
    "leeftijd": (LEEFTIJD, True),
    "relatie": (keuze(RELATIES), False),
    "commerciele_huur": (ja_nee, False),
}

SCHEMA: Schema = {
    **BASIS,
    "leeftijd": (of_onbekend(leeftijd_bijstand), True),
    "leefsituatie": (of_onbekend(LEEFSITUATIE), True),
    "partner_leeftijd": (leeftijd_bijstand, False),
    "partner_heeft_recht": (ja_nee, False),
    "mantelzorg_elders": (ja_nee, False),
    "ouders_kunnen_bijdragen": (ja_nee, False),
    "medebewoners": (lijst_van(MEDEBEWONER), False),
}

# The article of the norm, by age group (art. 20 jongeren, 21, 22 vanaf de AOW-leeftijd).
BRON_PER_LEEFTIJDSGROEP = {nm.JONG: "pw_20", nm.VOLWASSEN: "pw_21", nm.AOW: "pw_22"}


def tel_kostendelers(ber: Berekening, medebewoners: list[dict]) -> tuple[int, bool, list[dict]]:
    """Artikel 19a: count the kostendelende medebewoners; say per person why (not)."""
    aantal, kinderen, details = 0, False, []
    kind_grens = loader.meta("invoer.maximum_kind_leeftijd")
    for m in medebewoners:
        relatie = m["relatie"] or "anders"
        if relatie == "kind" and m["leeftijd"] < kind_grens:
            kinderen = True
        telt, reden = nm.beoordeel_medebewoner(
            ber, nm.Medebewoner(m["leeftijd"], relatie, bool(m["commerciele_huur"])))
        aantal += telt
        details.append({"leeftijd": m["leeftijd"], "relatie": relatie, "kostendeler": telt, "reden": reden})
    if medebewoners:
        ber.bron("pw_19a")
        ber.stap("norm.kostendelers_geteld", aantal=aantal, medebewoners=len(medebewoners))
    return aantal, kinderen, details


def bereken(v: dict) -> dict:
    ber = Berekening(v["peildatum"], v["gemeente"])
    medebewoners = v["medebewoners"] or []
    situatie = leefsituatie(ber, v["leefsituatie"], met_huisgenoten=bool(medebewoners))
    v = {**v, "leeftijd": leeftijd_volwassen(ber, v["leeftijd"])}
    kostendelers, kinderen, details = tel_kostendelers(ber, medebewoners)
    if situatie == "gehuwden" and v["partner_heeft_recht"] is None:
        ber.aanname("aanname.partner_heeft_recht")
    if situatie != "gehuwden" and (v["partner_leeftijd"] is not None or v["partner_heeft_recht"] is not None):
        raise fout("partner_leeftijd" if v["partner_leeftijd"] is not None else "partner_heeft_recht",
                   "partner_zonder_gehuwden")
    huishouden = nm.Huishouden(
        leeftijd=v["leeftijd"], leefsituatie=situatie, partner_leeftijd=v["partner_leeftijd"],
        partner_heeft_recht=v["partner_heeft_recht"] is not False, kostendelers=kostendelers,
        kinderen=kinderen, mantelzorg_elders=bool(v["mantelzorg_elders"]))
    norm, toegepast = nm.bepaal_norm(ber, huishouden)
    norm, zonder_ouders = jongeren_verhoging(ber, huishouden, norm, v["ouders_kunnen_bijdragen"])
    vt = nm.vakantietoeslag(ber, norm)
    aow = aow_leeftijd(ber, v["leeftijd"], v["partner_leeftijd"])
    wie_beslist(ber, aow)
    return ber.afronden({
        "peildatum": iso(ber.peildatum),
        "uitvoerder": uitvoerder(aow),
        "norm": als_getal(norm),
        "norm_ouders_niet_bijdragen": als_getal(zonder_ouders),
        "kostendelers": kostendelers,
        "kostendelersnorm_toegepast": toegepast,
        "vakantietoeslag_per_maand": als_getal(vt),
        "medebewoners": details,
        "hoofdbron": ber.bron(hoofdbron(ber, huishouden, toegepast)),
    })


def hoofdbron(ber: Berekening, h: nm.Huishouden, kostendelersnorm: bool) -> str:
    """The article the norm rests on: 22a with kostendelers, 24 for a partner without a
    right to bijstand, else the article of the person's age group (20, 21 or 22)."""
    if kostendelersnorm:
        return "pw_22a"
    if h.leefsituatie == "gehuwden" and not h.partner_heeft_recht:
        return "pw_24"
    # The age limits of ``nm.leeftijdsgroep``, read without the trace: citing is no step.
    stand = loader.stand(ber.peildatum)
    if h.leeftijd >= stand["leeftijd.aow_jaren"].waarde:
        return BRON_PER_LEEFTIJDSGROEP[nm.AOW]
    if h.leeftijd < stand["leeftijd.volwassenennorm"].waarde:
        return BRON_PER_LEEFTIJDSGROEP[nm.JONG]
    return BRON_PER_LEEFTIJDSGROEP[nm.VOLWASSEN]


def jongeren_verhoging(ber: Berekening, h: nm.Huishouden, norm: Decimal,
                       ouders_kunnen_bijdragen: bool | None) -> tuple[Decimal, Decimal | None]:
    """Artikel 20 lid 3: the norm after the answer about the parents, and the norm when
    they cannot contribute (None when lid 3 does not apply). Unknown answer: both outcomes."""
    verhoogd = nm.verhoogde_jongerennorm_20_3(ber, h, norm)
    if verhoogd is None:
        return norm, None
    hoog, verhoging, plafond = verhoogd
    velden = {"verhoging": euro(verhoging), "norm": euro(hoog), "plafond": euro(plafond),
              "grens": ber.waarde("leeftijd.volwassenennorm")}
    if ouders_kunnen_bijdragen is True:
        ber.stap("norm.jongeren_ouders_bijdragen", **velden)
        return norm, hoog
    if ouders_kunnen_bijdragen is None:
        ber.stap("norm.jongeren_verhoging_onbekend", **velden)
        return norm, hoog
    ber.stap("norm.jongeren_verhoging", **velden)
    if hoog == plafond:
        ber.stap("norm.jongeren_verhoging_plafond", **velden)
    return hoog, hoog


def wie_beslist(ber: Berekening, aow: bool) -> None:
    """Art. 47a: from the AOW age the SVB carries out the bijstand (AIO), not the gemeente."""
    if aow:
        ber.bron("pw_47a")
        ber.aanname("aanname.aow_svb")
    else:
        ber.aanname("aanname.norm_gemeente_beslist")


# -- wat als ----------------------------------------------------------------------
VERGELIJK = ("norm",)


def naar_nieuwe_regels(invoer: dict, peildatum: date, nieuw: date) -> dict:
    return {**invoer, "peildatum": nieuw.isoformat()}


def meer(invoer: dict, peildatum: date, extra: Decimal) -> None:
    """Income does not change the norm."""
    return None
