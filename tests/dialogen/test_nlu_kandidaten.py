"""The loop back: unsure or wrong-marked test messages, grouped by intent; real users only redacted and when switched on."""

from __future__ import annotations

import json

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore

from gateway.store import SessionStore
from gateway.testsessies import ensure_tables
from wegwijs.dialogen.nlu_kandidaten import mask_digits, nlu_candidates
from wegwijs.gateway_db import schema_lock
from wegwijs.settings import Settings


def user_event(sender: str, text: str, intent: str, confidence: float) -> dict:
    data = {"event": "user", "text": text, "parse_data": {"intent": {"name": intent, "confidence": confidence}}}
    return {"sender_id": sender, "type_name": "user", "timestamp": 0.0, "data": json.dumps(data)}


def make_dbs(settings: Settings) -> Settings:
    """A test and a real conversation, in the gateway database and the tracker store these settings name.

    The tracker table is Rasa's own (SQLTrackerStore's events), on SQLite or PostgreSQL alike.
    """
    store = SessionStore.open(settings)
    with schema_lock(store.db, settings.gateway_db):
        ensure_tables(store.db)
    _, test = store.create("voorbeeldstad", test=True, tester="Anja")
    _, real = store.create("voorbeeldstad")
    for beurt, tekst in enumerate(["mag ik wat bijklussen", "hoe zit het met de toeslag"], start=1):
        store.db["test_beurten"].insert({"conversation_id": test.conversation_id, "beurt": beurt, "tester": "Anja",
                                         "tijd": "t", "tekst": tekst, "antwoord": "[]"})
    store.db["markeringen"].insert({"tester": "Bas", "tijd": "t", "conversation_id": test.conversation_id,
                                    "beurt": 2, "oordeel": "klopt_niet", "opmerking": ""})
    store.close()
    engine = sa.create_engine(settings.tracker_url, future=True)
    events = SQLTrackerStore.SQLEvent.__table__
    events.create(engine, checkfirst=True)
    with engine.begin() as conn:
        conn.execute(events.insert(), [
            user_event(test.conversation_id, "mag ik wat bijklussen", "bijverdienen", 0.41),
            user_event(test.conversation_id, "hoe zit het met de toeslag", "giften", 0.93),
            user_event(test.conversation_id, "ja", "bevestigen", 0.99),
            user_event(test.conversation_id, "/bereken_giften", "bereken_giften", 0.2),
            user_event(real.conversation_id, "mijn bsn is 123456782, mag ik bijklussen", "bijverdienen", 0.3),
            user_event("gesprek-zonder-sessie", "mag ik wat bijklussen zonder sessie", "bijverdienen", 0.1),
        ])
    engine.dispose()
    return settings


EXPECTED_TEST_CANDIDATES = {
    "bijverdienen": [{"tekst": "mag ik wat bijklussen", "zekerheid": 0.41, "reden": "lage zekerheid", "bron": "test"}],
    "giften": [{"tekst": "hoe zit het met de toeslag", "zekerheid": 0.93, "reden": "klopt niet", "bron": "test"}],
}


def sqlite_settings(tmp_path) -> Settings:
    return Settings().with_(var_dir=tmp_path, tracker_url_env="", gateway_db_url="")


def test_test_messages_unsure_or_marked_wrong_grouped_by_intent(tmp_path):
    assert nlu_candidates(make_dbs(sqlite_settings(tmp_path))) == EXPECTED_TEST_CANDIDATES


def test_real_users_only_when_the_gemeente_switched_it_on_and_redacted(tmp_path):
    groups = nlu_candidates(make_dbs(sqlite_settings(tmp_path)), real_users_gemeenten={"voorbeeldstad"})
    real = [c for c in groups["bijverdienen"] if c["bron"] != "test"]
    assert real == [{"tekst": "mijn bsn is 000000000, mag ik bijklussen", "zekerheid": 0.3,
                     "reden": "lage zekerheid", "bron": "echt (geanonimiseerd)"}]
    assert mask_digits("mail me op a.b@c.nl of NL91ABNA0417164300") == "mail me op [e-mail] of [iban]"


def test_the_command_prints_rasa_training_data(tmp_path, monkeypatch):
    import yaml
    from click.testing import CliRunner

    from beheer.cli import cli

    make_dbs(sqlite_settings(tmp_path))
    monkeypatch.setenv("WEGWIJS_VAR", str(tmp_path))
    monkeypatch.delenv("WEGWIJS_TRACKER_URL", raising=False)
    monkeypatch.delenv("WEGWIJS_GATEWAY_DB_URL", raising=False)
    result = CliRunner().invoke(cli, ["dialogen", "nlu-kandidaten"])
    assert result.exit_code == 0
    data = yaml.safe_load(result.output)
    assert data["nlu"] == [
        {"intent": "bijverdienen", "examples": "- mag ik wat bijklussen\n"},
        {"intent": "giften", "examples": "- hoe zit het met de toeslag\n"},
    ]
    assert "bsn" not in result.output  # voorbeeldstad did not switch real conversations on


def test_nothing_started_yet_gives_no_candidates_and_makes_no_database(tmp_path):
    assert nlu_candidates(sqlite_settings(tmp_path)) == {}
    assert list(tmp_path.iterdir()) == []
