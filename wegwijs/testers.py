"""Tester tokens: who may open the review page (/review) and start test sessions.

`wegwijs testers add <naam>` makes a token and shows it once. Only its SHA-256
hash is stored (the token has 256 random bits, so a fast hash is enough), in
the gateway database next to the sessions. A revoked token stops working at
once: every request looks the token up again.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

TOKEN_BYTES = 32
TOKEN_PREFIX = "wwt_"
NAAM = re.compile(r"^[\w .'-]{1,60}$")


class TesterFout(ValueError):
    """A wrong name, or a tester that does (not) exist; the message is Dutch."""

    __test__ = False  # not a pytest test class


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def open_db(path: Path) -> sqlite_utils.Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
    return sqlite_utils.Database(conn)


class Testers:
    __test__ = False  # not a pytest test class

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.db["testers"].create(
            {"naam": str, "token_hash": str, "aangemaakt": str, "ingetrokken": str},
            pk="naam",
            if_not_exists=True,
        )
        self.db["testers"].create_index(["token_hash"], unique=True, if_not_exists=True)

    def add(self, naam: str) -> str:
        """A new token for this tester (a revoked tester gets a fresh one); shown only now."""
        naam = naam.strip()
        if not NAAM.match(naam):
            raise TesterFout("Gebruik een naam van letters, cijfers en spaties (hoogstens 60 tekens).")
        row = self._row(naam)
        if row is not None and not row["ingetrokken"]:
            raise TesterFout(f"Tester {naam!r} bestaat al. Trek de oude sleutel eerst in.")
        token = TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
        self.db["testers"].upsert(
            {"naam": naam, "token_hash": _hash(token), "aangemaakt": _now(), "ingetrokken": None}, pk="naam"
        )
        return token

    def revoke(self, naam: str) -> None:
        row = self._row(naam)
        if row is None or row["ingetrokken"]:
            raise TesterFout(f"Er is geen actieve tester {naam!r}.")
        self.db["testers"].update(naam, {"ingetrokken": _now()})

    def list(self) -> list[dict]:
        return [
            {"naam": r["naam"], "aangemaakt": r["aangemaakt"], "ingetrokken": r["ingetrokken"]}
            for r in self.db["testers"].rows_where(order_by="naam")
        ]

    def check(self, token: str | None) -> str | None:
        """The tester's name for a valid, not revoked token; else None."""
        if not token or not token.startswith(TOKEN_PREFIX) or len(token) > 200:
            return None
        rows = list(self.db["testers"].rows_where("token_hash = ?", [_hash(token)], limit=1))
        if not rows or rows[0]["ingetrokken"]:
            return None
        return rows[0]["naam"]

    def _row(self, naam: str) -> dict | None:
        rows = list(self.db["testers"].rows_where("naam = ?", [naam], limit=1))
        return rows[0] if rows else None
