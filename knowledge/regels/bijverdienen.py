"""Vrijlating van inkomsten uit werk.

Tot en met 2026: artikel 31 lid 2 onder n, r, y en z Participatiewet.
Vanaf 2027 (of eerder als de gemeente dat kiest): artikel 34a.
The set of rules is chosen by peildatum (``REGELS_PER_REGIME``); each rule is
one function that returns a ``Vrijlating`` or None when it does not apply.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from .. import loader
from ..berekening import Berekening, herbruikbaar
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


def _vrijlating(ber: Berekening, regel: str, percentage: Decimal, maximum: Decimal | None,
                w: Werkende, tot: date | None) -> Vrijlating:
    return Vrijlating(regel, percentage, maximum, tot)


def einde_31_2_n(ber: Berekening, w: Werkende) -> date:
    return laatste_dag_na(w.start_werk, int(ber.waarde("vrijlating_31_2_n.maanden")))


def vrijlating_31_2_n(ber: Berekening, w: Werkende) -> Vrijlating | None:
    """Artikel 31 lid 2 onder n: 25% van de inkomsten uit werk, met een maximum per
    maand, ten hoogste 6 aaneengesloten maanden, vanaf 27 jaar, als het werk naar
    het oordeel van het college bijdraagt aan arbeidsinschakeling. Vanaf de
    AOW-leeftijd geldt geen termijn."""
    if w.leeftijd < ber.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating"):
        return None
    tot = None if w.aow else einde_31_2_n(ber, w)
    if tot is not None and ber.peildatum > tot:
        ber.stap("vrijlating.n_afgelopen", tot=datum(tot))
        return None
    return _vrijlating(ber, "31_2_n", ber.waarde("vrijlating_31_2_n.percentage"),
                       ber.waarde("vrijlating_31_2_n.maximum"), w, tot)


def vrijlating_31_2_r(ber: Berekening, w: Werkende) -> Vrijlating | None:
    """Artikel 31 lid 2 onder r: alleenstaande ouder (27 jaar of ouder) met de
    volledige zorg voor een kind jonger dan 12: 12,5% met een maximum, ten hoogste
    30 maanden, na afloop van de 6 maanden van onderdeel n."""
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
    return _vrijlating(ber, "31_2_r", ber.waarde("vrijlating_31_2_r.percentage"),
                       ber.waarde("vrijlating_31_2_r.maximum"), w, tot)


def vrijlating_31_2_y(ber: Berekening, w: Werkende) -> Vrijlating | None:
    """Artikel 31 lid 2 onder y: bij een medische urenbeperking 15% met een maximum,
    zonder einddatum, op elke leeftijd; niet zolang onderdeel n geldt."""
    if not w.medisch:
        return None
    return _vrijlating(ber, "31_2_y", ber.waarde("vrijlating_31_2_y.percentage"),
                       ber.waarde("vrijlating_31_2_y.maximum"), w, None)


def vrijlating_31_2_z(ber: Berekening, w: Werkende) -> Vrijlating | None:
    """Artikel 31 lid 2 onder z: iemand uit de doelgroep loonkostensubsidie krijgt
    15% met een maximum, ten hoogste 12 maanden (na de maanden van onderdeel n).
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
    return _vrijlating(ber, "31_2_z", ber.waarde("vrijlating_31_2_z.percentage"),
                       ber.waarde("vrijlating_31_2_z.maximum"), w, tot)


def vrijlating_34a(ber: Berekening, w: Werkende) -> Vrijlating | None:
    """Artikel 34a (Participatiewet in balans): onder de AOW-leeftijd 15% van de
    inkomsten uit werk, zonder maximumbedrag, ten hoogste 12 aaneengesloten
    maanden, ook onder de 27. Het college kan verlengen als meer uren niet kunnen."""
    if w.aow:
        return None
    tot = laatste_dag_na(w.start_werk, int(ber.waarde("vrijlating_34a.maanden")))
    if ber.peildatum > tot:
        ber.stap("vrijlating.34a_afgelopen", tot=datum(tot))
        return None
    return _vrijlating(ber, "34a", ber.waarde("vrijlating_34a.percentage"), None, w, tot)


def vrijlating_34a_medisch(ber: Berekening, w: Werkende) -> Vrijlating | None:
    """Artikel 34a (Participatiewet in balans): bij een medische urenbeperking 15%,
    zonder maximum en zonder einddatum."""
    if not w.medisch or w.aow:
        return None
    return _vrijlating(ber, "34a_medisch", ber.waarde("vrijlating_34a.medisch_percentage"), None, w, None)


def vrijlating_34a_aow(ber: Berekening, w: Werkende) -> Vrijlating | None:
    """Artikel 34a (Participatiewet in balans): vanaf de AOW-leeftijd 25% met een
    maximum per maand, zonder einddatum."""
    if not w.aow:
        return None
    return _vrijlating(ber, "34a_aow", ber.waarde("vrijlating_34a.aow_percentage"),
                       ber.waarde("vrijlating_34a.aow_maximum"), w, None)


REGELS_PER_REGIME = {
    "artikel_31": (vrijlating_31_2_n, vrijlating_31_2_r, vrijlating_31_2_y, vrijlating_31_2_z),
    "artikel_34a": (vrijlating_34a, vrijlating_34a_medisch, vrijlating_34a_aow),
}

BRON_PER_REGEL = {
    "31_2_n": "pw_31_2_n", "31_2_r": "pw_31_2_r", "31_2_y": "pw_31_2_y", "31_2_z": "pw_31_2_z",
    "34a": "pw_34a", "34a_medisch": "pw_34a", "34a_aow": "pw_34a",
}


@herbruikbaar
def regime_bijverdienen(ber: Berekening) -> str:
    """The national regime on the peildatum, unless the gemeente applies art. 34a early."""
    regime = ber.waarde("bijverdienen.regime")
    vroeg = regime != "artikel_34a" and ber.beleid("vrijlating_34a_toepassen")
    ber.lagen.pop("vrijlating_34a_toepassen", None)
    ber.lagen["regels"] = "gemeente" if vroeg else "wet"
    if vroeg:
        ber.stap("vrijlating.gemeente_34a_eerder", gemeente=ber.gemeente.naam)
        return "artikel_34a"
    return regime


@herbruikbaar
def toepasselijke_vrijlatingen(ber: Berekening, regime: str, w: Werkende) -> tuple[Vrijlating, ...]:
    """Every vrijlating of the regime that applies to this person on the peildatum."""
    kandidaten = tuple(v for regel in REGELS_PER_REGIME[regime] if (v := regel(ber, w)) is not None)
    if len(kandidaten) > 1:
        ber.aanname("aanname.vrijlating_niet_optellen")
    return kandidaten


def beste_vrijlating(ber: Berekening, regime: str, w: Werkende, inkomsten: Decimal) -> Vrijlating | None:
    """The rules do not add up: the highest vrijlating that applies is used."""
    kandidaten = toepasselijke_vrijlatingen(ber, regime, w)
    if not kandidaten:
        return None
    return max(kandidaten, key=lambda v: (v.bedrag(inkomsten), v.tot is None))


def beschrijf(ber: Berekening, v: Vrijlating, bedrag: Decimal) -> None:
    ber.bron(BRON_PER_REGEL[v.regel])
    maximum = euro(v.maximum) if v.maximum is not None else None
    ber.stap(f"vrijlating.regel_{v.regel}", percentage=procent(v.percentage), maximum=maximum,
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
