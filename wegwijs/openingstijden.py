"""When a person can reach the gemeente: its opening hours per weekday and its closed days.

Read from the `contact:` part of a gemeente settings file (docs/gemeente.md):

    openingstijden:                 # time in the Netherlands; a day not listed is closed
      maandag: "9.00-17.00"
      dinsdag: ["9.00-12.00", "13.00-17.00"]
    gesloten:                       # closed days of this gemeente besides the feestdagen
      dagen:
        - {datum: 2026-12-24, naam: Kerstavond}

The official feestdagen are closed in every gemeente and computed by rule
(`feestdagen(jaar)`), so they never run out. `status(tijden, nu)` says whether
it is open at `nu` (until when), or when it opens again. `nu` is always a
parameter, so a test chooses the moment.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from dateutil.easter import EASTER_WESTERN, easter  # python-dateutil, which Rasa needs too

from wegwijs.instellingen import eis

TIJDZONE = ZoneInfo("Europe/Amsterdam")
WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
VOORUIT_DAGEN = 21  # how far ahead "closed until" looks (a long Christmas closure fits)
_TIJDVAK = re.compile(r"^\s*(\d{1,2})[.:](\d{2})\s*-\s*(\d{1,2})[.:](\d{2})\s*$")


@dataclass(frozen=True)
class Tijdvak:
    van: time
    tot: time


@dataclass(frozen=True)
class Openingstijden:
    per_weekdag: tuple[tuple[Tijdvak, ...], ...]  # 7 entries, Monday first
    gesloten: frozenset[date] = frozenset()  # the gemeente's own closed days; the feestdagen come on top

    def vakken_op(self, dag: date) -> tuple[Tijdvak, ...]:
        dicht = dag in self.gesloten or dag in feestdagen(dag.year)
        return () if dicht else self.per_weekdag[dag.weekday()]


# --- the feestdagen -----------------------------------------------------------------
# Rijksoverheid, "Officiële feestdagen" (https://www.rijksoverheid.nl/onderwerpen/arbeidsovereenkomst-en-cao/
# vraag-en-antwoord/officiele-feestdagen). Goede Vrijdag is no day off at a gemeente, and Bevrijdingsdag only
# in a lustrum year (2030, 2035, ...), as the gemeente files said when they listed the days by hand.

@functools.lru_cache(maxsize=64)
def feestdagen(jaar: int) -> dict[date, str]:
    """The feestdagen of a year (from 2014, when Koningsdag became 27 April) on which a gemeente is closed."""
    paasdag = easter(jaar, EASTER_WESTERN)  # Eerste Paasdag in the Gregorian calendar
    koningsdag = date(jaar, 4, 27)
    if koningsdag.weekday() == 6:  # on a Sunday it is the Saturday before
        koningsdag -= timedelta(days=1)
    dagen = {
        date(jaar, 1, 1): "Nieuwjaarsdag",
        paasdag: "Eerste Paasdag",
        paasdag + timedelta(days=1): "Tweede Paasdag",
        koningsdag: "Koningsdag",
        paasdag + timedelta(days=39): "Hemelvaartsdag",
        paasdag + timedelta(days=49): "Eerste Pinksterdag",
        paasdag + timedelta(days=50): "Tweede Pinksterdag",
        date(jaar, 12, 25): "Eerste Kerstdag",
        date(jaar, 12, 26): "Tweede Kerstdag",
    }
    if jaar % 5 == 0:
        dagen[date(jaar, 5, 5)] = "Bevrijdingsdag"
    return dagen


def algemeen_erkende_feestdagen(jaar: int) -> frozenset[date]:
    """The algemeen erkende feestdagen of the Algemene termijnenwet in ``jaar`` (art. 3 lid 1 and 2): the feestdagen
    above, and also Goede Vrijdag and 5 mei in every year.

    Days a koninklijk besluit adds for a few years (art. 3 lid 3, such as the Friday after Hemelvaartsdag) are not
    here: a term they would lengthen ends here no later than the law's (never a day too late)."""
    paasdag = easter(jaar, EASTER_WESTERN)
    goede_vrijdag = paasdag - timedelta(days=2)
    return frozenset(feestdagen(jaar)) | {goede_vrijdag, date(jaar, 5, 5)}


def einde_wettelijke_termijn(einde: date) -> date:
    """A term set by law that ends on a Saturday, a Sunday or an algemeen erkende feestdag runs on to the next day
    that is none of these (Algemene termijnenwet, art. 1 lid 1): the term for bezwaar, for one."""
    while einde.weekday() >= 5 or einde in algemeen_erkende_feestdagen(einde.year):
        einde += timedelta(days=1)
    return einde


@dataclass(frozen=True)
class Status:
    """Open now until `tot`, or closed until `vanaf` (None: not open in the coming weeks)."""

    open: bool
    tot: datetime | None = None
    vanaf: datetime | None = None


def status(tijden: Openingstijden, nu: datetime) -> Status:
    """Open or closed at `nu` (a naive time counts as Dutch time)."""
    nu = nu.replace(tzinfo=TIJDZONE) if nu.tzinfo is None else nu.astimezone(TIJDZONE)
    for vak in tijden.vakken_op(nu.date()):
        if vak.van <= nu.time() < vak.tot:
            return Status(open=True, tot=op(nu.date(), vak.tot))
    for extra in range(VOORUIT_DAGEN + 1):
        dag = nu.date() + timedelta(days=extra)
        for vak in tijden.vakken_op(dag):
            begin = op(dag, vak.van)
            if begin > nu:
                return Status(open=False, vanaf=begin)
    return Status(open=False)


def op(dag: date, moment: time) -> datetime:
    return datetime.combine(dag, moment, tzinfo=TIJDZONE)


# --- reading the settings file ---------------------------------------------------

def lees_openingstijden(contact: dict, path: Path) -> Openingstijden | None:
    """The opening hours, or None when the file gives none (then Wegwijs points to the website)."""
    data = contact.get("openingstijden")
    if data is None:
        return None
    eis(isinstance(data, dict), path,
        "contact.openingstijden needs the hours per weekday, like maandag: \"9.00-17.00\"")
    onbekend = set(data) - set(WEEKDAGEN)
    eis(not onbekend, path, f"contact.openingstijden knows the days {', '.join(WEEKDAGEN)}, not {sorted(onbekend)}")
    per_dag = tuple(lees_dag(data.get(dag), f"{path}: contact.openingstijden.{dag}") for dag in WEEKDAGEN)
    return Openingstijden(per_dag, lees_gesloten(contact.get("gesloten"), path))


def lees_dag(value, where: str) -> tuple[Tijdvak, ...]:
    """"9.00-17.00", a list of those, or nothing (closed)."""
    if value is None:
        return ()
    vakken = [lees_tijdvak(v, where) for v in (value if isinstance(value, list) else [value])]
    vakken.sort(key=lambda v: v.van)
    for eerder, later in zip(vakken, vakken[1:]):
        eis(later.van >= eerder.tot, where, "the times overlap")
    return tuple(vakken)


def lees_tijdvak(value, where: str) -> Tijdvak:
    match = _TIJDVAK.match(str(value))
    eis(match, where, f"must look like \"9.00-17.00\", not {value!r}")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    eis(h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60, where, f"{value!r} is not a time of day")
    van, tot = time(h1, m1), time(h2, m2)
    eis(tot > van, where, f"{value!r} ends before it begins")
    return Tijdvak(van, tot)


def lees_gesloten(value, path: Path) -> frozenset[date]:
    """`gesloten: {dagen: [{datum, naam}]}` -> the gemeente's own closed days (the feestdagen need no list)."""
    if value is None:
        return frozenset()
    dagen = value.get("dagen") if isinstance(value, dict) else None
    eis(isinstance(dagen, list), path, "contact.gesloten needs a list 'dagen' of {datum, naam}")
    datums = set()
    for dag in dagen:
        datum = dag.get("datum") if isinstance(dag, dict) else None
        eis(isinstance(datum, date) and not isinstance(datum, datetime), path,
            f"contact.gesloten.dagen needs dates like 2026-12-25, not {dag!r}")
        datums.add(datum)
    return frozenset(datums)
