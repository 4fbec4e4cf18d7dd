"""Erase conversations from Rasa's SQL tracker store (SQLite or PostgreSQL).

Rasa's HTTP API stays off (it would let anyone on the machine read
trackers), so the gateway removes a tracker's events from the store itself.
"""

from __future__ import annotations

import json
import logging

import sqlalchemy as sa

from wegwijs import tombstones

log = logging.getLogger(__name__)


class TrackerStore:
    def __init__(self, url: str):
        self.engine = sa.create_engine(url, future=True)
        self.sqlite = self.engine.dialect.name == "sqlite"
        if self.sqlite:
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)

    def _has_events(self, conn) -> bool:
        return sa.inspect(conn).has_table("events")

    def erase(self, conversation_ids: list[str]) -> int:
        """Delete every event of these conversations; returns the number of rows removed.

        A tombstone per conversation keeps a turn that is still being answered
        from writing the conversation back (wegwijs/tombstones.py).
        """
        if not conversation_ids:
            return 0
        ids = sorted(set(conversation_ids))  # one lock order for everyone: no deadlocks
        with self.engine.begin() as conn:
            tombstones.create_table(conn)
            for conversation_id in ids:
                tombstones.lock(conn, conversation_id)
            tombstones.bury(conn, ids)
            removed = 0
            if self._has_events(conn):
                removed = conn.execute(
                    sa.text("DELETE FROM events WHERE sender_id IN :ids").bindparams(
                        sa.bindparam("ids", expanding=True)
                    ),
                    {"ids": ids},
                ).rowcount
        self.compact()
        return removed

    def forget_old_tombstones(self) -> int:
        with self.engine.begin() as conn:
            tombstones.create_table(conn)
            return tombstones.forget_old(conn)

    def idle_conversations(self, before_timestamp: float) -> list[str]:
        """Conversations whose last event is older than this Unix time."""
        with self.engine.connect() as conn:
            if not self._has_events(conn):
                return []
            rows = conn.execute(
                sa.text("SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < :t"),
                {"t": before_timestamp},
            )
            return [row[0] for row in rows]

    def slot_value(self, conversation_id: str, slot: str):
        """The value a slot has now in this conversation (None when never set or reset), from its events.

        Only the overzicht reads a slot (gateway/overzicht.py): it is computed again
        from the conversation, so nothing about it is stored anywhere else.
        """
        with self.engine.connect() as conn:
            if not self._has_events(conn):
                return None
            rows = conn.execute(
                sa.text("SELECT type_name, data FROM events WHERE sender_id = :id"
                        " AND (type_name IN ('restart', 'reset_slots') OR (type_name = 'slot' AND data LIKE :like))"
                        " ORDER BY id"),
                {"id": conversation_id, "like": f'%"{slot}"%'},
            )
            value = None
            for type_name, data in rows:
                event = json.loads(data)
                if type_name != "slot":
                    value = None
                elif event.get("name") == slot:
                    value = event.get("value")
            return value

    def contains(self, needle: str) -> bool:
        """Whether any stored event holds this text (used by the erasure tests)."""
        with self.engine.connect() as conn:
            if not self._has_events(conn):
                return False
            query = sa.text("SELECT 1 FROM events WHERE sender_id = :n OR data LIKE :like LIMIT 1")
            return conn.execute(query, {"n": needle, "like": f"%{needle}%"}).first() is not None

    def compact(self) -> None:
        """Rewrite the SQLite file so no freed page or log still holds an erased conversation.

        Rasa's own connections also use secure_delete (wegwijs/rasa/tracker_store.py),
        but VACUUM and a truncated write-ahead log make sure. If Rasa is writing
        at this moment the rows are deleted anyway and the next erasure compacts
        again. PostgreSQL reuses the space through autovacuum (docs/privacy.md).
        """
        if not self.sqlite:
            return
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("VACUUM")
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except sa.exc.OperationalError as error:
            log.warning("could not compact the tracker store now: %s", error)

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(connection, _record) -> None:
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA busy_timeout = 10000")
