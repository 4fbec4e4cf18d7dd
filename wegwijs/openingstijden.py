"""When a person can reach the gemeente: its opening hours per weekday and its closed days.

Read from the `contact:` part of a gemeente settings file (docs/gemeente.md):

    openingstijden:                 # time in the Netherlands; a day not listed is closed
      maandag: "9.00-17.00"
      dinsdag: ["9.00-12.00", "13.00-17.00"]
    gesloten:                       # closed days, such as feestdagen
      bron: {titel: ..., url: ...}
      dagen:
        - {datum: 2026-12-25, naam: Eerste Kerstdag}

`status(tijden, nu)` says whether it is open at `nu` (until when), or when it
opens again. `nu` is always a parameter, so a test chooses the moment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

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
    gesloten: frozenset[date] = frozenset()

    def vakken_op(self, dag: date) -> tuple[Tijdvak, ...]:
        return () if dag in self.gesloten else self.per_weekdag[dag.weekday()]


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
    if not isinstance(data, dict):
        raise ValueError(f"{path}: contact.openingstijden needs the hours per weekday, like maandag: \"9.00-17.00\"")
    onbekend = set(data) - set(WEEKDAGEN)
    if onbekend:
        raise ValueError(f"{path}: contact.openingstijden knows the days {', '.join(WEEKDAGEN)}, not {sorted(onbekend)}")
    per_dag = tuple(lees_dag(data.get(dag), f"{path}: contact.openingstijden.{dag}") for dag in WEEKDAGEN)
    return Openingstijden(per_dag, lees_gesloten(contact.get("gesloten"), path))


def lees_dag(value, where: str) -> tuple[Tijdvak, ...]:
    """"9.00-17.00", a list of those, or nothing (closed)."""
    if value is None:
        return ()
    vakken = [lees_tijdvak(v, where) for v in (value if isinstance(value, list) else [value])]
    vakken.sort(key=lambda v: v.van)
    for eerder, later in zip(vakken, vakken[1:]):
        if later.van < eerder.tot:
            raise ValueError(f"{where}: the times overlap")
    return tuple(vakken)


def lees_tijdvak(value, where: str) -> Tijdvak:
    match = _TIJDVAK.match(str(value))
    if not match:
        raise ValueError(f"{where} must look like \"9.00-17.00\", not {value!r}")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if not (h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60):
        raise ValueError(f"{where}: {value!r} is not a time of day")
    van, tot = time(h1, m1), time(h2, m2)
    if tot <= van:
        raise ValueError(f"{where}: {value!r} ends before it begins")
    return Tijdvak(van, tot)


def lees_gesloten(value, path: Path) -> frozenset[date]:
    """`gesloten: {bron, dagen: [{datum, naam}]}` -> the dates."""
    if value is None:
        return frozenset()
    dagen = value.get("dagen") if isinstance(value, dict) else None
    if not isinstance(dagen, list):
        raise ValueError(f"{path}: contact.gesloten needs a list 'dagen' of {{datum, naam}}")
    datums = set()
    for dag in dagen:
        datum = dag.get("datum") if isinstance(dag, dict) else None
        if not isinstance(datum, date) or isinstance(datum, datetime):
            raise ValueError(f"{path}: contact.gesloten.dagen needs dates like 2026-12-25, not {dag!r}")
        datums.add(datum)
    return frozenset(datums)
