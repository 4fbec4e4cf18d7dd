"""Telegram's chat -> session table behind the storage seam (issue #16 goal 4).

Before, it was var/telegram.db of the bridge's own pod: a bridge started on
another node lost every chat's session. With WEGWIJS_GATEWAY_DB_URL the rows are
in the shared PostgreSQL database, still under an HMAC of the chat id whose key
(WEGWIJS_TELEGRAM_SLEUTEL) is never in the database; /wis and the retention
sweep reach them from any node.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import secrets
import threading
from pathlib import Path

import pytest
import yaml
from cryptography.exceptions import InvalidTag

from kanalen.telegram import Bridge
from kanalen.telegram_chats import (
    DB_NAME, FILE_TABLE, KEY_ENV, SHARED_TABLE, ChatSessions, forget_sessions_not_in, open_chat_sessions,
)
from tests.schaal.test_gateway_db import node
from wegwijs.protocol import ERASED_KEY

KEY = "t" * 43
CHAT = 4711


def test_the_default_is_the_bridges_own_sqlite_file_with_its_key_next_to_it(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    chats = open_chat_sessions(node(tmp_path, 1))
    try:
        chats.put(CHAT, "sessie-1")
        assert chats.get(CHAT) == "sessie-1"
    finally:
        chats.close()
    assert (tmp_path / "knooppunt-1" / DB_NAME).exists() and (tmp_path / "knooppunt-1" / "telegram.key").exists()


def test_a_chat_known_to_the_bridge_on_one_node_is_known_on_the_other_and_wis_forgets_it_for_both(
        pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv(KEY_ENV, KEY)
    one, two = (open_chat_sessions(node(tmp_path, n, gateway_db_url=pg_url)) for n in (1, 2))
    try:
        one.put(CHAT, "sessie-van-knooppunt-1")
        assert two.get(CHAT) == "sessie-van-knooppunt-1"
        two.forget(CHAT)
        assert one.get(CHAT) is None
    finally:
        one.close()
        two.close()
    assert not (tmp_path / "knooppunt-1").exists() and not (tmp_path / "knooppunt-2").exists(), "nothing in var/"


def test_the_shared_table_holds_no_chat_id_and_no_key(pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv(KEY_ENV, KEY)
    chats = open_chat_sessions(node(tmp_path, 1, gateway_db_url=pg_url))
    try:
        chats.put(CHAT, "sessie-x")
        stored = str(chats.db.execute(f"SELECT * FROM {SHARED_TABLE}").fetchall())
        everything = str(chats.db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
    finally:
        chats.forget(CHAT)
        chats.close()
    assert str(CHAT) not in stored and KEY not in stored
    assert hashlib.sha256(str(CHAT).encode()).hexdigest() not in stored, "a keyed hash, not one anyone can recompute"
    assert "key" not in everything.lower() and "sleutel" not in everything.lower()


def test_a_shared_table_without_a_shared_key_is_refused_with_a_clear_message(pg_url, tmp_path, monkeypatch):
    """Each node would hash with a key of its own var/, and lose the chats of the others."""
    monkeypatch.delenv(KEY_ENV, raising=False)
    with pytest.raises(ValueError, match=KEY_ENV):
        open_chat_sessions(node(tmp_path, 1, gateway_db_url=pg_url))
    monkeypatch.setenv(KEY_ENV, "te-kort")
    with pytest.raises(ValueError, match="too short"):
        open_chat_sessions(node(tmp_path, 1, gateway_db_url=pg_url))


def test_the_retention_hook_reaches_the_shared_table_and_an_old_file(pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv(KEY_ENV, KEY)
    settings = node(tmp_path, 1, gateway_db_url=pg_url)
    shared = open_chat_sessions(settings)
    shared.put(1, "weg")
    shared.put(2, "blijft")
    shared.close()
    old_file = open_chat_sessions(node(tmp_path, 1))  # the file of before the shared database
    old_file.put(3, "weg")
    old_file.close()
    assert forget_sessions_not_in(settings, lambda session_id: session_id == "blijft") == 2
    shared = open_chat_sessions(settings)
    try:
        assert (shared.get(1), shared.get(2)) == (None, "blijft")
        assert len(list(shared.db[SHARED_TABLE].rows)) == 1
    finally:
        shared.close()
    old_file = open_chat_sessions(node(tmp_path, 1))
    assert old_file.get(3) is None
    old_file.close()



# --- The session id is a bearer credential: encrypted in the table, on SQLite and on PostgreSQL ---

OTHER_KEY = "o" * 43


@pytest.fixture(params=["sqlite", "postgres"])
def settings(request, tmp_path, monkeypatch):
    """Where one bridge keeps its chats: its own var/telegram.db, or the shared PostgreSQL database."""
    monkeypatch.setenv(KEY_ENV, KEY)
    if request.param == "sqlite":
        return node(tmp_path, 1)
    return node(tmp_path, 1, gateway_db_url=request.getfixturevalue("pg_url"))


def table_of(chats: ChatSessions) -> str:
    return SHARED_TABLE if chats.table == SHARED_TABLE else FILE_TABLE


def raw_table(chats: ChatSessions) -> str:
    """Everything the table holds, as someone with only the database reads it."""
    return str(chats.db.execute(f"SELECT * FROM {table_of(chats)}").fetchall())


def raw_files(settings) -> bytes:
    """SQLite: the bytes of the database file and its write-ahead log (PostgreSQL: none here)."""
    path = settings.var_dir / DB_NAME
    return b"".join(p.read_bytes() for p in (path, path.with_name(DB_NAME + "-wal")) if p.exists())


def forms_of(session_id: str) -> list[str]:
    """The session id as a grep could find it: as it is, base64'd, and hashed as the gateway's sessions table does."""
    return [session_id, base64.b64encode(session_id.encode()).decode(), base64.urlsafe_b64encode(session_id.encode()).decode(),
            hashlib.sha256(session_id.encode()).hexdigest()]


def insert_plain_row(chats: ChatSessions, chat_id: int, session_id: str) -> None:
    """A row as the bridge wrote it before the encryption: the session id in plain text."""
    chats.db.execute(f"INSERT INTO {table_of(chats)} (chat_hash, session_id) VALUES (?, ?)",
                     [chats.hash(chat_id), session_id])


def test_the_table_holds_no_session_id_in_any_form_a_grep_finds(settings):
    session_id = secrets.token_urlsafe(32)
    chats = open_chat_sessions(settings)
    try:
        chats.put(CHAT, session_id)
        assert chats.get(CHAT) == session_id, "the bridge reads it back"
        stored = raw_table(chats)
    finally:
        chats.forget(CHAT)
        chats.close()
    files = raw_files(settings)
    for form in forms_of(session_id):
        assert form not in stored and form.encode() not in files, form


@pytest.fixture
def chats(settings):
    """One bridge's chat store; the two chats the tests use are forgotten and the store closed afterwards."""
    store = open_chat_sessions(settings)
    yield store
    store.forget(CHAT)
    store.forget(CHAT + 1)
    store.close()


def test_a_wrong_key_cannot_read_the_session_id_and_a_row_moved_to_another_chat_does_not_open(chats, monkeypatch):
    session_id = secrets.token_urlsafe(32)
    chats.put(CHAT, session_id)
    chats.put(CHAT + 1, "een-andere-sessie")
    rows = {row["chat_hash"]: row["session_id"] for row in chats.db[table_of(chats)].rows}
    sealed = rows[chats.hash(CHAT)]
    assert session_id not in sealed
    monkeypatch.setenv(KEY_ENV, OTHER_KEY)
    thief = ChatSessions(chats.db, chats.table, OTHER_KEY)  # the database, but not the key
    assert thief.get(CHAT) is None
    with pytest.raises(InvalidTag):
        thief.decrypt(chats.hash(CHAT), sealed)
    with pytest.raises(InvalidTag):  # the right key, but the ciphertext copied onto another chat's row
        chats.decrypt(chats.hash(CHAT + 1), sealed)
    assert chats.decrypt(chats.hash(CHAT), sealed) == session_id


def test_a_row_changed_in_the_database_starts_the_chat_anew_instead_of_failing(chats):
    chats.put(CHAT, "sessie-a")
    chats.put(CHAT + 1, "sessie-b")
    sealed_b = chats.db.execute(f"SELECT session_id FROM {table_of(chats)} WHERE chat_hash = ?",
                                [chats.hash(CHAT + 1)]).fetchone()[0]
    chats.db.execute(f"UPDATE {table_of(chats)} SET session_id = ? WHERE chat_hash = ?", [sealed_b, chats.hash(CHAT)])
    assert chats.get(CHAT) is None, "another chat's session is never handed out"
    chats.put(CHAT, "sessie-nieuw")
    assert chats.get(CHAT) == "sessie-nieuw"


def test_wis_still_removes_the_row(chats):
    chats.put(CHAT, "sessie-die-weg-moet")
    chats.forget(CHAT)
    assert chats.get(CHAT) is None
    assert list(chats.db[table_of(chats)].rows_where("chat_hash = ?", [chats.hash(CHAT)])) == []


def test_plain_rows_of_an_older_install_are_encrypted_when_the_bridge_opens_the_store(settings):
    old_id = secrets.token_urlsafe(32)
    older = open_chat_sessions(settings)
    insert_plain_row(older, CHAT, old_id)
    older.close()
    chats = open_chat_sessions(settings)  # the new version starts
    try:
        stored = raw_table(chats)
        assert chats.get(CHAT) == old_id, "the chat keeps its conversation"
    finally:
        chats.forget(CHAT)
        chats.close()
    assert old_id not in stored and old_id.encode() not in raw_files(settings)


def test_a_plain_row_met_later_works_once_and_is_rewritten_encrypted_on_read(settings):
    """An older bridge on another node may still write plain rows after this one started."""
    old_id = secrets.token_urlsafe(32)
    chats = open_chat_sessions(settings)
    try:
        insert_plain_row(chats, CHAT, old_id)
        assert chats.get(CHAT) == old_id
        assert old_id not in raw_table(chats) and old_id.encode() not in raw_files(settings)
        assert chats.get(CHAT) == old_id
    finally:
        chats.forget(CHAT)
        chats.close()


def assert_the_sweep_forgets_only_erased_sessions(settings) -> None:
    """Two chats, one whose session is gone: the sweep (decrypting in memory) removes that one only."""
    chats = open_chat_sessions(settings)
    chats.put(1, "weg")
    chats.put(2, "blijft")
    chats.close()
    assert forget_sessions_not_in(settings, lambda session_id: session_id == "blijft") == 1
    chats = open_chat_sessions(settings)
    try:
        assert (chats.get(1), chats.get(2)) == (None, "blijft")
    finally:
        chats.forget(2)
        chats.close()


def test_the_retention_sweep_decrypts_in_memory_and_forgets_only_erased_sessions(settings):
    assert_the_sweep_forgets_only_erased_sessions(settings)


def test_the_sweep_of_the_bridges_own_file_reads_the_key_file_next_to_it(tmp_path, monkeypatch):
    """`make run`: no WEGWIJS_TELEGRAM_SLEUTEL; the gateway's sweep finds var/telegram.key and makes no new one."""
    monkeypatch.delenv(KEY_ENV, raising=False)
    settings = node(tmp_path, 1)
    assert_the_sweep_forgets_only_erased_sessions(settings)


def test_a_sweep_without_the_key_leaves_the_rows_and_says_so(pg_url, tmp_path, monkeypatch, caplog):
    """A gateway pod without WEGWIJS_TELEGRAM_SLEUTEL cannot tell whose session is gone: it must not guess."""
    monkeypatch.setenv(KEY_ENV, KEY)
    settings = node(tmp_path, 1, gateway_db_url=pg_url)
    chats = open_chat_sessions(settings)
    chats.put(CHAT, "sessie")
    monkeypatch.delenv(KEY_ENV)
    with caplog.at_level(logging.WARNING, logger="kanalen.telegram_chats"):
        assert forget_sessions_not_in(settings, lambda session_id: False) == 0
    try:
        assert chats.get(CHAT) == "sessie"
        assert KEY_ENV in caplog.text
    finally:
        chats.forget(CHAT)
        chats.close()


# --- The bridge's database calls run off the event loop ---

class RecordingChats(ChatSessions):
    """The real store, noting on which thread each database call runs."""

    def __init__(self, *args):
        super().__init__(*args)
        self.threads: list[tuple[str, int]] = []

    def get(self, chat_id):
        self.threads.append(("get", threading.get_ident()))
        return super().get(chat_id)

    def put(self, chat_id, session_id):
        self.threads.append(("put", threading.get_ident()))
        super().put(chat_id, session_id)

    def forget(self, chat_id):
        self.threads.append(("forget", threading.get_ident()))
        super().forget(chat_id)


class FakeGateway:
    """The gateway's client: a new session, then a reply that says the conversation was erased ("wis alles")."""

    async def create(self, user="", taal=None):
        return "sessie-" + secrets.token_urlsafe(8), [{"text": "Welkom"}]

    async def say(self, session_id, text, user=""):
        return {"messages": [{"text": "Gewist"}], ERASED_KEY: text == "wis alles"}


async def test_the_bridge_calls_the_database_off_the_event_loop(settings):
    chats = open_chat_sessions(settings)
    recording = RecordingChats(chats.db, chats.table, KEY)
    bridge = Bridge(FakeGateway(), recording, "voorbeeldstad")
    try:
        await bridge.converse(CHAT, "hallo")
        assert chats.get(CHAT) is not None, "a new session was put"
        await bridge.converse(CHAT, "wis alles")
        assert chats.get(CHAT) is None, "the erased conversation's chat was forgotten"
    finally:
        recording.close()
    loop_thread = threading.get_ident()
    assert {call for call, _ in recording.threads} >= {"get", "put", "forget"}
    assert [call for call, thread in recording.threads if thread == loop_thread] == [], "blocked the event loop"


async def test_a_database_call_that_waits_does_not_stop_the_other_chats(settings):
    """A slow round trip to PostgreSQL: the loop goes on with other chats meanwhile."""
    loop_ran, waited_in_vain = threading.Event(), []

    class SlowChats(ChatSessions):
        def get(self, chat_id):
            waited_in_vain.append(not loop_ran.wait(timeout=3))  # on the loop's own thread it waits in vain
            return super().get(chat_id)

    chats = open_chat_sessions(settings)
    slow = SlowChats(chats.db, chats.table, KEY)
    bridge = Bridge(FakeGateway(), slow, "voorbeeldstad")

    async def another_chat():
        await asyncio.sleep(0.05)
        loop_ran.set()

    try:
        await asyncio.gather(bridge.converse(CHAT, "hallo"), another_chat())
    finally:
        slow.forget(CHAT)
        slow.close()
    assert waited_in_vain == [False], "the other chat ran while the database call waited"


async def test_many_chats_at_once_on_the_stores_threads(settings):
    """More chats at once than connections in the pool (PostgreSQL) or than one SQLite connection takes."""
    chats = open_chat_sessions(settings)
    try:
        await asyncio.gather(*(chats.put_async(chat, f"sessie-{chat}") for chat in range(40)))
        found = await asyncio.gather(*(chats.get_async(chat) for chat in range(40)))
        assert found == [f"sessie-{chat}" for chat in range(40)]
        await asyncio.gather(*(chats.forget_async(chat) for chat in range(40)))
        assert await asyncio.gather(*(chats.get_async(chat) for chat in range(40))) == [None] * 40
    finally:
        chats.close()


# --- deploy/: every pod that sweeps the shared table gets the key, from the Secret next to the other keys ---

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def containers(document: dict) -> list[dict]:
    spec = document["spec"]
    pod = spec["jobTemplate"]["spec"]["template"] if document["kind"] == "CronJob" else spec["template"]
    return pod["spec"]["containers"]


@pytest.mark.parametrize("manifest", ["gateway.yaml", "opschonen.yaml"])
def test_the_pods_that_run_the_retention_sweep_get_the_telegram_key_from_the_secret(manifest):
    """Without it the sweep cannot read the session ids, and erased sessions' chats would stay."""
    documents = [d for d in yaml.safe_load_all((DEPLOY / manifest).read_text()) if d and d["kind"] != "Service"]
    env = {e["name"]: e for d in documents for c in containers(d) for e in c.get("env", [])}
    assert env[KEY_ENV]["valueFrom"]["secretKeyRef"] == {
        "name": "wegwijs-sleutels", "key": KEY_ENV, "optional": True}
    assert f"{KEY_ENV}=" in (DEPLOY / "secrets" / "sleutels.env.example").read_text()
