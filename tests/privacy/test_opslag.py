"""What reaches the disk: no personal data, and nothing after its bewaartermijn.

Against the running assistant: messages full of personal data go through the
real gateway, Rasa (redacting tracker store) and action server; then every
database file, its write-ahead log and every log file is searched byte by byte.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest

from gateway.store import _hash as id_hash
from tests.gateway.test_api import conversation_id_of, tracker_rows
from wegwijs.gemeente import lees_bewaartermijn
from kanalen.telegram_chats import ChatSessions

pytestmark = pytest.mark.stack

PERSONAL = {
    "111222333": "[BSN]",
    "NL91ABNA0417164300": "[IBAN]",
    "j.devries83@hotmail.com": "[EMAIL]",
    "06-12345678": "[TELEFOON]",
    "2512 AB 14": "[ADRES]",
    "12-03-1985": "[GEBOORTEDATUM]",
    "Ahmed Bouzid": "[NAAM]",  # names and long streets: wegwijs/namen.py (deduce), before Rasa hears them
    "Lange Nieuwstraat": "[ADRES]",
}
MESSAGES = [
    "mijn bsn is 111222333, klopt mijn uitkering wel?",
    "stort het maar op NL91ABNA0417164300 graag",
    "mail me op j.devries83@hotmail.com of bel 06-12345678",
    "ik woon op 2512 AB 14 en ben geboren op 12-03-1985",
    "mijn moeder geeft mij 150 euro per maand",
    "mijn broer Ahmed Bouzid woont op de Lange Nieuwstraat 12a",
]


def disk_files(stack):
    var = stack.settings.var_dir
    return [p for p in var.rglob("*") if p.is_file() and (p.suffix in (".db", ".log") or p.name.endswith(("-wal", "-journal")))]


def test_personal_data_is_redacted_before_anything_is_stored(stack):
    session_id, _ = stack.new_session()
    for message in MESSAGES:
        assert stack.say(session_id, message), message
    conversation_id = conversation_id_of(stack, session_id)
    assert tracker_rows(stack, conversation_id) > 0
    stored = b"".join(path.read_bytes() for path in disk_files(stack))
    for raw, placeholder in PERSONAL.items():
        assert raw.encode() not in stored, raw
        if raw.split()[0].isalpha():  # a name's first word alone ("Ahmed"); four digits may be in any file
            assert raw.split()[0].encode() not in stored, raw
        assert placeholder.encode() in stored, placeholder
    assert b"150 euro" in stored, "amounts are not personal data and stay"


def test_the_model_still_hears_what_it_needs_in_the_same_turn(stack):
    """The BSN is redacted, the question is not: the model reads earning beside bijstand. It may answer with the
    topic's text or start the earnings calculator (its first question is the age), so the intent it read is
    checked in the stored tracker, next to the reply."""
    session_id, _ = stack.new_session()
    reply = " ".join(m["text"] for m in stack.say(session_id, "mijn bsn is 111222333, ik wil bijverdienen"))
    with sqlite3.connect(stack.settings.tracker_db, timeout=10) as conn:
        intent, = conn.execute("SELECT intent_name FROM events WHERE sender_id = ? AND type_name = 'user' "
                               "ORDER BY id DESC LIMIT 1", [conversation_id_of(stack, session_id)]).fetchone()
    assert intent in ("bijverdienen", "bereken_bijverdienen")
    assert "vrijlating" in reply.lower() or "bijverdien" in reply.lower() or "hoe oud" in reply.lower()


def age(stack, session_id: str, days: int) -> None:
    when = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat(timespec="seconds")
    with sqlite3.connect(stack.settings.gateway_db, timeout=10) as conn:
        conn.execute("UPDATE sessions SET last_active_at = ? WHERE id_hash = ?", [when, id_hash(session_id)])


def test_wegwijs_opschonen_erases_what_is_past_its_bewaartermijn(stack):
    expired, kept = stack.new_session()[0], stack.new_session()[0]
    stack.say(expired, "ik krijg boodschappen van mijn zus")
    stack.say(kept, "ik krijg boodschappen van mijn broer")
    expired_conversation = conversation_id_of(stack, expired)
    age(stack, expired, 31)
    age(stack, kept, 29)
    orphan = "verweesd-gesprek-" + str(time.time_ns())
    with sqlite3.connect(stack.settings.tracker_db, timeout=10) as conn:
        conn.execute(
            "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, 'user', ?, '{}')",
            [orphan, time.time() - 40 * 86400],
        )

    chats = ChatSessions.in_file(stack.settings.var_dir / "telegram.db")  # the Telegram bridge's own table
    chats.put(77, expired)
    chats.put(78, kept)
    chats.close()

    done = subprocess.run(
        [sys.executable, "-m", "beheer.cli", "opschonen"], env=stack.settings.child_env(),
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Gewist: 1 gesprekken na hun bewaartermijn, 1 gesprekken zonder sessie")
    assert stack.request("POST", f"/api/sessions/{expired}/messages", {"text": "hoi"})[0] == 404
    assert tracker_rows(stack, expired_conversation) == 0 and tracker_rows(stack, orphan) == 0
    # Kept until its bewaartermijn; after an hour without use it takes no new messages (M6), but it is still there.
    assert tracker_rows(stack, conversation_id_of(stack, kept)) > 0
    chats = ChatSessions.in_file(stack.settings.var_dir / "telegram.db")
    assert (chats.get(77), chats.get(78)) == (None, kept), "a Telegram chat of an erased session is forgotten too"
    chats.close()
    telegram_files = b"".join(p.read_bytes() for p in disk_files(stack) if p.name.startswith("telegram.db"))
    assert kept.encode() not in telegram_files, "the session id, a bearer credential, is stored encrypted only"
    for path in disk_files(stack):
        assert expired_conversation.encode() not in path.read_bytes(), path


@pytest.mark.parametrize("value", [0, -5, "30", 3651, True, 1.5])
def test_a_wrong_bewaartermijn_is_refused_at_start(value, tmp_path):
    with pytest.raises(ValueError, match="bewaartermijn_dagen"):
        lees_bewaartermijn(value, tmp_path / "x.yaml")


def test_the_privacy_answer_says_what_is_removed_and_how_long_it_is_kept(stack):
    session_id, _ = stack.new_session()
    answer = " ".join(m["text"] for m in stack.say(session_id, "/privacy"))
    assert "haal ik dat weg" in answer and "Na 30 dagen zonder bericht wis ik het gesprek" in answer
    assert "{" not in answer


def test_rasa_log_lines_are_redacted_too(caplog):
    """Rasa logs the text of a timed-out REST request; the Rasa process redacts every log line."""
    import logging

    from wegwijs.rasa.server import install_log_redaction

    original = logging.getLogRecordFactory()
    install_log_redaction()
    try:
        with caplog.at_level(logging.ERROR, logger="rasa.core.channels.rest"):
            logging.getLogger("rasa.core.channels.rest").error(
                '{"text": "%s", "event": "rest.message.received.timeout"}', "mijn bsn is 111222333"
            )
    finally:
        logging.setLogRecordFactory(original)
    assert "111222333" not in caplog.text and "[BSN]" in caplog.text
