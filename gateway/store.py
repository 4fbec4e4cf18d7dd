"""Sessions in the gateway database: SQLite through sqlite-utils, or PostgreSQL (wegwijs/gateway_db.py).

A session id is a bearer secret made by the server. Only its SHA-256 hash is
stored, so a copy of the database does not let anyone take over a
conversation. Rasa knows the conversation under a second random id, so the
secret never reaches the tracker store or its logs.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from wegwijs.gateway_db import file_lock, is_postgres, open_gateway_db, open_sqlite
from wegwijs.gateway_db import schema_lock as gateway_schema_lock

SESSION_ID_BYTES = 24  # 192 random bits, more than the 128 the API promises


@dataclass(frozen=True)
class Session:
    conversation_id: str
    gemeente: str
    # Test sessions (gateway/review.py) belong to a tester and may fix a peildatum;
    # they are never mixed with real users' conversations.
    test: bool = False
    tester: str | None = None
    peildatum: str | None = None
    # Payloads of the buttons in the last reply: the only texts that may start with "/".
    knoppen: tuple[str, ...] = ()
    # When the person last wrote something (None: not yet, and Rasa has no conversation yet).
    bericht_op: str | None = None
    last_active_at: str | None = None
    # The language the person chose ("nl" or "en"), or that Wegwijs recognised in the first message;
    # None: nobody chose yet, so Dutch, and an English first message may still switch it (issue #15).
    taal: str | None = None


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def schema_lock(db_path: Path):
    """One process at a time creates or changes the tables of this SQLite file (wegwijs/gateway_db.py)."""
    return file_lock(db_path)


class SessionStore:
    """The sessions table, in whichever gateway database it is given (wegwijs/gateway_db.py).

    `where` is a SQLite file (the default set-up) or an open gateway database
    (open_gateway_db(settings): PostgreSQL when several nodes share it).
    """

    def __init__(self, where):
        path = Path(where) if isinstance(where, (str, Path)) else None
        self.db = open_sqlite(path) if path is not None else where
        self.sqlite = not is_postgres(self.db)
        if self.sqlite:
            self.db.execute("PRAGMA synchronous = NORMAL")
            # Erased rows are overwritten with zeros, not just marked free.
            self.db.execute("PRAGMA secure_delete = ON")
        with gateway_schema_lock(self.db, path):
            if self.sqlite:
                self.db.enable_wal()
            self._create_tables()

    @classmethod
    def open(cls, settings) -> "SessionStore":
        """The session store these settings name (SQLite under var/, or the shared PostgreSQL)."""
        return cls(open_gateway_db(settings))

    def _create_tables(self) -> None:
        self.db["sessions"].create(
            {
                "id_hash": str,
                "conversation_id": str,
                "gemeente": str,
                "created_at": str,
                "last_active_at": str,
            },
            pk="id_hash",
            if_not_exists=True,
        )
        self.db["sessions"].create_index(["conversation_id"], unique=True, if_not_exists=True)
        existing = self.db["sessions"].columns_dict
        for column, kind in {"test": int, "tester": str, "peildatum": str, "knoppen": str, "taal": str}.items():
            if column not in existing:
                self.db["sessions"].add_column(column, kind)
        if "bericht_op" not in existing:
            self.db["sessions"].add_column("bericht_op", str)
            # Sessions from before this column all had a conversation in Rasa: keep them as they were.
            self.db.execute("UPDATE sessions SET bericht_op = last_active_at")

    def create(
        self, gemeente: str, test: bool = False, tester: str | None = None, peildatum: str | None = None,
        knoppen: list[str] | None = None, taal: str | None = None,
    ) -> tuple[str, Session]:
        """A new session; `knoppen`: the payloads of the buttons its welcome shows."""
        session_id = secrets.token_urlsafe(SESSION_ID_BYTES)
        session = Session(
            conversation_id=secrets.token_hex(16), gemeente=gemeente, test=test, tester=tester, peildatum=peildatum,
            knoppen=tuple(knoppen or ()), taal=taal,
        )
        now = _now()
        self.db["sessions"].insert(
            {
                "id_hash": _hash(session_id),
                "conversation_id": session.conversation_id,
                "gemeente": gemeente,
                "created_at": now,
                "last_active_at": now,
                "test": 1 if test else 0,
                "tester": tester,
                "peildatum": peildatum,
                "knoppen": json.dumps(list(session.knoppen)),
                "taal": taal,
            }
        )
        return session_id, session

    @staticmethod
    def _session(row: dict) -> Session:
        return Session(
            conversation_id=row["conversation_id"],
            gemeente=row["gemeente"],
            test=bool(row.get("test")),
            tester=row.get("tester"),
            peildatum=row.get("peildatum"),
            knoppen=tuple(json.loads(row.get("knoppen") or "[]")),
            bericht_op=row.get("bericht_op"),
            last_active_at=row.get("last_active_at"),
            taal=row.get("taal"),
        )

    def get(self, session_id: str) -> Session | None:
        rows = list(self.db["sessions"].rows_where("id_hash = ?", [_hash(session_id)], limit=1))
        return self._session(rows[0]) if rows else None

    def by_conversation(self, conversation_id: str) -> Session | None:
        rows = list(self.db["sessions"].rows_where("conversation_id = ?", [conversation_id], limit=1))
        return self._session(rows[0]) if rows else None

    def touch(self, session_id: str, knoppen: list[str]) -> None:
        """The person wrote something now, and the reply showed these buttons (their payloads are ours,
        no personal data): one write per message."""
        now = _now()
        sql = "UPDATE sessions SET last_active_at = ?, bericht_op = ?, knoppen = ? WHERE id_hash = ?"
        params = [now, now, json.dumps(knoppen), _hash(session_id)]
        if self.sqlite:
            self.db.execute(sql, params)
        else:  # PostgreSQL: this write need not wait for the disk (wegwijs/gateway_db.py)
            self.db.execute_unsynced(sql, params)

    def set_taal(self, session_id: str, taal: str) -> None:
        """The person chose another language (or Wegwijs recognised theirs): every later text follows it."""
        self.db.execute("UPDATE sessions SET taal = ? WHERE id_hash = ?", [taal, _hash(session_id)])

    def delete_quiet(self, before: str) -> int:
        """Sessions opened before `before` (ISO, UTC) in which nobody ever wrote: they hold no conversation."""
        removed = self.db.execute(
            "DELETE FROM sessions WHERE bericht_op IS NULL AND COALESCE(test, 0) = 0 AND created_at < ?", [before]
        ).rowcount
        if removed and self.sqlite:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return removed

    def delete(self, session_id: str) -> Session | None:
        session = self.get(session_id)
        if session is not None:
            self.delete_by_hash(_hash(session_id))
        return session

    def delete_by_hash(self, id_hash: str) -> None:
        self.db.execute("DELETE FROM sessions WHERE id_hash = ?", [id_hash])
        if self.sqlite:  # also clear the write-ahead log, which still holds the old page
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def gemeenten(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT DISTINCT gemeente FROM sessions")]

    def idle_sessions(self, gemeente: str, before: str) -> list[dict]:
        """Session rows of this gemeente whose last message was before `before` (ISO, UTC)."""
        return list(self.db["sessions"].rows_where("gemeente = ? AND last_active_at < ?", [gemeente, before]))

    def session_of(self, row: dict) -> Session:
        return self._session(row)

    def close(self) -> None:
        self.db.conn.close()
