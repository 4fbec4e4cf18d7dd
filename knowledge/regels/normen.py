"""Bijstandsnormen: artikel 19a, 20, 21, 22, 22a en 24 Participatiewet."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .. import loader
from ..uitleg import Berekening, herbruikbaar
from ..geld import CENT, HONDERD, centen, euro, procent
from ..teksten import tekst

JONG, VOLWASSEN, AOW = "jong", "volwassen", "aow"
# Relations that stay kostendeler when they rent at a market price (art. 19a lid 1 onder b:
# bloed- of aanverwant in de eerste of tweede graad). "familie" is the second degree.
FAMILIE = ("kind", "ouder", "familie")


@dataclass(frozen=True)
class Medebewoner:
    leeftijd: int
    relatie: str = "anders"
    commerciele_huur: bool = False


@dataclass(frozen=True)
class Huishouden:
    leeftijd: int
    leefsituatie: str
    partner_leeftijd: int | None = None
    partner_heeft_recht: bool = True
    kostendelers: int = 0
    kinderen: bool = False
    mantelzorg_elders: bool = False


def leeftijdsgroep(ber: Berekening, leeftijd: int) -> str:
    """Artikel 20-22: jongerennorm (18-20), norm 21 tot AOW-leeftijd, of AOW-norm."""
    if leeftijd >= ber.waarde("leeftijd.aow_jaren"):
        return AOW
    if leeftijd < ber.waarde("leeftijd.volwassenennorm"):
        return JONG
    return VOLWASSEN


def kostendeler_19a(ber: Berekening, m: Medebewoner) -> str | None:
    """Artikel 19a lid 1: een kostendelende medebewoner is
    ``normen.kostendeler_minimumleeftijd`` jaar of ouder, woont
    in dezelfde woning, is niet de partner, geen commerciële huurder of kostganger
    (behalve familie in de eerste of tweede graad: kind, ouder, broer, zus, opa,
    oma, kleinkind; lid 1 onder b) en geen student met (recht op)
    studiefinanciering of WTOS of een BBL-opleiding (lid 1 onder d).

    Returns None if the medebewoner is a kostendeler, else the text key of the reason.
    """
    if m.leeftijd < ber.waarde("normen.kostendeler_minimumleeftijd"):
        return "medebewoner.te_jong"
    if m.relatie == "student":
        return "medebewoner.student"
    if m.commerciele_huur and m.relatie not in FAMILIE:
        return "medebewoner.commerciele_huur"
    return None


def norm_alleenstaande(ber: Berekening, groep: str) -> Decimal:
    """Artikel 20 lid 1/2 onder a, 21 onder a, 22 onder a: norm alleenstaande(ouder)."""
    naam = {JONG: "normen.jongere_alleenstaande", VOLWASSEN: "normen.alleenstaande",
            AOW: "normen.alleenstaande_aow"}[groep]
    norm = ber.waarde(naam)
    ber.stap(f"norm.alleenstaande_{groep}", norm=euro(norm), grens=ber.waarde("leeftijd.volwassenennorm"))
    return norm


def norm_gehuwden(ber: Berekening, groep: str, partnergroep: str, kinderen: bool) -> Decimal:
    """Artikel 20 lid 1/2 onder b en c, 21 onder b, 22 onder b en c: norm gehuwden."""
    groepen = {groep, partnergroep}
    if groepen == {JONG}:
        naam = "normen.jongeren_gehuwd_beiden_" + ("met_kind" if kinderen else "zonder_kind")
        sleutel = "norm.gehuwden_beiden_jong"
    elif JONG in groepen:
        naam = "normen.jongeren_gehuwd_een_" + ("met_kind" if kinderen else "zonder_kind")
        sleutel = "norm.gehuwden_een_jong"
    elif AOW in groepen:
        naam, sleutel = "normen.gehuwden_aow", "norm.gehuwden_aow"
    else:
        naam, sleutel = "normen.gehuwden", "norm.gehuwden_volwassen"
    norm = ber.waarde(naam)
    ber.stap(sleutel, norm=euro(norm), grens=ber.waarde("leeftijd.volwassenennorm"),
             kinderen=tekst("norm.met_kinderen" if kinderen else "norm.zonder_kinderen"))
    return norm


def basis_gehuwdennorm(ber: Berekening, aow: bool) -> Decimal:
    """B in artikel 22a: de gehuwdennorm van artikel 21 onder b of 22 onder b."""
    return ber.waarde("normen.gehuwden_aow" if aow else "normen.gehuwden")


def kostendelersnorm_22a(ber: Berekening, a: int, b: Decimal, sleutel: str = "norm.kostendelersnorm") -> Decimal:
    """Artikel 22a lid 1: norm = ((``normen.kostendelersnorm_vast_deel`` + A x
    ``normen.kostendelersnorm_per_persoon``) / (A x 100)) x B, afgerond op centen.

    A is het aantal kostendelende medebewoners plus de belanghebbende (en zijn
    echtgenoot vanaf ``leeftijd.volwassenennorm`` jaar).
    """
    vast = ber.waarde("normen.kostendelersnorm_vast_deel")
    per_persoon = ber.waarde("normen.kostendelersnorm_per_persoon")
    breuk = (vast + a * per_persoon) / (a * HONDERD)
    norm = centen(b * breuk)
    ber.bron("pw_22a")
    ber.stap(sleutel, a=a, b=euro(b), percentage=procent((breuk * HONDERD).quantize(CENT)),
             norm=euro(norm), grens=ber.waarde("leeftijd.volwassenennorm"))
    return norm


def norm_niet_rechthebbende_partner_24(ber: Berekening, gehuwdennorm: Decimal) -> Decimal:
    """Artikel 24 (tekst tot 2027): met een partner zonder recht op bijstand krijgt de
    belanghebbende vanaf ``leeftijd.volwassenennorm`` jaar zonder kostendelers
    ``normen.niet_rechthebbende_partner_percentage`` van de gehuwdennorm."""
    percentage = ber.waarde("normen.niet_rechthebbende_partner_percentage")
    norm = centen(gehuwdennorm * percentage / HONDERD)
    ber.bron("pw_24")
    ber.stap("norm.niet_rechthebbende_partner", percentage=procent(percentage), b=euro(gehuwdennorm),
             norm=euro(norm))
    return norm


@herbruikbaar
def vakantietoeslag(ber: Berekening, norm: Decimal) -> Decimal:
    """Artikel 19 lid 3 en 45: de norm bevat vakantietoeslag
    (``normen.vakantietoeslag_percentage`` van de norm),
    die één keer per jaar wordt uitbetaald."""
    vt = centen(norm * ber.waarde("normen.vakantietoeslag_percentage") / HONDERD)
    ber.stap("norm.vakantietoeslag", vakantietoeslag=euro(vt))
    return vt


@herbruikbaar
def beoordeel_medebewoner(ber: Berekening, m: Medebewoner) -> tuple[bool, str]:
    """Artikel 19a: is deze medebewoner kostendeler, en waarom (niet)."""
    reden = kostendeler_19a(ber, m)
    zin = tekst(reden or "medebewoner.telt_mee", leeftijd=ber.waarde("normen.kostendeler_minimumleeftijd"))
    if m.commerciele_huur and m.relatie in FAMILIE:
        ber.aanname("aanname.familie_commerciele_huur")
    elif reden == "medebewoner.commerciele_huur":
        ber.aanname("aanname.huurder_familie")
    return reden is None, zin


def gehuwden_per_persoon_22a(ber: Berekening, per_persoon: Decimal) -> Decimal:
    """Artikel 22a lid 2: voor gehuwden is de norm de som van de kostendelersnorm
    van elk van beide echtgenoten."""
    norm = per_persoon * 2
    ber.stap("norm.kostendelersnorm_gehuwden", per_persoon=euro(per_persoon), norm=euro(norm))
    return norm


def kostendelersnorm_van_toepassing(ber: Berekening, h: Huishouden) -> bool:
    """Artikel 22a lid 4 (vanaf 2026): geen kostendelersnorm voor wie tijdelijk
    elders woont om intensieve mantelzorg te geven."""
    if h.kostendelers == 0:
        return False
    if not h.mantelzorg_elders:
        return True
    if ber.waarde("normen.mantelzorg_zonder_kostendelersnorm"):
        ber.bron("pw_22a")
        ber.stap("norm.mantelzorg_geen_kostendelersnorm")
        return False
    ber.stap("norm.mantelzorg_nog_niet")
    return True


@herbruikbaar
def bepaal_norm(ber: Berekening, h: Huishouden) -> tuple[Decimal, bool]:
    """The norm of a household and whether the kostendelersnorm was applied."""
    groep = leeftijdsgroep(ber, h.leeftijd)
    kostendelers = kostendelersnorm_van_toepassing(ber, h)
    if h.leefsituatie != "gehuwden":
        if kostendelers and groep != JONG:
            return kostendelersnorm_22a(ber, h.kostendelers + 1, basis_gehuwdennorm(ber, groep == AOW)), True
        if kostendelers:
            ber.stap("norm.jongere_geen_kostendelersnorm", grens=ber.waarde("leeftijd.volwassenennorm"))
        return norm_alleenstaande(ber, groep), False
    if h.partner_leeftijd is None:
        partnergroep = groep
        ber.aanname("aanname.partner_leeftijd")
    else:
        partnergroep = leeftijdsgroep(ber, h.partner_leeftijd)
    if not h.partner_heeft_recht:
        return norm_partner_zonder_recht(ber, h, groep, kostendelers)
    if kostendelers and JONG not in (groep, partnergroep):
        b = basis_gehuwdennorm(ber, AOW in (groep, partnergroep))
        return gehuwden_per_persoon_22a(ber, kostendelersnorm_22a(ber, h.kostendelers + 2, b)), True
    if kostendelers and {groep, partnergroep} != {JONG}:
        norm = jonge_gehuwden_kostendelers_22a_3(ber, h, groep, partnergroep)
        if norm is not None:
            return norm, True
        ber.aanname("aanname.jongere_kostendelers")
    elif kostendelers:
        ber.stap("norm.jongere_geen_kostendelersnorm", grens=ber.waarde("leeftijd.volwassenennorm"))
    return norm_gehuwden(ber, groep, partnergroep, h.kinderen), False


def jonge_gehuwden_kostendelers_22a_3(ber: Berekening, h: Huishouden, groep: str, partnergroep: str) -> Decimal | None:
    """Artikel 22a lid 3: gehuwden van wie één jonger is dan ``leeftijd.volwassenennorm``
    en de ander niet, met kostendelers: een vast bedrag voor de jonge echtgenoot (met of
    zonder kinderen) plus de kostendelersnorm van de oudere echtgenoot. Voor die
    echtgenoot telt A de kostendelers en hemzelf; de jonge echtgenoot telt niet mee.

    Returns None on a peildatum for which the amount is not in the parameters.
    """
    naam = "normen.jongeren_gehuwd_kostendelers_" + ("met_kind" if h.kinderen else "zonder_kind")
    try:
        jong = ber.waarde(naam)
    except loader.GeenWaarde:
        return None
    oudere = partnergroep if groep == JONG else groep
    deel = kostendelersnorm_22a(ber, h.kostendelers + 1, basis_gehuwdennorm(ber, oudere == AOW),
                                "norm.kostendelersnorm_oudere_partner")
    norm = jong + deel
    ber.stap("norm.jonge_gehuwden_kostendelers", jong=euro(jong), deel=euro(deel), norm=euro(norm),
             grens=ber.waarde("leeftijd.volwassenennorm"))
    return norm


def norm_partner_zonder_recht(ber: Berekening, h: Huishouden, groep: str, kostendelers: bool) -> tuple[Decimal, bool]:
    """Artikel 24 (en 22a als er ook kostendelers zijn): de norm van de partner die wel
    recht heeft: ``normen.niet_rechthebbende_partner_regel`` zegt welke regel geldt
    (tot 2027 een percentage van de gehuwdennorm; daarna, aangekondigd en open, de
    alleenstaandennorm die voor hem geldt)."""
    if groep == JONG:
        ber.aanname("aanname.jongere_partner_zonder_recht")
        return norm_alleenstaande(ber, groep), False
    b = basis_gehuwdennorm(ber, groep == AOW)
    if kostendelers:
        ber.aanname("aanname.partner_zonder_recht_kostendelers")
        return kostendelersnorm_22a(ber, h.kostendelers + 2, b), True
    if ber.waarde("normen.niet_rechthebbende_partner_regel") == "alleenstaandennorm":
        ber.bron("pw_24")
        ber.stap("norm.niet_rechthebbende_partner_alleenstaande")
        return norm_alleenstaande(ber, groep), False
    return norm_niet_rechthebbende_partner_24(ber, b), False


def verhoogde_jongerennorm_20_3(ber: Berekening, h: Huishouden, norm: Decimal) -> tuple[Decimal, Decimal, Decimal] | None:
    """Artikel 20 lid 3 en 4 (vanaf 2026): kan iemand jonger dan ``leeftijd.volwassenennorm``
    voor zijn levensonderhoud geen beroep doen op zijn ouders, dan verhoogt het college
    de norm met ``normen.jongeren_verhoging_ouders``. Samen niet hoger dan de norm van
    artikel 21 voor een volwassene in een vergelijkbare situatie. Vóór 2026 ging dit via bijzondere
    bijstand (oud artikel 12).

    Returns (verhoogde norm, verhoging, plafond), or None when lid 3 does not apply
    to this person or on this peildatum.
    """
    if leeftijdsgroep(ber, h.leeftijd) != JONG:
        return None
    try:
        verhoging = ber.waarde("normen.jongeren_verhoging_ouders")
    except loader.GeenWaarde:
        ber.bron("pw_12_oud")
        ber.aanname("aanname.jongeren_bijzondere_bijstand")
        return None
    plafond = ber.waarde("normen.gehuwden" if h.leefsituatie == "gehuwden" else "normen.alleenstaande")
    ber.bron("pw_20_3")
    return min(norm + verhoging, plafond), verhoging, plafond
