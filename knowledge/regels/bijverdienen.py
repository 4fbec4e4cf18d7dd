"""Vrijlating van inkomsten uit werk.

Tot en met 2026: artikel 31 lid 2 onder n, r, y en z Participatiewet.
Vanaf 2027 (of eerder als de gemeente dat kiest): artikel 34a.
The set of rules is chosen by peildatum (``REGELS_PER_REGIME``; in the gedoogjaar both
sets count, see ``regimes_bijverdienen``); each rule is
one function that returns a ``Vrijlating`` or None when it does not apply.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from .. import loader
from ..uitleg import Berekening, herbruikbaar
from ..datums import EEN_DAG, laatste_dag_na
from ..geld import deel, euro, procent
from ..teksten import datum


@dataclass(frozen=True)
class Werkende:
    leeftijd: int
    aow: bool
    leefsituatie: str
    jongste_kind_leeftijd: int | None
    start_werk: date
    medisch: bool
    loonkostensubsidie: bool
    ingang_34a: date  # the first day art. 34a applied to this person (see ``ingang_34a``)


@dataclass(frozen=True)
class Vrijlating:
    """A vrijlating that applies: its rule, percentage, maximum (or None) and end date."""

    regel: str
    percentage: Decimal
    maximum: Decimal | None
    tot: date | None

    def bedrag(self, inkomsten: Decimal) -> Decimal:
        """The percentage of the income, rounded to cents, at most the maximum."""
        bedrag = deel(self.percentage, inkomsten)
        return bedrag if self.maximum is None else min(bedrag, self.maximum)


def einde_31_2_n(ber: Berekening, w: Werkende) -> date:
    return laatste_dag_na(w.start_werk, int(ber.waarde("vrijlating_31_2_n.maanden")))


def vrijlating_31_2_n(ber: Berekening, w: Werkende) -> Vrijlating | None:
    """Artikel 31 lid 2 onder n: ``vrijlating_31_2_n.percentage`` van de
    inkomsten uit werk, ten hoogste ``vrijlating_31_2_n.maximum`` per maand, ten hoogste
    ``vrijlating_31_2_n.maanden`` aaneengesloten maanden, vanaf
    ``leeftijd.jongeren_zonder_arbeidsvrijlating`` jaar, als het werk naar het oordeel
    van het college bijdraagt aan arbeidsinschakeling. Vanaf de AOW-leeftijd geldt
    geen termijn."""
    if w.leeftijd < ber.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating"):
        return None
    tot = None if w.aow else einde_31_2_n(ber, w)
    if tot is not None and ber.peildatum > tot:
        ber.stap("vrijlating.n_afgelopen", tot=datum(tot))
        return None
    return Vrijlating("31_2_n", ber.waarde("vrijlating_31_2_n.percentage"),
                      ber.waarde("vrijlating_31_2_n.maximum"), tot)


def vrijlating_31_2_r(ber: Berekening, w: Werkende) -> Vrijlating | None:
    """Artikel 31 lid 2 onder r: alleenstaande ouder (vanaf
    ``leeftijd.jongeren_zonder_arbeidsvrijlating`` jaar) met de volledige zorg voor een
    kind jonger dan ``vrijlating_31_2_r.kind_jonger_dan``: ``vrijlating_31_2_r.percentage``
    met een maximum, ten hoogste ``vrijlating_31_2_r.maanden`` maanden, na afloop van
    de maanden van onderdeel n."""
    if (w.leefsituatie != "alleenstaande_ouder" or w.aow or w.jongste_kind_leeftijd is None
            or w.leeftijd < ber.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating")
            or w.jongste_kind_leeftijd >= ber.waarde("vrijlating_31_2_r.kind_jonger_dan")):
        return None
    einde_n = einde_31_2_n(ber, w)
    if ber.peildatum <= einde_n:
        return None
    maanden_n = int(ber.waarde("vrijlating_31_2_n.maanden"))
    tot = laatste_dag_na(w.start_werk, maanden_n + int(ber.waarde("vrijlating_31_2_r.maanden")))
    if ber.peildatum > tot:
        ber.stap("vrijlating.r_afgelopen", tot=datum(tot))
        return None
    return Vrijlating("31_2_r", ber.waarde("vrijlating_31_2_r.percentage"),
                      ber.waarde("vrijlating_31_2_r.maximum"), tot)


def vrijlating_31_2_y(ber: Berekening, w: Werkende) -> Vrijlating | None:
    """Artikel 31 lid 2 onder y: bij een medische urenbeperking
    ``vrijlating_31_2_y.percentage`` met een maximum, zonder einddatum, op elke leeftijd;
    niet zolang onderdeel n geldt."""
    if not w.medisch:
        return None
    return Vrijlating("31_2_y", ber.waarde("vrijlating_31_2_y.percentage"),
                      ber.waarde("vrijlating_31_2_y.maximum"), None)


def vrijlating_31_2_z(ber: Berekening, w: Werkende) -> Vrijlating | None:
    """Artikel 31 lid 2 onder z: iemand uit de doelgroep loonkostensubsidie krijgt
    ``vrijlating_31_2_z.percentage`` met een maximum, ten hoogste
    ``vrijlating_31_2_z.maanden`` maanden (na de maanden van onderdeel n).
    Daarna kan het college dit laten doorlopen als meer uren niet kunnen (onder aa)."""
    if not w.loonkostensubsidie:
        return None
    eerst_n = not w.aow and w.leeftijd >= ber.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating")
    maanden_n = int(ber.waarde("vrijlating_31_2_n.maanden")) if eerst_n else 0
    tot = laatste_dag_na(w.start_werk, maanden_n + int(ber.waarde("vrijlating_31_2_z.maanden")))
    if ber.peildatum > tot:
        ber.stap("vrijlating.z_afgelopen", tot=datum(tot))
        ber.aanname("aanname.vrijlating_aa")
        return None
    return Vrijlating("31_2_z", ber.waarde("vrijlating_31_2_z.percentage"),
                      ber.waarde("vrijlating_31_2_z.maximum"), tot)


def vrijlating_34a(ber: Berekening, w: Werkende) -> Vrijlating | None:
    """Artikel 34a (Participatiewet in balans): onder de AOW-leeftijd
    ``vrijlating_34a.percentage`` van de inkomsten uit werk, zonder maximumbedrag, ten
    hoogste ``vrijlating_34a.maanden`` aaneengesloten maanden, ook voor jongeren, als het
    werk naar het oordeel van het college bijdraagt aan arbeidsinschakeling. Het college kan verlengen als meer uren niet kunnen.

    Werk dat begon voordat art. 34a voor deze persoon gold: er is geen
    overgangsregel gevonden. Maanden van vóór art. 34a tellen niet als 'op': de
    maanden lopen vanaf de dag dat art. 34a gaat gelden (1 januari 2027, of de
    eerdere start van de gemeente). Dat staat als aanname in de uitkomst.
    """
    if w.aow:
        return None
    telling = max(w.start_werk, w.ingang_34a)
    if w.start_werk < w.ingang_34a:
        ber.aanname("aanname.vrijlating_34a_telling", datum=datum(w.ingang_34a))
    tot = laatste_dag_na(telling, int(ber.waarde("vrijlating_34a.maanden")))
    if ber.peildatum > tot:
        ber.stap("vrijlating.34a_afgelopen", tot=datum(tot))
        return None
    return Vrijlating("34a", ber.waarde("vrijlating_34a.percentage"), None, tot)


def vrijlating_34a_medisch(ber: Berekening, w: Werkende) -> Vrijlating | None:
    """Artikel 34a lid 1 onder b (Participatiewet in balans): bij een medische
    urenbeperking ``vrijlating_34a.medisch_percentage``, zonder maximum en zonder einddatum. De tekst sluit de
    AOW-leeftijd niet uit; Wegwijs kiest dan de gunstigste van deze en lid 1 onder c."""
    if not w.medisch:
        return None
    return Vrijlating("34a_medisch", ber.waarde("vrijlating_34a.medisch_percentage"), None, None)


def vrijlating_34a_aow(ber: Berekening, w: Werkende) -> Vrijlating | None:
    """Artikel 34a (Participatiewet in balans): vanaf de AOW-leeftijd
    ``vrijlating_34a.aow_percentage`` met een maximum per maand
    (``vrijlating_34a.aow_maximum``), zonder einddatum."""
    if not w.aow:
        return None
    return Vrijlating("34a_aow", ber.waarde("vrijlating_34a.aow_percentage"),
                      ber.waarde("vrijlating_34a.aow_maximum"), None)


REGELS_PER_REGIME = {
    "artikel_31": (vrijlating_31_2_n, vrijlating_31_2_r, vrijlating_31_2_y, vrijlating_31_2_z),
    "artikel_34a": (vrijlating_34a, vrijlating_34a_medisch, vrijlating_34a_aow),
}

BRON_PER_REGEL = {
    "31_2_n": "pw_31_2_n", "31_2_r": "pw_31_2_r", "31_2_y": "pw_31_2_y", "31_2_z": "pw_31_2_z",
    "34a": "pw_34a", "34a_medisch": "pw_34a", "34a_aow": "pw_34a",
}


REGIME_PER_REGEL = {regel: regime for regime, regels in (
    ("artikel_31", ("31_2_n", "31_2_r", "31_2_y", "31_2_z")),
    ("artikel_34a", ("34a", "34a_medisch", "34a_aow"))) for regel in regels}


@herbruikbaar
def regimes_bijverdienen(ber: Berekening, aow: bool) -> tuple[str, ...]:
    """The sets of rules whose vrijlatingen count on the peildatum.

    Nationally one regime. In the gedoogjaar a gemeente may already apply art. 34a,
    but only in people's favour: the vrijlatingen of art. 31 lid 2 stay statutory
    rights until 31 December 2026, so both regimes count and the highest outcome
    wins. Past the AOW age the SVB pays (AIO): the gemeente layer does not apply.
    """
    landelijk = ber.waarde("bijverdienen.regime")
    regime, laag = ber.regime("bijverdienen.regime", "artikel_34a", "vrijlating_34a_toepassen",
                              laag="regels", gemeente_mag=not aow)
    if laag == "wet":
        return (regime,)
    ber.stap("vrijlating.gemeente_34a_eerder", gemeente=ber.gemeente.naam)
    return (landelijk, regime)


def ingang_34a(ber: Berekening) -> date:
    """The first day art. 34a applied to people in this gemeente: the national date,
    or the earlier start the gemeente chose in the gedoogjaar."""
    landelijk = loader.regime_ingangsdatum("bijverdienen.regime", "artikel_34a")
    if ber.gemeente is None:
        return landelijk
    p = ber.gemeente.instelling("vrijlating_34a_toepassen", min(ber.peildatum, landelijk - EEN_DAG))
    if p is None or not p.waarde:
        return landelijk
    return max(p.van, loader.meta("wegwijs.gedoogjaar_vanaf"))


@herbruikbaar
def toepasselijke_vrijlatingen(ber: Berekening, regime: str, w: Werkende) -> tuple[Vrijlating, ...]:
    """Every vrijlating of the regime that applies to this person on the peildatum."""
    kandidaten = tuple(v for regel in REGELS_PER_REGIME[regime] if (v := regel(ber, w)) is not None)
    if len(kandidaten) > 1:
        ber.aanname("aanname.vrijlating_niet_optellen")
    return kandidaten


def beste_vrijlating(ber: Berekening, regimes: tuple[str, ...], w: Werkende, inkomsten: Decimal) -> Vrijlating | None:
    """The rules do not add up: the highest vrijlating that applies is used."""
    kandidaten = tuple(v for regime in regimes for v in toepasselijke_vrijlatingen(ber, regime, w))
    if not kandidaten:
        return None
    if len(regimes) > 1 and len(kandidaten) > 1:
        ber.aanname("aanname.vrijlating_niet_optellen")
    return max(kandidaten, key=lambda v: (v.bedrag(inkomsten), v.tot is None))


def beschrijf(ber: Berekening, v: Vrijlating, bedrag: Decimal, aow: bool) -> None:
    ber.bron(BRON_PER_REGEL[v.regel])
    maximum = euro(v.maximum) if v.maximum is not None else None
    sleutel = f"vrijlating.regel_{v.regel}" + ("_aow" if aow and v.regel == "31_2_n" else "")
    ber.stap(sleutel, percentage=procent(v.percentage), maximum=maximum,
             bedrag=euro(bedrag), tot=datum(v.tot) if v.tot else "")


@herbruikbaar
def tot_nieuwe_regels(ber: Berekening, v: Vrijlating) -> Vrijlating:
    """Artikel 31 lid 2 vervalt per 1 januari 2027 (Participatiewet in balans): een
    vrijlating volgens de oude regels loopt hoogstens tot de dag ervoor."""
    start = loader.regime_ingangsdatum("bijverdienen.regime", "artikel_34a")
    if v.tot is not None and v.tot < start:
        return v
    ber.aanname("aanname.vrijlating_overgang", datum=datum(start))
    return replace(v, tot=start - EEN_DAG)
