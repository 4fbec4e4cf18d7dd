"""Keys for the signalen page (/signalen): the gemeente and the cliëntenraad, not testers.

A key of its own kind (prefix "wws_"), so a reader of signals cannot open the
review page and a tester cannot open the signals. `wegwijs signalen sleutel
<naam> [--gemeente X]` makes one and shows it once; only its SHA-256 hash is
kept, in the gateway database (table signalen_lezers). A key with a gemeente
sees only that gemeente; a key without one (the operator's) sees each gemeente,
one at a time. A key works GELDIG_DAGEN days and stops at once when revoked.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import sqlite_utils

from wegwijs.testers import GELDIG_DAGEN, MAX_DAGEN, NAAM, TOKEN_BYTES

PREFIX = "wws_"
TABLE = "signalen_lezers"


class LezerFout(ValueError):
    """A wrong name or gemeente, or a reader that does (not) exist; the message is Dutch."""


@dataclass(frozen=True)
class Lezer:
    naam: str | None
    gemeente: str | None = None  # None: every gemeente
    reden: str = "ok"  # or "onbekend", "ingetrokken", "verlopen"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Lezers:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.db[TABLE].create(
            {"naam": str, "token_hash": str, "gemeente": str, "aangemaakt": str, "verloopt": str, "ingetrokken": str},
            pk="naam", if_not_exists=True,
        )
        self.db[TABLE].create_index(["token_hash"], unique=True, if_not_exists=True)

    def add(self, naam: str, gemeente: str | None = None, dagen: int = GELDIG_DAGEN) -> str:
        """A new key for this reader (a revoked or expired one gets a fresh key); shown only now."""
        naam = naam.strip()
        if not NAAM.match(naam):
            raise LezerFout("Gebruik een naam van letters, cijfers en spaties (hoogstens 60 tekens).")
        if not isinstance(dagen, int) or not 1 <= dagen <= MAX_DAGEN:
            raise LezerFout(f"Een sleutel werkt tussen 1 en {MAX_DAGEN} dagen. Kies een getal daartussen.")
        row = self._row(naam)
        if row is not None and _state(row, _now()) == "ok":
            raise LezerFout(f"Lezer {naam!r} bestaat al. Trek de oude sleutel eerst in.")
        token = PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
        now = _now()
        self.db[TABLE].upsert(
            {"naam": naam, "token_hash": _hash(token), "gemeente": gemeente, "aangemaakt": now.isoformat(timespec="seconds"),
             "verloopt": (now + timedelta(days=dagen)).isoformat(timespec="seconds"), "ingetrokken": None},
            pk="naam",
        )
        return token

    def revoke(self, naam: str) -> None:
        row = self._row(naam)
        if row is None or row["ingetrokken"]:
            raise LezerFout(f"Er is geen actieve lezer {naam!r}.")
        self.db[TABLE].update(naam, {"ingetrokken": _now().isoformat(timespec="seconds")})

    def list(self) -> list[dict]:
        now = _now()
        return [{**r, "token_hash": None, "verlopen": _state(r, now) == "verlopen"}
                for r in self.db[TABLE].rows_where(order_by="naam")]

    def toegang(self, token: str | None) -> Lezer:
        if not token or not token.startswith(PREFIX) or len(token) > 200:
            return Lezer(None, reden="onbekend")
        rows = list(self.db[TABLE].rows_where("token_hash = ?", [_hash(token)], limit=1))
        if not rows:
            return Lezer(None, reden="onbekend")
        state = _state(rows[0], _now())
        return Lezer(rows[0]["naam"], rows[0]["gemeente"]) if state == "ok" else Lezer(None, reden=state)

    def _row(self, naam: str) -> dict | None:
        rows = list(self.db[TABLE].rows_where("naam = ?", [naam], limit=1))
        return rows[0] if rows else None


def _state(row: dict, now: datetime) -> str:
    if row["ingetrokken"]:
        return "ingetrokken"
    return "verlopen" if datetime.fromisoformat(row["verloopt"]) <= now else "ok"
