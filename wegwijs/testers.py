"""Tester tokens: who may open the review page (/review) and start test sessions.

`wegwijs testers add <naam>` makes a token and shows it once; the store is
the one key store of the staff pages (wegwijs/sleutels.py: only the SHA-256
hash kept, in the gateway database, revoked at once).

A token works for GELDIG_DAGEN days (`--dagen` chooses otherwise, at most
MAX_DAGEN). Tokens made before tokens expired count from the day they were
made. An expired tester gets a new token with `add`, without revoking first.

A tester has a role: "tester" sees her own test conversations and marks;
"coordinator" (`wegwijs testers add <naam> --coordinator`) sees everyone's and
sets the status of a mark (nieuw, bekeken, opgelost, geen fout).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlite_utils

from wegwijs.gateway_db import open_sqlite
from wegwijs.sleutels import GELDIG_DAGEN, SleutelStore, expiry, iso, utc_now

TOKEN_PREFIX = "wwt_"
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


def open_db(path: Path) -> sqlite_utils.Database:
    """A SQLite gateway database; open_gateway_db(settings) gives the one the settings name (wegwijs/gateway_db.py)."""
    return open_sqlite(path)


class Testers(SleutelStore):
    __test__ = False  # not a pytest test class

    table = "testers"
    prefix = TOKEN_PREFIX
    extra_columns = ("rol",)
    fout = TesterFout
    soort = "tester"
    sleutelwoord = "testsleutel"

    def add(self, naam: str, dagen: int = GELDIG_DAGEN, rol: str = TESTER) -> str:
        """A new token for this tester (a revoked or expired tester gets a fresh one); shown only now."""
        if rol not in ROLLEN:
            raise TesterFout(f"Een tester is {TESTER} of {COORDINATOR}, niet {rol!r}.")
        return self._add(naam, dagen, {"rol": rol})

    def verloopt(self, naam: str) -> datetime:
        row = self._row(naam)
        if row is None:
            raise TesterFout(f"Er is geen tester {naam!r}.")
        return expiry(row)

    def list(self, now: datetime | None = None) -> list[dict]:
        now = now or utc_now()
        return [
            {"naam": r["naam"], "aangemaakt": r["aangemaakt"], "ingetrokken": r["ingetrokken"],
             "verloopt": iso(expiry(r)), "verlopen": expiry(r) <= now, "rol": r.get("rol") or TESTER}
            for r in self._rows()
        ]

    def toegang(self, token: str | None, now: datetime | None = None) -> Toegang:
        """Whom this token lets in, or why it does not."""
        row, state = self._lookup(token, now)
        if state != "ok":
            return Toegang(None, state)
        return Toegang(row["naam"], state, row.get("rol") or TESTER)

    def check(self, token: str | None, now: datetime | None = None) -> str | None:
        """The tester's name for a valid token (not revoked, not expired); else None."""
        return self.toegang(token, now).naam
