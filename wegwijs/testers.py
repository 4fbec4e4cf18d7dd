"""Tester tokens: who may open the review page (/review) and start test sessions.

`wegwijs testers add <naam>` makes a token and shows it once. Only its SHA-256
hash is stored (the token has 256 random bits, so a fast hash is enough), in
the gateway database next to the sessions (SQLite, or PostgreSQL shared by the
gateways of several nodes: wegwijs/gateway_db.py). A revoked token stops working at
once: every request looks the token up again.

A token works for GELDIG_DAGEN days (`--dagen` chooses otherwise, at most
MAX_DAGEN). Tokens made before tokens expired count from the day they were
made. An expired tester gets a new token with `add`, without revoking first.

A tester has a role: "tester" sees her own test conversations and marks;
"coordinator" (`wegwijs testers add <naam> --coordinator`) sees everyone's and
sets the status of a mark (nieuw, bekeken, opgelost, geen fout).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import sqlite_utils

from wegwijs.gateway_db import is_postgres, open_sqlite

TOKEN_BYTES = 32
TOKEN_PREFIX = "wwt_"
NAAM = re.compile(r"^[\w .'-]{1,60}$")
GELDIG_DAGEN = 90
MAX_DAGEN = 365
TESTER, COORDINATOR = "tester", "coordinator"
ROLLEN = (TESTER, COORDINATOR)


class TesterFout(ValueError):
    """A wrong name, or a tester that does (not) exist; the message is Dutch."""

    __test__ = False  # not a pytest test class


@dataclass(frozen=True)
class Toegang:
    """What a token gives: the tester's name, or why not ("onbekend", "ingetrokken", "verlopen")."""

    naam: str | None
    reden: str = "ok"
    rol: str = TESTER

    @property
    def coordinator(self) -> bool:
        return self.rol == COORDINATOR


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def open_db(path: Path) -> sqlite_utils.Database:
    """A SQLite gateway database; open_gateway_db(settings) gives the one the settings name (wegwijs/gateway_db.py)."""
    return open_sqlite(path)


class Testers:
    __test__ = False  # not a pytest test class

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        table = self.db["testers"]
        table.create(
            {"naam": str, "token_hash": str, "aangemaakt": str, "ingetrokken": str, "verloopt": str, "rol": str},
            pk="naam",
            if_not_exists=True,
        )
        table.create_index(["token_hash"], unique=True, if_not_exists=True)
        for column in ("verloopt", "rol"):
            if column not in table.columns_dict:
                self._add_column(column)

    def _add_column(self, column: str) -> None:
        if is_postgres(self.db):
            self.db["testers"].add_column(column, str)  # ADD COLUMN IF NOT EXISTS
            return
        try:
            self.db.execute(f"ALTER TABLE testers ADD COLUMN {column} TEXT")
        except sqlite3.OperationalError as error:  # another process added it just now
            if "duplicate column" not in str(error):
                raise

    def add(self, naam: str, dagen: int = GELDIG_DAGEN, rol: str = TESTER) -> str:
        """A new token for this tester (a revoked or expired tester gets a fresh one); shown only now."""
        naam = naam.strip()
        if not NAAM.match(naam):
            raise TesterFout("Gebruik een naam van letters, cijfers en spaties (hoogstens 60 tekens).")
        if not isinstance(dagen, int) or not 1 <= dagen <= MAX_DAGEN:
            raise TesterFout(f"Een testsleutel werkt tussen 1 en {MAX_DAGEN} dagen. Kies een getal daartussen.")
        if rol not in ROLLEN:
            raise TesterFout(f"Een tester is {TESTER} of {COORDINATOR}, niet {rol!r}.")
        row = self._row(naam)
        if row is not None and self._state(row, _now()) == "ok":
            raise TesterFout(f"Tester {naam!r} bestaat al. Trek de oude sleutel eerst in.")
        token = TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
        now = _now()
        self.db["testers"].upsert(
            {"naam": naam, "token_hash": _hash(token), "aangemaakt": _iso(now), "ingetrokken": None,
             "verloopt": _iso(now + timedelta(days=dagen)), "rol": rol},
            pk="naam",
        )
        return token

    def revoke(self, naam: str) -> None:
        row = self._row(naam)
        if row is None or row["ingetrokken"]:
            raise TesterFout(f"Er is geen actieve tester {naam!r}.")
        self.db["testers"].update(naam, {"ingetrokken": _iso(_now())})

    def verloopt(self, naam: str) -> datetime:
        row = self._row(naam)
        if row is None:
            raise TesterFout(f"Er is geen tester {naam!r}.")
        return _expiry(row)

    def list(self, now: datetime | None = None) -> list[dict]:
        now = now or _now()
        return [
            {"naam": r["naam"], "aangemaakt": r["aangemaakt"], "ingetrokken": r["ingetrokken"],
             "verloopt": _iso(_expiry(r)), "verlopen": _expiry(r) <= now, "rol": r.get("rol") or TESTER}
            for r in self.db["testers"].rows_where(order_by="naam")
        ]

    def toegang(self, token: str | None, now: datetime | None = None) -> Toegang:
        """Whom this token lets in, or why it does not."""
        if not token or not token.startswith(TOKEN_PREFIX) or len(token) > 200:
            return Toegang(None, "onbekend")
        rows = list(self.db["testers"].rows_where("token_hash = ?", [_hash(token)], limit=1))
        if not rows:
            return Toegang(None, "onbekend")
        state = self._state(rows[0], now or _now())
        if state != "ok":
            return Toegang(None, state)
        return Toegang(rows[0]["naam"], state, rows[0].get("rol") or TESTER)

    def check(self, token: str | None, now: datetime | None = None) -> str | None:
        """The tester's name for a valid token (not revoked, not expired); else None."""
        return self.toegang(token, now).naam

    @staticmethod
    def _state(row: dict, now: datetime) -> str:
        if row["ingetrokken"]:
            return "ingetrokken"
        return "verlopen" if _expiry(row) <= now else "ok"

    def _row(self, naam: str) -> dict | None:
        rows = list(self.db["testers"].rows_where("naam = ?", [naam], limit=1))
        return rows[0] if rows else None


def _expiry(row: dict) -> datetime:
    """When the token stops working; tokens from before expiry existed count from when they were made."""
    if row.get("verloopt"):
        return datetime.fromisoformat(row["verloopt"])
    return datetime.fromisoformat(row["aangemaakt"]) + timedelta(days=GELDIG_DAGEN)
