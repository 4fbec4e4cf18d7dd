"""The four calculators. Each takes checked input (see ``invoer.py``) and returns
a JSON-able result with the outcome, the steps, the assumptions and the sources."""
from __future__ import annotations

from decimal import Decimal

from . import loader
from .berekening import Berekening, herbruikbaar
from .datums import kalenderjaar, leeftijd_op, plus_maanden
from .geld import NUL, als_getal, euro, iso
from .invoer import fout
from .regels import bijverdienen as bv
from .regels import giften as gf
from .regels import normen as nm
from .regels import participatie as pp
from .teksten import tekst


# -- bijstandsnorm --------------------------------------------------------------
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


def bijstandsnorm(v: dict) -> dict:
    ber = Berekening(v["peildatum"], v["gemeente"])
    medebewoners = v["medebewoners"] or []
    kostendelers, kinderen, details = tel_kostendelers(ber, medebewoners)
    if v["leefsituatie"] == "gehuwden" and v["partner_heeft_recht"] is None:
        ber.aanname("aanname.partner_heeft_recht")
    if v["leefsituatie"] != "gehuwden" and (v["partner_leeftijd"] is not None or v["partner_heeft_recht"] is not None):
        raise fout("partner_leeftijd" if v["partner_leeftijd"] is not None else "partner_heeft_recht",
                   "partner_zonder_gehuwden")
    huishouden = nm.Huishouden(
        leeftijd=v["leeftijd"], leefsituatie=v["leefsituatie"], partner_leeftijd=v["partner_leeftijd"],
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
    })


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


def aow_leeftijd(ber: Berekening, leeftijd: int, partner_leeftijd: int | None) -> bool:
    """Whether the person or the partner has the AOW age (then the SVB pays: art. 47a)."""
    aow = ber.waarde("leeftijd.aow_jaren")
    return leeftijd >= aow or (partner_leeftijd is not None and partner_leeftijd >= aow)


def uitvoerder(aow: bool) -> str:
    """Who carries out the bijstand: the SVB from the AOW age (AIO, art. 47a), else the gemeente."""
    return "svb" if aow else "gemeente"


def wie_beslist(ber: Berekening, aow: bool) -> None:
    """Art. 47a: from the AOW age the SVB carries out the bijstand (AIO), not the gemeente."""
    if aow:
        ber.bron("pw_47a")
        ber.aanname("aanname.aow_svb")
    else:
        ber.aanname("aanname.norm_gemeente_beslist")


# -- giftenruimte ---------------------------------------------------------------
def giftenruimte(v: dict) -> dict:
    ber = Berekening(v["peildatum"], v["gemeente"])
    van, tot = kalenderjaar(ber.peildatum)
    regime = ber.waarde("giften.regime")
    grens = gf.GRENS_PER_REGIME[regime](ber, v["leefsituatie"])
    meetellend, lening, buiten, per_gift = NUL, False, 0, []
    for g in v["giften"]:
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
    if any(g["soort"] == "voedselbank" for g in v["giften"]):
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
        "giften": per_gift,
    })


# -- bijverdienvrijlating -------------------------------------------------------
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


def bijverdienvrijlating(v: dict) -> dict:
    if (v["geboortedatum"] is None) == (v["leeftijd"] is None):
        raise fout("geboortedatum" if v["geboortedatum"] is None else "leeftijd",
                   "geboortedatum_of_leeftijd" if v["geboortedatum"] is None else "niet_allebei")
    if v["start_werk"] > v["peildatum"]:
        raise fout("start_werk", "start_na_peildatum")
    ber = Berekening(v["peildatum"], v["gemeente"])
    leeftijd, aow = leeftijd_en_aow(ber, v)
    werkende = bv.Werkende(
        leeftijd=leeftijd, aow=aow, leefsituatie=v["leefsituatie"],
        jongste_kind_leeftijd=v["jongste_kind_leeftijd"],
        start_werk=v["start_werk"], medisch=bool(v["medische_urenbeperking"]),
        loonkostensubsidie=bool(v["doelgroep_loonkostensubsidie"]), ingang_34a=bv.ingang_34a(ber))
    inkomsten = v["netto_inkomsten_per_maand"]
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
    huishouden = nm.Huishouden(leeftijd=leeftijd, leefsituatie=v["leefsituatie"],
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
    })


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


# -- participatieplicht ---------------------------------------------------------
def participatieplicht(v: dict) -> dict:
    ber = Berekening(v["peildatum"], v["gemeente"])
    deelnemer = pp.Deelnemer(
        leeftijd=v["leeftijd"], leefsituatie=v["leefsituatie"], jongste_kind_leeftijd=v["jongste_kind_leeftijd"],
        mantelzorg=bool(v["mantelzorg"]), arbeidsvermogen=v["arbeidsvermogen"],
        werk_uren_per_week=_uren_tekst(v["werk_uren_per_week"]), opleiding=bool(v["opleiding"]),
        vrijwilligerswerk=bool(v["vrijwilligerswerk"]))
    regime, plichten, opties, gevolgen = pp.beoordeel(ber, deelnemer)
    aow = aow_leeftijd(ber, v["leeftijd"], None)
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
    })


def _uren_tekst(uren: Decimal | None) -> str | None:
    if not uren:
        return None
    return format(uren.normalize(), "f").replace(".", ",")


BEREKENINGEN = {
    "giftenruimte": giftenruimte,
    "bijverdienvrijlating": bijverdienvrijlating,
    "participatieplicht": participatieplicht,
    "bijstandsnorm": bijstandsnorm,
}
