"""The language a Telegram chat switched to is kept with the chat's row (issue #15), on SQLite and PostgreSQL.

Before, the bridge kept "English please" in its process memory only: after a restart a chat whose
Telegram is Dutch got Dutch /help, errors and labels again while its conversation was English.
The row keeps a language code ("nl", "en") and nothing else; /wis and the retention sweep delete
the row, and the language with it.
"""

from __future__ import annotations

import pytest

from kanalen.telegram_chats import (
    DB_NAME, FILE_TABLE, ChatSessions, forget_sessions_not_in, open_chat_sessions,
)
from tests.schaal.test_telegram_chats import CHAT, raw_table, settings  # noqa: F401 (settings is a fixture)
from wegwijs.gateway_db import open_sqlite


def reopened(settings) -> ChatSessions:  # noqa: F811
    """The store as a restarted bridge opens it."""
    return open_chat_sessions(settings)


def test_a_restarted_bridge_still_knows_the_language_also_for_a_new_session(settings):  # noqa: F811
    chats = open_chat_sessions(settings)
    try:
        chats.put(CHAT, "sessie-1")
        assert chats.taal(CHAT) is None
        chats.remember_taal(CHAT, "en")
    finally:
        chats.close()
    chats = reopened(settings)
    try:
        assert chats.taal(CHAT) == "en"
        chats.put(CHAT, "sessie-2")  # the old session expired at the gateway: a new one, the same language
        assert (chats.get(CHAT), chats.taal(CHAT)) == ("sessie-2", "en")
        chats.remember_taal(CHAT, "nl")
        assert chats.taal(CHAT) == "nl"
    finally:
        chats.forget(CHAT)
        chats.close()


def test_wis_removes_the_row_and_its_language(settings):  # noqa: F811
    chats = open_chat_sessions(settings)
    try:
        chats.put(CHAT, "sessie-1")
        chats.remember_taal(CHAT, "en")
        chats.forget(CHAT)
        assert chats.taal(CHAT) is None and "en" not in raw_table(chats).replace("'", " ").split()
        assert raw_table(chats) == "[]"
    finally:
        chats.close()


def test_the_retention_sweep_removes_the_row_and_its_language(settings):  # noqa: F811
    chats = open_chat_sessions(settings)
    chats.put(CHAT, "verlopen")
    chats.remember_taal(CHAT, "en")
    chats.close()
    assert forget_sessions_not_in(settings, lambda session_id: False) == 1
    chats = reopened(settings)
    try:
        assert chats.taal(CHAT) is None and raw_table(chats) == "[]"
    finally:
        chats.close()


def test_only_a_language_code_and_only_for_a_chat_with_a_session(settings):  # noqa: F811
    chats = open_chat_sessions(settings)
    try:
        with pytest.raises(ValueError):
            chats.remember_taal(CHAT, "Ik heet Fatima en woon in Utrecht")
        chats.remember_taal(CHAT, "en")  # no session row: nothing is kept, no row is made
        assert chats.taal(CHAT) is None and raw_table(chats) == "[]"
    finally:
        chats.close()


def test_the_table_of_an_older_bridge_gets_the_column(tmp_path, monkeypatch):
    from kanalen.telegram_chats import KEY_ENV
    from tests.schaal.test_telegram_chats import KEY
    from tests.schaal.test_gateway_db import node

    monkeypatch.setenv(KEY_ENV, KEY)
    settings_ = node(tmp_path, 1)
    old = open_sqlite(settings_.var_dir / DB_NAME)
    old[FILE_TABLE].create({"chat_hash": str, "session_id": str}, pk="chat_hash")
    old.close()
    chats = open_chat_sessions(settings_)
    try:
        chats.put(CHAT, "sessie-1")
        assert chats.taal(CHAT) is None
        chats.remember_taal(CHAT, "en")
        assert chats.taal(CHAT) == "en"
    finally:
        chats.close()
