"""Telegram's chat -> session table behind the storage seam (issue #16 goal 4).

Before, it was var/telegram.db of the bridge's own pod: a bridge started on
another node lost every chat's session. With WEGWIJS_GATEWAY_DB_URL the rows are
in the shared PostgreSQL database, still under an HMAC of the chat id whose key
(WEGWIJS_TELEGRAM_SLEUTEL) is never in the database; /wis and the retention
sweep reach them from any node.
"""

from __future__ import annotations

import hashlib

import pytest

from kanalen.telegram_chats import DB_NAME, KEY_ENV, SHARED_TABLE, forget_sessions_not_in, open_chat_sessions
from tests.schaal.test_gateway_db import node
from wegwijs.gateway_db import open_gateway_db

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
    db = open_gateway_db(settings)
    try:
        assert [row["session_id"] for row in db[SHARED_TABLE].rows] == ["blijft"]
    finally:
        db.close()
    old_file = open_chat_sessions(node(tmp_path, 1))
    assert old_file.get(3) is None
    old_file.close()
