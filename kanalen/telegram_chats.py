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

The session id is a bearer credential (whoever has it reads the conversation
back and erases it), so the table holds it only encrypted (AES-GCM under a key
derived from the Telegram key, bound to its row's chat hash): the database alone
is not enough. A row also keeps the language its conversation switched to ("nl" or
"en", column `taal`), so a restarted bridge answers in it; it goes with the row. Rows of older installs, in plain text, are encrypted when a
bridge opens the store, and any plain row met later is rewritten on read.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
import os
import secrets
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from wegwijs.gateway_db import is_postgres, open_gateway_db, open_sqlite, schema_lock
from wegwijs.secret import MIN_KEY_LENGTH, read_or_create

DB_NAME = "telegram.db"
FILE_TABLE = "chats"  # in var/telegram.db, the bridge's own file
SHARED_TABLE = "telegram_chats"  # in the shared gateway database
KEY_ENV = "WEGWIJS_TELEGRAM_SLEUTEL"
ENCRYPTED_PREFIX = "v1:"  # a session id (secrets.token_urlsafe) never holds ":", so a plain one is told apart
ENCRYPTION_INFO = b"wegwijs telegram_chats session_id v1"
NONCE_BYTES = 12
TALEN = ("nl", "en")  # the languages a chat's row may remember: a language code, nothing else
DB_THREADS_SQLITE = 1  # one connection: its calls one at a time, on one thread
DB_THREADS_POSTGRES = 4  # fewer than PostgresDatabase's pool of 8 connections, so a call never finds it empty

log = logging.getLogger(__name__)


class ChatSessions:
    """Which gateway session belongs to which chat, keyed by a keyed hash (HMAC) of the chat id.

    Chat ids are numbers that could be tried one by one against a plain
    hash; with a secret key (WEGWIJS_TELEGRAM_SLEUTEL, or telegram.key next to
    the SQLite file, mode 600) a copy of the database alone does not tell whose
    chats these are. The key is never stored in the database. The session ids
    are encrypted under a key derived from it (see the module's docstring).

    The bridge calls the `*_async` methods: they run the database call on this
    store's own threads, so a PostgreSQL round trip never blocks the event loop.
    """

    def __init__(self, db, table: str, key: str | None):
        self.db, self.table = db, table
        self.key = key.encode("ascii") if key else None
        self.cipher = AESGCM(derived_key(self.key)) if self.key else None
        self.executor: ThreadPoolExecutor | None = None
        if is_postgres(db):
            with schema_lock(db):  # bridges and sweeps on several nodes may start at the same moment
                self._create_table()
                self._encrypt_plain_rows()
        else:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA secure_delete = ON")  # a forgotten row is overwritten, not just freed
            self._create_table()
            self._encrypt_plain_rows()

    def _create_table(self) -> None:
        table = self.db[self.table]
        table.create({"chat_hash": str, "session_id": str, "taal": str}, pk="chat_hash", if_not_exists=True)
        if "taal" not in table.columns_dict:  # a table of a bridge from before the remembered language
            table.add_column("taal", str)

    @classmethod
    def in_file(cls, path: Path) -> "ChatSessions":
        """The bridge's own SQLite file (the default), its key from the environment or the file next to it."""
        return cls(open_sqlite(path), FILE_TABLE, shared_key() or read_or_create(path.with_suffix(".key")))

    def hash(self, chat_id: int) -> str:
        if self.key is None:
            raise ValueError("no key to hash a chat id with")
        return hmac.new(self.key, str(chat_id).encode("ascii"), hashlib.sha256).hexdigest()

    def encrypt(self, chat_hash: str, session_id: str) -> str:
        """The session id as stored: AES-GCM, bound to its row (a ciphertext moved to another chat does not open)."""
        if self.cipher is None:
            raise ValueError("no key to encrypt a session id with")
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = self.cipher.encrypt(nonce, session_id.encode("ascii"), chat_hash.encode("ascii"))
        return ENCRYPTED_PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, chat_hash: str, stored: str) -> str:
        """The session id of a row; a plain one of an older install as it is. InvalidTag: another key, or moved."""
        if not stored.startswith(ENCRYPTED_PREFIX):
            return stored
        if self.cipher is None:
            raise ValueError("no key to decrypt a session id with")
        raw = base64.urlsafe_b64decode(stored[len(ENCRYPTED_PREFIX):])
        return self.cipher.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], chat_hash.encode("ascii")).decode("ascii")

    def get(self, chat_id: int) -> str | None:
        chat_hash = self.hash(chat_id)
        rows = list(self.db[self.table].rows_where("chat_hash = ?", [chat_hash], limit=1))
        if not rows:
            return None
        try:
            session_id = self.decrypt(chat_hash, rows[0]["session_id"])
        except (InvalidTag, ValueError):  # changed in the database, or another key: a new session overwrites it
            log.warning("telegram chats: a chat's session id could not be read; the chat starts anew")
            return None
        if not rows[0]["session_id"].startswith(ENCRYPTED_PREFIX):  # written by an older bridge: not again
            self._rewrite_encrypted(chat_hash, session_id)
            self._checkpoint()
        return session_id

    def put(self, chat_id: int, session_id: str) -> None:
        chat_hash = self.hash(chat_id)
        self.db[self.table].upsert({"chat_hash": chat_hash, "session_id": self.encrypt(chat_hash, session_id)},
                                   pk="chat_hash")

    def taal(self, chat_id: int) -> str | None:
        """The language this chat's conversation switched to ("English please"), kept in its row; else None."""
        rows = list(self.db[self.table].rows_where("chat_hash = ?", [self.hash(chat_id)], limit=1))
        taal = rows[0].get("taal") if rows else None
        return taal if taal in TALEN else None

    def remember_taal(self, chat_id: int, taal: str) -> None:
        """Keep the language with the chat's session row, so a restarted bridge still knows it (issue #15).

        Only a language code, in the row that /wis and the retention sweep delete; no row, nothing kept."""
        if taal not in TALEN:
            raise ValueError(f"not a language of Wegwijs: {taal!r}")
        self.db.execute(f"UPDATE {self.table} SET taal = ? WHERE chat_hash = ?", [taal, self.hash(chat_id)])

    def forget(self, chat_id: int) -> None:
        self.db.execute(f"DELETE FROM {self.table} WHERE chat_hash = ?", [self.hash(chat_id)])
        self._checkpoint()

    async def get_async(self, chat_id: int) -> str | None:
        return await self._off_loop(self.get, chat_id)

    async def put_async(self, chat_id: int, session_id: str) -> None:
        await self._off_loop(self.put, chat_id, session_id)

    async def taal_async(self, chat_id: int) -> str | None:
        return await self._off_loop(self.taal, chat_id)

    async def remember_taal_async(self, chat_id: int, taal: str) -> None:
        await self._off_loop(self.remember_taal, chat_id, taal)

    async def forget_async(self, chat_id: int) -> None:
        await self._off_loop(self.forget, chat_id)

    async def _off_loop(self, call: Callable, *args):
        """The call on this store's threads (made at the first call; a sweep that is not async needs none)."""
        if self.executor is None:
            threads = DB_THREADS_POSTGRES if is_postgres(self.db) else DB_THREADS_SQLITE
            self.executor = ThreadPoolExecutor(threads, thread_name_prefix="telegram-chats")
        return await asyncio.get_running_loop().run_in_executor(self.executor, call, *args)

    def _encrypt_plain_rows(self) -> int:
        """Rows of an install from before the encryption: encrypted now, once, when a store with the key opens."""
        if self.cipher is None:
            return 0
        plain = [row for row in self.db[self.table].rows if not row["session_id"].startswith(ENCRYPTED_PREFIX)]
        for row in plain:
            self._rewrite_encrypted(row["chat_hash"], row["session_id"])
        if plain:
            log.info("telegram chats: encrypted %d session ids stored in plain text by an older version", len(plain))
            self._checkpoint()
            if is_postgres(self.db):
                self.db.vacuum([self.table])  # the rows' old versions out of the table files now
        return len(plain)

    def _rewrite_encrypted(self, chat_hash: str, session_id: str) -> None:
        """Only while the row still holds this plain id: a bridge may have put a new session meanwhile."""
        self.db.execute(f"UPDATE {self.table} SET session_id = ? WHERE chat_hash = ? AND session_id = ?",
                        [self.encrypt(chat_hash, session_id), chat_hash, session_id])

    def forget_sessions_not_in(self, is_known: Callable[[str], bool]) -> int:
        """Drop chats whose gateway session is gone (erased after its bewaartermijn); decrypted in memory only.

        A row this key cannot open (another key, or tampered with) stays: whether its session is gone is unknown."""
        gone, unreadable = [], 0
        for row in self.db[self.table].rows:
            try:
                session_id = self.decrypt(row["chat_hash"], row["session_id"])
            except (InvalidTag, ValueError):
                unreadable += 1
                continue
            if not is_known(session_id):
                gone.append(row["chat_hash"])
        for chat in gone:
            self.db.execute(f"DELETE FROM {self.table} WHERE chat_hash = ?", [chat])
        if gone:
            self._checkpoint()
        if unreadable:
            log.warning("telegram chats: %d rows could not be read with this key (%s); they stay", unreadable, KEY_ENV)
        return len(gone)

    def _checkpoint(self) -> None:
        """SQLite: the write-ahead log held the old row too. PostgreSQL: vacuumed by the retention sweep."""
        if not is_postgres(self.db):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True)
        self.db.close()


def derived_key(telegram_key: bytes) -> bytes:
    """The encryption key of the session ids: HKDF of the Telegram key, apart from the HMAC of the chat ids."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=ENCRYPTION_INFO).derive(telegram_key)


def shared_key() -> str | None:
    """WEGWIJS_TELEGRAM_SLEUTEL when set: every bridge that shares the chats must hash with the same key."""
    value = os.environ.get(KEY_ENV, "").strip()
    if value and len(value) < MIN_KEY_LENGTH:
        raise ValueError(f"{KEY_ENV} is too short: use at least {MIN_KEY_LENGTH} random characters")
    return value or None


def existing_key(path: Path) -> str | None:
    """The key file next to an old var/telegram.db, when there is one (the sweep makes no new key)."""
    return path.read_text().strip() if path.exists() else None


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
    path = settings.var_dir / DB_NAME
    if path.exists():
        stores.append(ChatSessions(open_sqlite(path), FILE_TABLE, shared_key() or existing_key(path.with_suffix(".key"))))
    if settings.gateway_db_url:  # the sweep needs the bridges' key to read the session ids: the same Secret
        stores.append(ChatSessions(open_gateway_db(settings), SHARED_TABLE, shared_key()))
    forgotten = 0
    for chats in stores:
        try:
            forgotten += chats.forget_sessions_not_in(is_known)
        finally:
            chats.close()
    return forgotten
