"""Test sessions' storage: the turns testers can mark, and their marks (tables test_beurten, markeringen).

Only test sessions are recorded; a real person's conversation never is. The
review page (gateway/review.py) reads these tables, the gateway core records
turns into them and erasing a session (on request or by retention) empties them.

A mark has a life: its status (MARK_STATUSES) is set by a coordinator; for a
mark set to "opgelost" the answer of today (antwoord_nu) is kept next to the
answer then. Erasing a test conversation erases its marks too: erasing means
every trace, for a tester as for anyone (docs/dialogen.md says so).

The test bank's runs (testbank_runs) and each script's result per run
(script_uitslagen, with the model and commit) are the pass/fail history; they
hold script names and results only, never what a person typed.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

from wegwijs.dialogen.concepten import Concepten, vergeet_concept
from wegwijs.gateway_db import is_postgres
from wegwijs.redactie import redact
from wegwijs.testers import Testers




def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def ensure_tables(db) -> None:
    db["test_beurten"].create(
        {"id": int, "conversation_id": str, "beurt": int, "tester": str, "tijd": str, "tekst": str, "antwoord": str},
        pk="id", if_not_exists=True,
    )
    db["test_beurten"].create_index(["conversation_id", "beurt"], unique=True, if_not_exists=True)
    db["markeringen"].create(
        {"id": int, "tester": str, "tijd": str, "conversation_id": str, "beurt": int, "oordeel": str, "opmerking": str},
        pk="id", if_not_exists=True,
    )
    for column in MARK_COLUMNS:
        if column not in db["markeringen"].columns_dict:
            _add_column(db, "markeringen", column)
    db["testbank_runs"].create(
        {"id": str, "tester": str, "begin": str, "einde": str, "map": str, "totaal": int, "gedaan": int,
         "huidig": str, "model": str, "commit": str, "rapport": str},
        pk="id", if_not_exists=True,
    )
    db["script_uitslagen"].create(
        {"id": int, "run_id": str, "bestand": str, "titel": str, "geslaagd": int, "tijd": str, "model": str,
         "commit": str},
        pk="id", if_not_exists=True,
    )
    db["script_uitslagen"].create_index(["bestand", "id"], if_not_exists=True)
    db["test_aanspreekvorm"].create({"conversation_id": str, "variant": str}, pk="conversation_id", if_not_exists=True)
    Testers(db)
    Concepten(db)


MARK_STATUSES = ("nieuw", "bekeken", "opgelost", "geen_fout")
# status (default "nieuw"), who set it and when; the sentence the tester meant; the answer now, and when.
MARK_COLUMNS = ("status", "status_door", "status_tijd", "zin", "antwoord_nu", "nu_tijd")


def _add_column(db, table: str, column: str) -> None:
    if is_postgres(db):
        db[table].add_column(column, str)  # ADD COLUMN IF NOT EXISTS
        return
    try:
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
    except sqlite3.OperationalError as error:  # another gateway worker added it just now
        if "duplicate column" not in str(error):
            raise


def test_metadata(session, db=None) -> dict:
    """What Rasa hears about a test session: that it is one, its peildatum, and the u or je the tester chose."""
    if not session.test:
        return {}
    metadata = {"test": True, **({"peildatum": session.peildatum} if session.peildatum else {})}
    variant = chosen_variant(db, session.conversation_id) if db is not None else None
    return {**metadata, **({"variant": variant} if variant else {})}


def choose_variant(db, conversation_id: str, variant: str) -> None:
    """A tester chose u or je for this test session, apart from what its gemeente says."""
    db["test_aanspreekvorm"].upsert({"conversation_id": conversation_id, "variant": variant}, pk="conversation_id")


def chosen_variant(db, conversation_id: str) -> str | None:
    rows = list(db["test_aanspreekvorm"].rows_where("conversation_id = ?", [conversation_id], limit=1)) \
        if db["test_aanspreekvorm"].exists() else []
    return rows[0]["variant"] if rows else None


def record_turn(db, session, text: str, messages: list[dict]) -> None:
    """Keep a test session's turn, redacted, so testers can mark it; real sessions are never recorded.

    Redaction happens here, after the test check: a real person's message is
    not recorded, so it costs no redaction either.
    """
    if not session.test:
        return
    text = redact(text)
    # One statement takes the next number. On SQLite it holds the write lock, so two gateway workers
    # cannot both take the same number; on PostgreSQL (gateways on several nodes) it first waits for
    # the conversation's own lock, so two nodes recording at once never take the same number.
    sql = ("INSERT INTO test_beurten (conversation_id, beurt, tester, tijd, tekst, antwoord) "
           "SELECT ?, COALESCE(MAX(beurt) + 1, 0), ?, ?, ?, ? FROM test_beurten WHERE conversation_id = ?")
    params = [session.conversation_id, session.tester, now_iso(), text, json.dumps(messages, ensure_ascii=False),
              session.conversation_id]
    if is_postgres(db):
        db.execute_one_at_a_time(f"test_beurten:{session.conversation_id}", sql, params)
    else:
        db.execute(sql, params)


def erase_test_data(db, session) -> None:
    """Erasing a test session also erases its recorded turns, their marks and its draft script."""
    if session.test:
        for table in ("test_beurten", "markeringen", "test_aanspreekvorm"):
            db.execute(f"DELETE FROM {table} WHERE conversation_id = ?", [session.conversation_id])
        vergeet_concept(db, session.conversation_id)
