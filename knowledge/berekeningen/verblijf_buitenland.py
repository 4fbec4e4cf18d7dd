"""Verblijf buiten Nederland: hoeveel dagen iemand met bijstand dit kalenderjaar nog weg mag
(artikel 13 lid 1 onder e en lid 4 Participatiewet).

Geen recht op bijstand heeft wie per kalenderjaar langer dan vier weken buiten Nederland
is, of langer dan vier weken aaneengesloten (lid 1 onder e); vanaf de AOW-leeftijd is dat
dertien weken (lid 4); een partner die de AOW-leeftijd nog niet heeft, houdt vier weken (SVB). Dagen tellen zoals de SVB en de CRvB: de dag van vertrek telt als
een dag in Nederland, de dag van terugkomst als een dag buiten Nederland. Een reis over
1 januari telt in elk jaar voor de dagen die in dat jaar vallen; voor de toets 'aaneengesloten'
telt de hele reis.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from .. import loader
from ..datums import jaar_later, kalenderjaar
from ..geld import getal, iso
from ..invoer import BASIS, ONBEKEND, Schema, een_datum, fout, leeftijd_bijstand, lijst_van, of_onbekend
from ..teksten import datum
from ..regels.uitvoering import uitvoerder
from ..uitleg import Berekening
from .bijverdienvrijlating import leeftijd_en_aow

REIS: Schema = {
    "vertrek": (een_datum, True),
    "terug": (een_datum, True),
}

SCHEMA: Schema = {
    **BASIS,
    "geboortedatum": (een_datum, False),
    "leeftijd": (of_onbekend(leeftijd_bijstand), False),
    "reizen": (lijst_van(REIS), True),
    # the partner's age, when the partner makes the same trips: past the AOW age (AIO) a partner under it keeps the
    # shorter limit (buitenland.weken_per_jaar_aio_partner_jonger); a partner past it makes the SVB pay (art. 47a)
    "partner_leeftijd": (leeftijd_bijstand, False),
}

HOOFDBRON = "pw_13_1_e"
HOOFDBRON_AOW = "pw_13_4"


def bereken(v: dict) -> dict:
    if (v["geboortedatum"] is None) == (v["leeftijd"] is None):
        raise fout("geboortedatum" if v["geboortedatum"] is None else "leeftijd",
                   "geboortedatum_of_leeftijd" if v["geboortedatum"] is None else "niet_allebei")
    reizen = [controleer_reis(i, r, v["peildatum"]) for i, r in enumerate(v["reizen"])]
    ber = Berekening(v["peildatum"], v["gemeente"])
    aow = aow_leeftijd(ber, v)
    weken = ber.waarde("buitenland.weken_per_jaar_aow" if aow else "buitenland.weken_per_jaar")
    max_dagen = int(weken * ber.waarde("omrekening.dagen_per_week"))  # the law counts in weeks
    ber.stap("buitenland.grens_aow" if aow else "buitenland.grens", weken=getal(weken), dagen=max_dagen)
    ber.stap("buitenland.telling")
    van, tot = kalenderjaar(ber.peildatum)
    per_reis = [_reis_in_jaar(ber, r, van, tot) for r in reizen]
    dagen = dagen_buiten(reizen, van, tot)
    if sum(r["dagen_dit_jaar"] for r in per_reis) > len(dagen):
        ber.aanname("aanname.buitenland_overlap")
    gebruikt = len(dagen)
    langste = max((r["dagen"] for r in per_reis), default=0)
    zonder = dagen_zonder_bijstand(reizen, max_dagen, van, tot)
    if gebruikt > max_dagen:
        ber.stap("buitenland.gebruikt_te_veel", jaar=ber.peildatum.year, gebruikt=gebruikt, te_veel=gebruikt - max_dagen)
    else:
        ber.stap("buitenland.gebruikt", jaar=ber.peildatum.year, gebruikt=gebruikt, over=max_dagen - gebruikt)
    if langste > max_dagen:
        ber.stap("buitenland.reis_te_lang", dagen=langste, max=max_dagen)
    # past the AOW age the SVB pays the AIO (art. 47a): the trip is reported to the SVB and the SVB decides. A couple
    # of whom only the partner has the AOW age gets the AIO too (art. 47a lid 1); the person keeps the limit of
    # their own age (buitenland.weken_per_jaar_aio_partner_jonger, SVB).
    partner_aow = partner_heeft_aow(ber, v, aow)
    svb = uitvoerder(aow or partner_aow) == "svb"
    if zonder:
        ber.stap("buitenland.zonder_aio" if svb else "buitenland.zonder_bijstand", dagen=len(zonder),
                 datum=datum(zonder[0]))
        ber.bron("pw_16")
    partner = partner_jonger(ber, v, aow, reizen, (gebruikt, langste), van, tot)
    if partner_aow:
        ber.stap("buitenland.partner_aow", weken=getal(weken))
    if svb:
        ber.stap("buitenland.melden_svb")
        ber.bron("svb_aio_buitenland")
        ber.bron("pw_47a")
    else:
        ber.stap("buitenland.melden", weken=getal(ber.waarde("buitenland.melden_weken_vooraf")))
    return ber.afronden({
        **partner,
        "peildatum": iso(ber.peildatum),
        "periode": {"van": iso(van), "tot": iso(tot)},
        "aow_leeftijd": aow,
        # from the AOW age of the person or the partner the SVB (AIO): report the trip there (step melden_svb)
        "uitvoerder": uitvoerder(aow or partner_aow),
        "max_weken": int(weken),
        "max_dagen": max_dagen,
        "dagen_gebruikt": gebruikt,
        "dagen_over": max(0, max_dagen - gebruikt),
        "langste_reis_dagen": langste,
        "te_lang": gebruikt > max_dagen or langste > max_dagen,
        "dagen_zonder_bijstand": len(zonder),
        "eerste_dag_zonder_bijstand": iso(zonder[0]) if zonder else None,
        "reizen": per_reis,
        "hoofdbron": ber.bron(HOOFDBRON_AOW if aow else HOOFDBRON),
    })


def partner_jonger(ber: Berekening, v: dict, aow: bool, reizen: list[tuple[date, date]], dagen: tuple[int, int],
                   van: date, tot: date) -> dict:
    """Past the AOW age (AIO), a partner who has not reached it and makes the same trips keeps the limit of
    buitenland.weken_per_jaar_aio_partner_jonger (SVB): that partner's days left, or days without AIO (past the
    limit this year, or in one trip, also when those days fall in the next year). {} otherwise."""
    gebruikt, langste = dagen
    if not aow or v.get("partner_leeftijd") is None or \
            leeftijd_en_aow(ber, {"leeftijd": v["partner_leeftijd"], "geboortedatum": None})[1]:
        return {}
    weken = ber.waarde("buitenland.weken_per_jaar_aio_partner_jonger")
    max_dagen = int(weken * ber.waarde("omrekening.dagen_per_week"))
    zonder = max(len(dagen_zonder_bijstand(reizen, max_dagen, van, tot)), langste - max_dagen)
    if zonder > 0:
        ber.stap("buitenland.partner_jonger_te_lang", weken=getal(weken), dagen=max_dagen, te_veel=zonder)
    else:
        ber.stap("buitenland.partner_jonger", weken=getal(weken), dagen=max_dagen, over=max_dagen - gebruikt,
                 jaar=ber.peildatum.year)
    return {"partner_max_weken": int(weken), "partner_max_dagen": max_dagen,
            "partner_dagen_over": max(0, max_dagen - gebruikt), "partner_te_lang": zonder > 0,
            "partner_dagen_zonder_aio": max(0, zonder)}


def partner_heeft_aow(ber: Berekening, v: dict, aow: bool) -> bool:
    """The person has not reached the AOW age, the partner has (art. 47a lid 1: the SVB pays the couple's AIO)."""
    if aow or v.get("partner_leeftijd") is None:
        return False
    if leeftijd_en_aow(ber, {"leeftijd": v["partner_leeftijd"], "geboortedatum": None})[1]:
        ber.bron("pw_47a")
        return True
    return False


def aow_leeftijd(ber: Berekening, v: dict) -> bool:
    """Whether the AOW age is reached on the peildatum; an age not known: not, and the result says so."""
    if v["leeftijd"] == ONBEKEND:
        ber.aanname("aanname.leeftijd_onbekend_buitenland")
        return False
    return leeftijd_en_aow(ber, v)[1]


def controleer_reis(i: int, reis: dict, peildatum: date) -> tuple[date, date]:
    """A trip as (vertrek, terug); return before departure, or a date far from the peildatum, is an error."""
    vertrek, terug = reis["vertrek"], reis["terug"]
    if terug < vertrek:
        raise fout(f"reizen[{i}].terug", "terug_voor_vertrek")
    jaren = int(loader.meta("invoer.reis_jaren_rond_peildatum"))
    vroegst, laatst = kalenderjaar(jaar_later(peildatum, -jaren))[0], kalenderjaar(jaar_later(peildatum, jaren))[1]
    for veld, d in (("vertrek", vertrek), ("terug", terug)):
        if not vroegst <= d <= laatst:
            raise fout(f"reizen[{i}].{veld}", "reis_buiten_bereik", van=datum(vroegst), tot=datum(laatst))
    return vertrek, terug


def dagen_weg(vertrek: date, terug: date) -> list[date]:
    """The days abroad of one trip: the day after departure up to and including the day of return."""
    return [vertrek + timedelta(days=n) for n in range(1, (terug - vertrek).days + 1)]


def dagen_buiten(reizen: list[tuple[date, date]], van: date, tot: date) -> set[date]:
    """Every day abroad in the calendar year [van, tot]; a day in two trips counts once."""
    return {d for vertrek, terug in reizen for d in dagen_weg(vertrek, terug) if van <= d <= tot}


def dagen_zonder_bijstand(reizen: list[tuple[date, date]], max_dagen: int, van: date, tot: date) -> list[date]:
    """The days abroad in the year beyond the limit: past the yearly total, or past the limit in one trip."""
    in_jaar = sorted(dagen_buiten(reizen, van, tot))
    te_lang_achter_elkaar = {d for vertrek, terug in reizen for d in dagen_weg(vertrek, terug)[max_dagen:]}
    return [d for n, d in enumerate(in_jaar, start=1) if n > max_dagen or d in te_lang_achter_elkaar]


def _reis_in_jaar(ber: Berekening, reis: tuple[date, date], van: date, tot: date) -> dict:
    vertrek, terug = reis
    dagen = (terug - vertrek).days
    dit_jaar = sum(1 for d in dagen_weg(vertrek, terug) if van <= d <= tot)
    velden = {"vertrek": datum(vertrek), "terug": datum(terug), "dagen": dagen}
    if dit_jaar == dagen:
        ber.stap("buitenland.reis", **velden)
    else:
        ber.stap("buitenland.reis_gesplitst", **velden, in_jaar=dit_jaar, jaar=ber.peildatum.year)
    return {"vertrek": iso(vertrek), "terug": iso(terug), "dagen": dagen, "dagen_dit_jaar": dit_jaar}


# -- wat als ----------------------------------------------------------------------
VERGELIJK: tuple[str, ...] = ()  # days, not euros; art. 13 does not change in 2027


def naar_nieuwe_regels(invoer: dict, peildatum: date, nieuw: date) -> dict:
    """The same trips in the calendar year of the new rules."""
    jaren = nieuw.year - peildatum.year
    return {**invoer, "peildatum": jaar_later(peildatum, jaren).isoformat(),
            "reizen": [{k: jaar_later(een_datum(r[k], k), jaren).isoformat() for k in ("vertrek", "terug")}
                       for r in invoer["reizen"]]}


def meer(invoer: dict, peildatum: date, extra: Decimal) -> None:
    """More income does not change the days abroad."""
    return None


def verschil(nu: dict, ander: dict) -> dict:
    return {"dagen_over": ander["dagen_over"] - nu["dagen_over"]}
