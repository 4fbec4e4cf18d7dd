"""Erased conversations stay erased, even when a turn was in flight.

Rasa holds a conversation's tracker in memory while it answers a message. If
the person erases the conversation in that moment, Rasa's save at the end of
the turn would find no events in the store and write the whole conversation
back. So erasing leaves a tombstone (the random conversation id, nothing
else) and the tracker store refuses to save a tombstoned conversation.

Erase and save take the same per-conversation lock in the database, so the
check and the write cannot interleave: on SQLite the first statement of the
transaction is a write (which takes the database's write lock before the
snapshot is read), on PostgreSQL a transaction-scoped advisory lock.
"""

from __future__ import annotations

import time

import sqlalchemy as sa

TABLE = "wegwijs_gewist"
# A turn takes seconds; a day is far past any turn that could still be running.
KEEP_S = 24 * 3600


def create_table(conn) -> None:
    conn.execute(sa.text(f"CREATE TABLE IF NOT EXISTS {TABLE} (sender_id VARCHAR(255) PRIMARY KEY, gewist_op FLOAT)"))


def lock(conn, sender_id: str) -> None:
    """Take the per-conversation lock for the rest of this transaction (call it first)."""
    if _dialect(conn) == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:s, 0))"), {"s": sender_id})
    else:
        # A write as the first statement: SQLite takes its write lock before reading anything.
        conn.execute(sa.text(f"UPDATE {TABLE} SET gewist_op = gewist_op WHERE sender_id = :s"), {"s": sender_id})


def _dialect(conn) -> str:
    """The database kind of a Connection or an ORM Session."""
    bind = conn.get_bind() if hasattr(conn, "get_bind") else conn
    return bind.dialect.name


def is_erased(conn, sender_id: str) -> bool:
    return conn.execute(sa.text(f"SELECT 1 FROM {TABLE} WHERE sender_id = :s"), {"s": sender_id}).first() is not None


def bury(conn, sender_ids: list[str]) -> None:
    """Mark these conversations as erased (inside the erasing transaction, after lock())."""
    now = time.time()
    for sender_id in sender_ids:
        conn.execute(
            sa.text(f"INSERT INTO {TABLE} (sender_id, gewist_op) VALUES (:s, :t) ON CONFLICT (sender_id) DO NOTHING"),
            {"s": sender_id, "t": now},
        )


def forget_old(conn, now: float | None = None) -> int:
    """Tombstones older than any turn can last are not needed any more."""
    cutoff = (now or time.time()) - KEEP_S
    return conn.execute(sa.text(f"DELETE FROM {TABLE} WHERE gewist_op < :t"), {"t": cutoff}).rowcount
