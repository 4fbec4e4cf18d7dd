"""Signalen: where the rules hurt, in residents' own words, kept apart from any conversation (issue #17).

A signal is a short text, the topic and the outcome it is about (amounts and
the rule, never who). It lives in its own database (var/signalen.db; with
gateways on several nodes the PostgreSQL database of WEGWIJS_SIGNALEN_DB_URL,
which every gateway, Rasa server and action server shares), with the
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
import functools
import io
import json
import logging
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import sqlite_utils

from wegwijs.gateway_db import PostgresDatabase, is_postgres
from wegwijs.redactie import redact

log = logging.getLogger(__name__)

URL_ENV = "WEGWIJS_SIGNALEN_DB_URL"
DREMPEL = 10  # counts under this are shown as "minder dan 10" (docs/privacy.md)
KLEIN = "minder dan 10"
MAX_TEKST = 1000  # characters of a signal's own words
MAX_SLEUTEL = 200  # characters of what is counted (a question not understood is cut here)
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


def gedeelde_url() -> str:
    """WEGWIJS_SIGNALEN_DB_URL: a PostgreSQL database every node (gateways, Rasa, actions) shares, or ""."""
    return os.environ.get(URL_ENV, "").strip()


def bestaat(var_dir: Path) -> bool:
    """Whether there are signals to read: the shared database is set, or this var/ has the file."""
    return bool(gedeelde_url()) or pad(var_dir).exists()


class SignalenStore:
    """Signals and weekly counts, nothing else: var/signalen.db, or the shared PostgreSQL database
    when WEGWIJS_SIGNALEN_DB_URL is set (`make run-schaal`, deploy/), through wegwijs/gateway_db.py."""

    def __init__(self, path: Path, check_same_thread: bool = True) -> None:
        url = gedeelde_url()
        if url:
            self.db = PostgresDatabase(url, max_connections=2)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite_utils.Database(sqlite3.connect(str(path), timeout=5, check_same_thread=check_same_thread))
            # WAL: a count is one short append, not a rewrite with two syncs, so a turn hardly waits (Rasa and
            # the action server both count). secure_delete: a signal past its term is overwritten, not only freed.
            for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "secure_delete = ON", "busy_timeout = 5000"):
                self.db.execute(f"PRAGMA {pragma}")
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
            "ON CONFLICT (week, gemeente, soort, sleutel) DO UPDATE SET aantal = tellingen.aantal + 1",
            [week, gemeente, soort, sleutel],
        )
        self.db.conn.commit()

    def tel_alles(self, gemeente: str, wat: list[tuple[str, str]], vandaag: date | None = None) -> None:
        """Several counts of one turn at once (one commit)."""
        week = _week(vandaag or date.today())
        for soort, sleutel in wat:
            if soort not in SOORTEN:
                raise ValueError(f"unknown kind of count {soort!r}")
        self.db.conn.executemany(
            "INSERT INTO tellingen (week, gemeente, soort, sleutel, aantal) VALUES (?, ?, ?, ?, 1) "
            "ON CONFLICT (week, gemeente, soort, sleutel) DO UPDATE SET aantal = tellingen.aantal + 1",
            [(week, gemeente, soort, sleutel[:MAX_SLEUTEL]) for soort, sleutel in wat],
        )
        self.db.conn.commit()

    def tellingen(self, gemeente: str | None = None) -> list[dict]:
        """Counts per week, kind and key; under DREMPEL the number itself is never given."""
        where, args = ("WHERE gemeente = ?", [gemeente]) if gemeente else ("", [])
        rows = self.db.query(f"SELECT * FROM tellingen {where} ORDER BY week, soort, sleutel", args)
        return [{**row, "aantal": toon_aantal(row["aantal"])} for row in rows]

    def signalen(self, gemeente: str | None = None, van: date | None = None) -> list[dict]:
        clauses, args = [], []
        if gemeente:
            clauses.append("gemeente = ?")
            args.append(gemeente)
        if van:
            clauses.append("datum >= ?")
            args.append(van.isoformat())
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        order = "ctid" if is_postgres(self.db) else "rowid"  # the order they were given in
        return list(self.db.query(f"SELECT {', '.join(KOLOMMEN)} FROM signalen {where} ORDER BY datum, {order}", args))

    def weken(self, gemeente: str | None = None) -> list[str]:
        """The ISO weeks that have any count (of this gemeente), oldest first."""
        where, args = ("WHERE gemeente = ?", [gemeente]) if gemeente else ("", [])
        return [r[0] for r in self.db.execute(f"SELECT DISTINCT week FROM tellingen {where} ORDER BY week", args)]

    def per_week(self, gemeente: str) -> dict[str, dict[str, dict[str, int | str]]]:
        """{soort: {sleutel: {week: aantal}}} of one gemeente, each number under DREMPEL hidden.

        Always one gemeente: a sum over gemeenten next to each gemeente's own
        numbers would give a hidden small number away by subtraction.
        """
        rows = self.db.execute(
            "SELECT soort, sleutel, week, aantal FROM tellingen WHERE gemeente = ? ORDER BY soort, sleutel, week",
            [gemeente])
        result: dict[str, dict[str, dict[str, int | str]]] = {soort: {} for soort in SOORTEN}
        for soort, sleutel, week, aantal in rows:
            result[soort].setdefault(sleutel, {})[week] = toon_aantal(aantal)
        return result

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


# --- what one turn of a conversation counts (wegwijs/rasa/tracker_store.py calls tel_beurt) ---------

HANDOFFS = {"action_mens_spreken": "mens_spreken", "action_livechat_openen": "livechat"}
FALLBACK_ACTION = "action_niet_begrepen"  # actions/antwoorden.py: not understood, or out of scope
GEEN_ONDERWERP = {"mens_spreken"}  # counted as a handoff, not as a topic
GEMEENTE_CODE = re.compile(r"\A[a-z0-9][a-z0-9-]{0,59}\Z")


def onderwerpen(response_names) -> frozenset[str]:
    """The topic intents: every intent with a topic button (utter_knop_<intent>) of its own."""
    return frozenset(n.removeprefix("utter_knop_") for n in response_names
                     if n.startswith("utter_knop_")) - GEEN_ONDERWERP


# The calculators whose intent is not "bereken_" + their topic.
REKENHULP_ONDERWERP = {"bereken_norm": "bijstandsnorm", "bereken_plichten": "participatieplicht",
                       "bereken_verblijf_buitenland": "buitenland"}


def onderwerp_van(intent: str | None, topics: frozenset[str]) -> str | None:
    """The topic an intent asks for: the topic itself, or "bereken_giften" for giften."""
    if not intent:
        return None
    name = REKENHULP_ONDERWERP.get(intent) or intent.removeprefix("bereken_")
    return name if name in topics else None


def niet_begrepen_sleutel(tekst: str) -> str:
    """A question not understood as it is counted: redacted, lower case, one space, no end punctuation."""
    return " ".join(redact(str(tekst)).lower().split()).strip(" .?!,;:")[:MAX_SLEUTEL]


def tellingen_van_beurt(events: list[dict], topics: frozenset[str], form_actief: bool) -> tuple[str | None, list]:
    """(gemeente, [(soort, sleutel), ...]) for the new events of one turn, as dicts (Event.as_dict()).

    Only the gemeente is taken from the message metadata: no sender, no time.
    A test session (metadata "test") counts nothing. A topic intent counts only
    outside a form: inside one it is mostly an answer to the form's question.
    """
    gemeente, wat, laatste_tekst = None, [], None
    for event in events:
        if event.get("event") == "user":
            metadata = event.get("metadata") or {}
            if metadata.get("test"):
                return None, []
            gemeente = metadata.get("gemeente") or gemeente
            laatste_tekst = event.get("text") or ""
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            topic = None if form_actief else onderwerp_van(intent, topics)
            if topic:
                wat.append(("onderwerp", topic))
        elif event.get("event") == "action":
            name = event.get("name")
            if name in HANDOFFS:
                wat.append(("mens", HANDOFFS[name]))
            elif name == FALLBACK_ACTION and laatste_tekst and not laatste_tekst.startswith("/"):
                sleutel = niet_begrepen_sleutel(laatste_tekst)
                if sleutel:
                    wat.append(("niet_begrepen", sleutel))
    if not isinstance(gemeente, str) or not GEMEENTE_CODE.match(gemeente):
        return None, []
    return gemeente, wat


def tel(var_dir: Path, gemeente: str | None, wat: list[tuple[str, str]]) -> None:
    """Store these counts; a count that cannot be stored is logged and never stops an answer."""
    if not gemeente or not wat:
        return
    try:
        with _TELLER_LOCK:
            _teller(pad(var_dir)).tel_alles(gemeente, wat)
    except Exception:  # noqa: BLE001 - counting is a side matter; the resident's answer comes first
        log.exception("signalen: could not count this turn")


_TELLERS: dict[Path, SignalenStore] = {}
_TELLER_LOCK = threading.Lock()


def _teller(path: Path) -> SignalenStore:
    """One open store per file for the counts of this process: opening it every turn costs a sync each time."""
    if path not in _TELLERS:
        _TELLERS[path] = SignalenStore(path, check_same_thread=False)
    return _TELLERS[path]


def vergeet_tellers() -> None:
    """Close the stores of the counts and forget this process's var folder (tests give each test its own)."""
    with _TELLER_LOCK:
        for store in _TELLERS.values():
            store.close()
        _TELLERS.clear()
    var_dir.cache_clear()


def tel_beurt(tracker, new_events: list, domain) -> None:
    """Count one saved turn of a Rasa tracker (its new events) for its gemeente; errors are only logged."""
    try:
        events = [event.as_dict() for event in new_events]
        if not any(e.get("event") == "user" for e in events):
            return
        responses = getattr(domain, "responses", None) or {}
        gemeente, wat = tellingen_van_beurt(events, onderwerpen(responses), form_actief_voor(tracker, len(events)))
        tel(var_dir(), gemeente, wat)
    except Exception:  # noqa: BLE001 - counting never stops a turn from being saved
        log.exception("signalen: could not count this turn")


def form_actief_voor(tracker, nieuw: int) -> bool:
    """Whether a form was active before the last `nieuw` events of the tracker."""
    for index, event in enumerate(reversed(tracker.events)):
        if index >= nieuw and getattr(event, "type_name", None) == "active_loop":
            return bool(getattr(event, "name", None))
    return False


@functools.cache
def var_dir() -> Path:
    """The data folder of this process (WEGWIJS_VAR): one process serves one Wegwijs."""
    from wegwijs.settings import Settings

    return Settings().var_dir


def toon_aantal(aantal: int) -> int | str:
    """A count as it may be shown: the number from DREMPEL on, else "minder dan 10"."""
    return aantal if aantal >= DREMPEL else KLEIN


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
