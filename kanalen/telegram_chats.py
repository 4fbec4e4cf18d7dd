"""The Telegram bridge's one store: which gateway session belongs to which chat.

Behind the gateway's storage seam (wegwijs/gateway_db.py), like the gateway's
own tables: by default its own SQLite file (var/telegram.db, table `chats`),
and with WEGWIJS_GATEWAY_DB_URL the table `telegram_chats` in the PostgreSQL
database every node shares, so a bridge on another node (a restart on another
machine, a second bridge) still knows which session belongs to which chat.

Apart from the bridge (kanalen/telegram.py) so that the retention sweep can
empty it without loading python-telegram-bot or the bridge: the sweep finds
`forget_sessions_not_in` through the entry point group `wegwijs.channel_stores`
(pyproject.toml), so the gateway never imports a channel.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path
from typing import Callable

from wegwijs.gateway_db import is_postgres, open_gateway_db, open_sqlite, schema_lock
from wegwijs.secret import MIN_KEY_LENGTH, read_or_create

DB_NAME = "telegram.db"
FILE_TABLE = "chats"  # in var/telegram.db, the bridge's own file
SHARED_TABLE = "telegram_chats"  # in the shared gateway database
KEY_ENV = "WEGWIJS_TELEGRAM_SLEUTEL"


class ChatSessions:
    """Which gateway session belongs to which chat, keyed by a keyed hash (HMAC) of the chat id.

    Chat ids are numbers that could be tried one by one against a plain
    hash; with a secret key (WEGWIJS_TELEGRAM_SLEUTEL, or telegram.key next to
    the SQLite file, mode 600) a copy of the database alone does not tell whose
    chats these are. The key is never stored in the database.
    """

    def __init__(self, db, table: str, key: str | None):
        self.db, self.table = db, table
        self.key = key.encode("ascii") if key else None
        if is_postgres(db):
            with schema_lock(db):  # bridges and sweeps on several nodes may start at the same moment
                self._create_table()
        else:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA secure_delete = ON")  # a forgotten row is overwritten, not just freed
            self._create_table()

    def _create_table(self) -> None:
        self.db[self.table].create({"chat_hash": str, "session_id": str}, pk="chat_hash", if_not_exists=True)

    @classmethod
    def in_file(cls, path: Path) -> "ChatSessions":
        """The bridge's own SQLite file (the default), its key from the environment or the file next to it."""
        return cls(open_sqlite(path), FILE_TABLE, shared_key() or read_or_create(path.with_suffix(".key")))

    def hash(self, chat_id: int) -> str:
        if self.key is None:
            raise ValueError("no key to hash a chat id with")
        return hmac.new(self.key, str(chat_id).encode("ascii"), hashlib.sha256).hexdigest()

    def get(self, chat_id: int) -> str | None:
        rows = list(self.db[self.table].rows_where("chat_hash = ?", [self.hash(chat_id)], limit=1))
        return rows[0]["session_id"] if rows else None

    def put(self, chat_id: int, session_id: str) -> None:
        self.db[self.table].upsert({"chat_hash": self.hash(chat_id), "session_id": session_id}, pk="chat_hash")

    def forget(self, chat_id: int) -> None:
        self.db.execute(f"DELETE FROM {self.table} WHERE chat_hash = ?", [self.hash(chat_id)])
        self._checkpoint()

    def forget_sessions_not_in(self, is_known: Callable[[str], bool]) -> int:
        """Drop chats whose gateway session is gone (erased after its bewaartermijn)."""
        gone = [row["chat_hash"] for row in self.db[self.table].rows if not is_known(row["session_id"])]
        for chat in gone:
            self.db.execute(f"DELETE FROM {self.table} WHERE chat_hash = ?", [chat])
        if gone:
            self._checkpoint()
        return len(gone)

    def _checkpoint(self) -> None:
        """SQLite: the write-ahead log held the old row too. PostgreSQL: vacuumed by the retention sweep."""
        if not is_postgres(self.db):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.db.close()


def shared_key() -> str | None:
    """WEGWIJS_TELEGRAM_SLEUTEL when set: every bridge that shares the chats must hash with the same key."""
    value = os.environ.get(KEY_ENV, "").strip()
    if value and len(value) < MIN_KEY_LENGTH:
        raise ValueError(f"{KEY_ENV} is too short: use at least {MIN_KEY_LENGTH} random characters")
    return value or None


def open_chat_sessions(settings) -> ChatSessions:
    """The chats where these settings keep them: the shared PostgreSQL database, or var/telegram.db."""
    if not settings.gateway_db_url:
        return ChatSessions.in_file(settings.var_dir / DB_NAME)
    key = shared_key()
    if key is None:
        raise ValueError(f"WEGWIJS_GATEWAY_DB_URL is set, so the chats are shared: set {KEY_ENV} too "
                         "(the same random key for every Telegram bridge, kept outside the database)")
    return ChatSessions(open_gateway_db(settings), SHARED_TABLE, key)


def forget_sessions_not_in(settings, is_known: Callable[[str], bool]) -> int:
    """The chat -> session rows whose gateway session is gone go too (the retention sweep's hook):
    in var/telegram.db when it is there, and in the shared database when one is set."""
    stores = []
    if (settings.var_dir / DB_NAME).exists():
        stores.append(ChatSessions(open_sqlite(settings.var_dir / DB_NAME), FILE_TABLE, key=None))
    if settings.gateway_db_url:
        stores.append(ChatSessions(open_gateway_db(settings), SHARED_TABLE, key=None))
    forgotten = 0
    for chats in stores:
        try:
            forgotten += chats.forget_sessions_not_in(is_known)
        finally:
            chats.close()
    return forgotten
