"""Erase a conversation from Rasa's SQL tracker store.

Rasa's HTTP API stays off (it would let anyone on the machine read
trackers), so the gateway removes a tracker's events from the store itself.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)


def erase_tracker(tracker_db: Path, conversation_id: str) -> int:
    """Delete every event of one conversation; returns the number of rows removed."""
    if not tracker_db.exists():
        return 0
    conn = sqlite3.connect(str(tracker_db), timeout=10)
    conn.execute("PRAGMA secure_delete = ON")  # overwrite, do not just mark free
    try:
        with conn:
            exists = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'"
            ).fetchone()
            if not exists:
                return 0
            cursor = conn.execute("DELETE FROM events WHERE sender_id = ?", [conversation_id])
            removed = cursor.rowcount
        compact(conn)
        return removed
    finally:
        conn.close()


def compact(conn: sqlite3.Connection) -> None:
    """Rewrite the file so no freed page still holds an erased conversation.

    Rasa's own connection writes without secure_delete, so page splits can
    leave old copies of rows in free pages; VACUUM rebuilds the file without
    them. If Rasa is writing at this moment the rows are deleted anyway and
    the next erasure compacts again.
    """
    try:
        conn.execute("VACUUM")
    except sqlite3.OperationalError as error:
        log.warning("could not compact the tracker store now: %s", error)
