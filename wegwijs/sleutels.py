"""One small key store for the staff pages: tester keys (/review) and signal-reader keys (/signalen).

A key is shown once; only its SHA-256 hash is kept (a key has 256 random
bits, so a fast hash is enough), in the gateway database (SQLite, or the
PostgreSQL the gateways of several nodes share: wegwijs/gateway_db.py). A key
works for a number of days and stops at once when revoked: every request looks
it up again. Each kind of key has its own table and prefix, so a key of one
kind never opens the page of the other; wegwijs/testers.py and
wegwijs/signalen_lezers.py say what their kind adds (a role, a gemeente).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
from datetime import datetime, timedelta, timezone

from wegwijs.gateway_db import is_postgres

TOKEN_BYTES = 32
NAAM = re.compile(r"^[\w .'-]{1,60}$")
GELDIG_DAGEN = 90
MAX_DAGEN = 365
MAX_TOKEN_LENGTE = 200


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


class SleutelStore:
    """The keys of one kind. A subclass sets the class attributes below and adds its own check."""

    table: str
    prefix: str
    extra_columns: tuple[str, ...] = ()  # text columns of this kind (a role, a gemeente)
    fout: type[ValueError] = ValueError
    soort: str  # "tester", "lezer": in the messages
    sleutelwoord: str = "sleutel"  # "testsleutel": in the message about the number of days

    def __init__(self, db):
        self.db = db
        columns = dict.fromkeys(("naam", "token_hash", "aangemaakt", "ingetrokken", "verloopt", *self.extra_columns), str)
        table = db[self.table]
        table.create(columns, pk="naam", if_not_exists=True)
        table.create_index(["token_hash"], unique=True, if_not_exists=True)
        missing = [column for column in columns if column not in table.columns_dict]  # a table of an older version
        for column in missing:
            self._add_column(column)

    def _add_column(self, column: str) -> None:
        if is_postgres(self.db):
            self.db[self.table].add_column(column, str)  # ADD COLUMN IF NOT EXISTS
            return
        try:
            self.db.execute(f"ALTER TABLE {self.table} ADD COLUMN {column} TEXT")
        except sqlite3.OperationalError as error:  # another process added it just now
            if "duplicate column" not in str(error):
                raise

    def _add(self, naam: str, dagen: int, extra: dict) -> str:
        """A new key (a revoked or expired holder gets a fresh one); shown only now."""
        naam = naam.strip()
        if not NAAM.match(naam):
            raise self.fout("Gebruik een naam van letters, cijfers en spaties (hoogstens 60 tekens).")
        if not isinstance(dagen, int) or not 1 <= dagen <= MAX_DAGEN:
            raise self.fout(f"Een {self.sleutelwoord} werkt tussen 1 en {MAX_DAGEN} dagen. Kies een getal daartussen.")
        row = self._row(naam)
        if row is not None and key_state(row, utc_now()) == "ok":
            raise self.fout(f"{self.soort.capitalize()} {naam!r} bestaat al. Trek de oude sleutel eerst in.")
        token = self.prefix + secrets.token_urlsafe(TOKEN_BYTES)
        now = utc_now()
        self.db[self.table].upsert(
            {"naam": naam, "token_hash": _hash(token), "aangemaakt": iso(now), "ingetrokken": None,
             "verloopt": iso(now + timedelta(days=dagen)), **extra},
            pk="naam",
        )
        return token

    def revoke(self, naam: str) -> None:
        row = self._row(naam)
        if row is None or row["ingetrokken"]:
            raise self.fout(f"Er is geen actieve {self.soort} {naam!r}.")
        self.db[self.table].update(naam, {"ingetrokken": iso(utc_now())})

    def _rows(self) -> list[dict]:
        return list(self.db[self.table].rows_where(order_by="naam"))

    def _lookup(self, token: str | None, now: datetime | None = None) -> tuple[dict | None, str]:
        """The row of this key and its state ("ok", "ingetrokken", "verlopen"); (None, "onbekend") if none."""
        if not token or not token.startswith(self.prefix) or len(token) > MAX_TOKEN_LENGTE:
            return None, "onbekend"
        rows = list(self.db[self.table].rows_where("token_hash = ?", [_hash(token)], limit=1))
        if not rows:
            return None, "onbekend"
        return rows[0], key_state(rows[0], now or utc_now())

    def _row(self, naam: str) -> dict | None:
        rows = list(self.db[self.table].rows_where("naam = ?", [naam], limit=1))
        return rows[0] if rows else None


def key_state(row: dict, now: datetime) -> str:
    if row["ingetrokken"]:
        return "ingetrokken"
    return "verlopen" if expiry(row) <= now else "ok"


def expiry(row: dict) -> datetime:
    """When the key stops working; tester keys from before keys expired count from when they were made."""
    if row.get("verloopt"):
        return datetime.fromisoformat(row["verloopt"])
    return datetime.fromisoformat(row["aangemaakt"]) + timedelta(days=GELDIG_DAGEN)
