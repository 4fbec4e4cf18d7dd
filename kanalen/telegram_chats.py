"""The Telegram bridge's one store: which gateway session belongs to which chat (var/telegram.db).

Apart from the bridge (kanalen/telegram.py) so that the retention sweep can
empty it without loading python-telegram-bot or the bridge: the sweep finds
`forget_sessions_not_in` through the entry point group `wegwijs.channel_stores`
(pyproject.toml), so the gateway never imports a channel.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path
from typing import Callable

import sqlite_utils

from wegwijs.secret import read_or_create

DB_NAME = "telegram.db"


class ChatSessions:
    """Which gateway session belongs to which chat, keyed by a keyed hash (HMAC) of the chat id.

    Chat ids are numbers that could be tried one by one against a plain
    hash; with a secret key (telegram.key next to the database, mode 600) a
    copy of the database alone does not tell whose chats these are.
    """

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.key = read_or_create(path.with_suffix(".key")).encode("ascii")
        self.db = sqlite_utils.Database(path)
        self.db.enable_wal()
        self.db.execute("PRAGMA secure_delete = ON")  # a forgotten row is overwritten, not just freed
        self.db["chats"].create({"chat_hash": str, "session_id": str}, pk="chat_hash", if_not_exists=True)

    def hash(self, chat_id: int) -> str:
        return hmac.new(self.key, str(chat_id).encode("ascii"), hashlib.sha256).hexdigest()

    def get(self, chat_id: int) -> str | None:
        rows = list(self.db["chats"].rows_where("chat_hash = ?", [self.hash(chat_id)], limit=1))
        return rows[0]["session_id"] if rows else None

    def put(self, chat_id: int, session_id: str) -> None:
        self.db["chats"].upsert({"chat_hash": self.hash(chat_id), "session_id": session_id}, pk="chat_hash")

    def forget(self, chat_id: int) -> None:
        self.db.execute("DELETE FROM chats WHERE chat_hash = ?", [self.hash(chat_id)])
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the write-ahead log held the old row too

    def forget_sessions_not_in(self, is_known) -> int:
        """Drop chats whose gateway session is gone (erased after its bewaartermijn)."""
        gone = [row["chat_hash"] for row in self.db["chats"].rows if not is_known(row["session_id"])]
        for chat in gone:
            self.db.execute("DELETE FROM chats WHERE chat_hash = ?", [chat])
        if gone:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return len(gone)

    def close(self) -> None:
        self.db.close()


def forget_sessions_not_in(var_dir: Path, is_known: Callable[[str], bool]) -> int:
    """The chat -> session rows whose gateway session is gone go too (the retention sweep's hook)."""
    path = var_dir / DB_NAME
    if not path.exists():
        return 0
    chats = ChatSessions(path)
    try:
        return chats.forget_sessions_not_in(is_known)
    finally:
        chats.close()
