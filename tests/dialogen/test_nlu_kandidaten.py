"""The loop back: unsure or wrong-marked test messages, grouped by intent; real users only redacted and when switched on."""

from __future__ import annotations

import json
import sqlite3

from gateway.testsessies import ensure_tables
from gateway.store import SessionStore
from wegwijs.dialogen.nlu_kandidaten import mask_digits, nlu_candidates


def user_event(sender: str, text: str, intent: str, confidence: float) -> tuple:
    data = {"event": "user", "text": text, "parse_data": {"intent": {"name": intent, "confidence": confidence}}}
    return (sender, "user", json.dumps(data))


def make_dbs(tmp_path):
    store = SessionStore(tmp_path / "gateway.db")
    ensure_tables(store.db)
    _, test = store.create("voorbeeldstad", test=True, tester="Anja")
    _, real = store.create("voorbeeldstad")
    store.db["test_beurten"].insert_all([
        {"conversation_id": test.conversation_id, "beurt": 1, "tester": "Anja", "tijd": "t", "tekst": "mag ik wat bijklussen", "antwoord": "[]"},
        {"conversation_id": test.conversation_id, "beurt": 2, "tester": "Anja", "tijd": "t", "tekst": "hoe zit het met de toeslag", "antwoord": "[]"},
    ])
    store.db["markeringen"].insert({"tester": "Bas", "tijd": "t", "conversation_id": test.conversation_id,
                                    "beurt": 2, "oordeel": "klopt_niet", "opmerking": ""})
    tracker = sqlite3.connect(tmp_path / "rasa.db")
    tracker.execute("CREATE TABLE events (sender_id TEXT, type_name TEXT, data TEXT)")
    tracker.executemany("INSERT INTO events VALUES (?, ?, ?)", [
        user_event(test.conversation_id, "mag ik wat bijklussen", "bijverdienen", 0.41),
        user_event(test.conversation_id, "hoe zit het met de toeslag", "giften", 0.93),
        user_event(test.conversation_id, "ja", "bevestigen", 0.99),
        user_event(test.conversation_id, "/bereken_giften", "bereken_giften", 0.2),
        user_event(real.conversation_id, "mijn bsn is 123456782, mag ik bijklussen", "bijverdienen", 0.3),
    ])
    tracker.commit()
    tracker.close()
    store.close()
    return tmp_path / "gateway.db", tmp_path / "rasa.db"


def test_test_messages_unsure_or_marked_wrong_grouped_by_intent(tmp_path):
    groups = nlu_candidates(*make_dbs(tmp_path))
    assert groups == {
        "bijverdienen": [{"tekst": "mag ik wat bijklussen", "zekerheid": 0.41, "reden": "lage zekerheid", "bron": "test"}],
        "giften": [{"tekst": "hoe zit het met de toeslag", "zekerheid": 0.93, "reden": "klopt niet", "bron": "test"}],
    }


def test_real_users_only_when_the_gemeente_switched_it_on_and_redacted(tmp_path):
    groups = nlu_candidates(*make_dbs(tmp_path), real_users_gemeenten={"voorbeeldstad"})
    real = [c for c in groups["bijverdienen"] if c["bron"] != "test"]
    assert real == [{"tekst": "mijn bsn is 000000000, mag ik bijklussen", "zekerheid": 0.3,
                     "reden": "lage zekerheid", "bron": "echt (geanonimiseerd)"}]
    assert mask_digits("mail me op a.b@c.nl of NL91ABNA0417164300") == "mail me op [e-mail] of [iban]"


def test_the_command_prints_rasa_training_data(tmp_path, monkeypatch):
    import yaml
    from click.testing import CliRunner

    from beheer.cli import cli

    make_dbs(tmp_path)
    monkeypatch.setenv("WEGWIJS_VAR", str(tmp_path))
    result = CliRunner().invoke(cli, ["dialogen", "nlu-kandidaten"])
    assert result.exit_code == 0
    data = yaml.safe_load(result.output)
    assert data["nlu"] == [
        {"intent": "bijverdienen", "examples": "- mag ik wat bijklussen\n"},
        {"intent": "giften", "examples": "- hoe zit het met de toeslag\n"},
    ]
    assert "bsn" not in result.output  # voorbeeldstad did not switch real conversations on
