"""Erased conversations stay erased, even when a turn was in flight.

Rasa holds a conversation's tracker in memory while it answers a message. If
the person erases the conversation in that moment, Rasa's save at the end of
the turn would find no events in the store and write the whole conversation
back. So erasing leaves a tombstone (a hash of the random conversation id,
nothing else: not even the id stays on disk) and the tracker store refuses
to save a tombstoned conversation.

Erase and save take the same per-conversation lock in the database, so the
check and the write cannot interleave: on SQLite the first statement of the
transaction is a write (which takes the database's write lock before the
snapshot is read), on PostgreSQL a transaction-scoped advisory lock.
"""

from __future__ import annotations

import hashlib
import time

import sqlalchemy as sa

TABLE = "wegwijs_gewist"
# A turn takes seconds; a day is far past any turn that could still be running.
KEEP_S = 24 * 3600


def id_hash(sender_id: str) -> str:
    """How a tombstone names a conversation."""
    return hashlib.sha256(sender_id.encode("utf-8")).hexdigest()


_hash = id_hash


def create_table(conn) -> None:
    conn.execute(sa.text(f"CREATE TABLE IF NOT EXISTS {TABLE} (id_hash VARCHAR(64) PRIMARY KEY, gewist_op FLOAT)"))


def lock(conn, sender_id: str) -> None:
    """Take the per-conversation lock for the rest of this transaction (call it first)."""
    if _dialect(conn) == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:s, 0))"), {"s": sender_id})
    else:
        # A write as the first statement: SQLite takes its write lock before reading anything.
        conn.execute(sa.text(f"UPDATE {TABLE} SET gewist_op = gewist_op WHERE id_hash = :s"), {"s": _hash(sender_id)})


def _dialect(conn) -> str:
    """The database kind of a Connection or an ORM Session."""
    bind = conn.get_bind() if hasattr(conn, "get_bind") else conn
    return bind.dialect.name


def is_erased(conn, sender_id: str) -> bool:
    return conn.execute(sa.text(f"SELECT 1 FROM {TABLE} WHERE id_hash = :s"), {"s": _hash(sender_id)}).first() is not None


def bury(conn, sender_ids: list[str]) -> None:
    """Mark these conversations as erased (inside the erasing transaction, after lock())."""
    now = time.time()
    for sender_id in sender_ids:
        conn.execute(
            sa.text(f"INSERT INTO {TABLE} (id_hash, gewist_op) VALUES (:s, :t) ON CONFLICT (id_hash) DO NOTHING"),
            {"s": _hash(sender_id), "t": now},
        )


def buried_since(conn, since: float) -> list[tuple[str]]:
    """The hashes of conversations erased at or after this Unix time (for caches to drop them)."""
    return conn.execute(sa.text(f"SELECT id_hash FROM {TABLE} WHERE gewist_op >= :t"), {"t": since}).all()


def forget_old(conn, now: float | None = None) -> int:
    """Tombstones older than any turn can last are not needed any more."""
    cutoff = (now or time.time()) - KEEP_S
    return conn.execute(sa.text(f"DELETE FROM {TABLE} WHERE gewist_op < :t"), {"t": cutoff}).rowcount
