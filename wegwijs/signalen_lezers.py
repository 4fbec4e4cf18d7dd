"""Keys for the signalen page (/signalen): the gemeente and the cliëntenraad, not testers.

A key of its own kind (prefix "wws_"), so a reader of signals cannot open the
review page and a tester cannot open the signals. `wegwijs signalen sleutel
<naam> [--gemeente X]` makes one and shows it once; only its SHA-256 hash is
kept, in the gateway database (table signalen_lezers, through the key store
of wegwijs/sleutels.py that tester keys use too). A key with a gemeente
sees only that gemeente; a key without one (the operator's) sees each gemeente,
one at a time. A key works GELDIG_DAGEN days and stops at once when revoked.
"""

from __future__ import annotations

from dataclasses import dataclass

from wegwijs.sleutels import GELDIG_DAGEN, SleutelStore, key_state, utc_now

PREFIX = "wws_"
TABLE = "signalen_lezers"


class LezerFout(ValueError):
    """A wrong name or gemeente, or a reader that does (not) exist; the message is Dutch."""


@dataclass(frozen=True)
class Lezer:
    naam: str | None
    gemeente: str | None = None  # None: every gemeente
    reden: str = "ok"  # or "onbekend", "ingetrokken", "verlopen"


class Lezers(SleutelStore):
    table = TABLE
    prefix = PREFIX
    extra_columns = ("gemeente",)
    fout = LezerFout
    soort = "lezer"

    def add(self, naam: str, gemeente: str | None = None, dagen: int = GELDIG_DAGEN) -> str:
        """A new key for this reader (a revoked or expired one gets a fresh key); shown only now."""
        return self._add(naam, dagen, {"gemeente": gemeente})

    def list(self) -> list[dict]:
        now = utc_now()
        return [{**r, "token_hash": None, "verlopen": key_state(r, now) == "verlopen"} for r in self._rows()]

    def toegang(self, token: str | None) -> Lezer:
        row, state = self._lookup(token)
        return Lezer(row["naam"], row["gemeente"]) if state == "ok" else Lezer(None, reden=state)
