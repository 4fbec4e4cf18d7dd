"""Signalen: where the rules hurt, in residents' own words, kept apart from any conversation (issue #17).

A signal is a short text, the topic and the outcome it is about (amounts and
the rule, never who). It lives in its own database (var/signalen.db), with the
day it was given but no time, no session, no conversation id and no address:
nothing ties it back to a person or a conversation. Erasing a conversation
therefore cannot reach it (it says so before it is sent); the gemeente's own
term for signals (`signalen_bewaartermijn_dagen`, default 365) removes it.

Counts (`tel`) are per gemeente and ISO week, without text; `tellingen()` shows
a count under DREMPEL as "minder dan 10", so a small gemeente's week with one
unusual question does not point at one resident.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import sqlite_utils

from wegwijs.redactie import redact

DREMPEL = 10  # counts under this are shown as "minder dan 10" (docs/privacy.md)
KLEIN = "minder dan 10"
MAX_TEKST = 1000  # characters of a signal's own words
BRONNEN = ("inwoner", "ervaringsdeskundige")
KOLOMMEN = ("datum", "gemeente", "onderwerp", "tekst", "uitkomst", "bron")
# Kinds of counts: topics asked, questions not understood, handoffs to a human, outcomes at a knot.
SOORTEN = ("onderwerp", "niet_begrepen", "mens", "knelpunt")
_FORMULE = re.compile(r"\A\s*[=+\-@\t\r]")  # a CSV cell a spreadsheet would run (OWASP "CSV injection")


class SignaalFout(ValueError):
    """A signal that cannot be stored as given; the message is Dutch."""


@dataclass(frozen=True)
class Signaal:
    datum: str
    gemeente: str
    onderwerp: str
    tekst: str
    uitkomst: str
    bron: str


def pad(var_dir: Path) -> Path:
    return Path(var_dir) / "signalen.db"


def als_opgeslagen(tekst: str) -> str:
    """The text exactly as it would be stored: redacted, trimmed, at most MAX_TEKST characters."""
    return redact(" ".join(str(tekst).split()))[:MAX_TEKST]


class SignalenStore:
    """var/signalen.db: signals and weekly counts, nothing else."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite_utils.Database(path)
        self.db["signalen"].create({k: str for k in KOLOMMEN}, if_not_exists=True)
        self.db["tellingen"].create(
            {"week": str, "gemeente": str, "soort": str, "sleutel": str, "aantal": int},
            pk=("week", "gemeente", "soort", "sleutel"), if_not_exists=True,
        )

    def geef(self, gemeente: str, onderwerp: str, tekst: str, uitkomst: str = "", bron: str = "inwoner",
             vandaag: date | None = None) -> Signaal:
        """Store one signal, redacted; returns it as stored."""
        opgeslagen = als_opgeslagen(tekst)
        if not opgeslagen.strip():
            raise SignaalFout("Het signaal is leeg. Schrijf in een paar woorden wat niet klopt.")
        if bron not in BRONNEN:
            raise SignaalFout(f"Onbekende bron {bron!r}.")
        signaal = Signaal(datum=(vandaag or date.today()).isoformat(), gemeente=gemeente,
                          onderwerp=onderwerp or "onbekend", tekst=opgeslagen, uitkomst=redact(uitkomst), bron=bron)
        self.db["signalen"].insert(signaal.__dict__)
        return signaal

    def tel(self, gemeente: str, soort: str, sleutel: str, vandaag: date | None = None) -> None:
        """One more of `soort` (e.g. onderwerp "giften") this ISO week; no text, no time, no person."""
        if soort not in SOORTEN:
            raise ValueError(f"unknown kind of count {soort!r}")
        week = _week(vandaag or date.today())
        self.db.execute(
            "INSERT INTO tellingen (week, gemeente, soort, sleutel, aantal) VALUES (?, ?, ?, ?, 1) "
            "ON CONFLICT (week, gemeente, soort, sleutel) DO UPDATE SET aantal = aantal + 1",
            [week, gemeente, soort, sleutel],
        )
        self.db.conn.commit()

    def tellingen(self, gemeente: str | None = None) -> list[dict]:
        """Counts per week, kind and key; under DREMPEL the number itself is never given."""
        where, args = ("WHERE gemeente = ?", [gemeente]) if gemeente else ("", [])
        rows = self.db.query(f"SELECT * FROM tellingen {where} ORDER BY week, soort, sleutel", args)
        return [{**row, "aantal": row["aantal"] if row["aantal"] >= DREMPEL else KLEIN} for row in rows]

    def signalen(self, gemeente: str | None = None, van: date | None = None) -> list[dict]:
        clauses, args = [], []
        if gemeente:
            clauses.append("gemeente = ?")
            args.append(gemeente)
        if van:
            clauses.append("datum >= ?")
            args.append(van.isoformat())
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return list(self.db.query(f"SELECT {', '.join(KOLOMMEN)} FROM signalen {where} ORDER BY datum, rowid", args))

    def opschonen(self, bewaartermijn: dict[str, int], vandaag: date | None = None) -> int:
        """Remove signals and counts older than their gemeente's term; returns how many signals went."""
        vandaag = vandaag or date.today()
        weg = 0
        for gemeente, dagen in bewaartermijn.items():
            grens = vandaag - timedelta(days=dagen)
            weg += self.db.execute("DELETE FROM signalen WHERE gemeente = ? AND datum < ?",
                                   [gemeente, grens.isoformat()]).rowcount
            self.db.execute("DELETE FROM tellingen WHERE gemeente = ? AND week < ?", [gemeente, _week(grens)])
        self.db.conn.commit()
        return weg

    def close(self) -> None:
        self.db.close()


def _week(dag: date) -> str:
    jaar, week, _ = dag.isocalendar()
    return f"{jaar}-W{week:02d}"


def als_csv(rijen: list[dict]) -> str:
    """CSV with the columns datum, gemeente, onderwerp, tekst, uitkomst, bron; no cell runs as a formula."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=KOLOMMEN, lineterminator="\n")
    writer.writeheader()
    for rij in rijen:
        writer.writerow({k: _cel(rij.get(k, "")) for k in KOLOMMEN})
    return out.getvalue()


def als_json(rijen: list[dict]) -> str:
    return json.dumps(rijen, ensure_ascii=False, indent=2)


def _cel(value: str) -> str:
    return "'" + value if isinstance(value, str) and _FORMULE.match(value) else value
