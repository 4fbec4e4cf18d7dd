"""A signal given in a conversation, through the real gateway, Rasa and action server (issue #17)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta

import pytest
from click.testing import CliRunner

from beheer.cli import cli
from tests.conftest import conversation_id
from tests.signalen.helpers import stored_bytes
from wegwijs.signalen import SignalenStore, pad

pytestmark = pytest.mark.stack

BSN, TELEFOON = "111222333", "06-12345678"


def text_of(messages: list[dict]) -> str:
    return " ".join(m["text"] for m in messages)


def give_signal(stack, words: str) -> tuple[str, list[dict]]:
    session_id, _ = stack.new_session()
    uitleg = stack.say(session_id, "dit is echt oneerlijk, ik wil dit melden")
    assert "anoniem" in text_of(uitleg) and "bezwaar" in text_of(uitleg)
    voorbeeld = stack.say(session_id, words)
    return session_id, voorbeeld


def exported(stack, monkeypatch) -> list[dict]:
    monkeypatch.setenv("WEGWIJS_VAR", str(stack.settings.var_dir))
    result = CliRunner().invoke(cli, ["signalen", "export", "--formaat", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_the_resident_sees_the_redacted_text_confirms_and_it_is_exported_redacted(stack, monkeypatch):
    before = len(exported(stack, monkeypatch))
    words = f"mijn moeder mag me niet helpen met boodschappen, bel me {TELEFOON}, bsn {BSN}"
    session_id, voorbeeld = give_signal(stack, words)
    shown = text_of(voorbeeld)
    assert "[TELEFOON]" in shown and "[BSN]" in shown and BSN not in shown and TELEFOON not in shown
    assert "niet meer terughalen" in shown, "it says a signal cannot be withdrawn"
    assert [b["payload"] for b in voorbeeld[-1]["buttons"]] == ["/bevestigen", "/ontkennen"]
    assert "doorgegeven" in text_of(stack.say(session_id, "/bevestigen"))
    signals = exported(stack, monkeypatch)
    assert len(signals) == before + 1
    stored = signals[-1]
    assert "moeder mag me niet helpen" in stored["tekst"] and "[BSN]" in stored["tekst"]
    assert stored["gemeente"] == "voorbeeldstad" and stored["datum"] == date.today().isoformat()

    # No link back: neither the session id nor Rasa's conversation id is anywhere in the signal store.
    raw = stored_bytes(stack.settings.var_dir)
    assert session_id.encode() not in raw and conversation_id(stack.settings, session_id).encode() not in raw

    # Erasing the conversation cannot reach it; the signal term can.
    status, _ = stack.request("DELETE", f"/api/sessions/{session_id}")
    assert status in (200, 204)
    assert len(exported(stack, monkeypatch)) == before + 1
    store = SignalenStore(pad(stack.settings.var_dir))
    try:
        weg = store.opschonen({"voorbeeldstad": 365}, vandaag=date.today() + timedelta(days=366))
    finally:
        store.close()
    assert weg >= 1 and exported(stack, monkeypatch) == []


def test_saying_no_stores_nothing(stack, monkeypatch):
    before = len(exported(stack, monkeypatch))
    session_id, _ = give_signal(stack, "vier weken buitenland is te kort om mijn zieke vader te zien")
    assert "niets door" in text_of(stack.say(session_id, "/ontkennen"))
    assert len(exported(stack, monkeypatch)) == before


def test_a_signal_after_a_calculation_carries_its_outcome_not_its_person(stack, monkeypatch):
    session_id, _ = stack.new_session()
    for text in ("mijn moeder doet elke maand voor 50 euro boodschappen voor mij", "sinds januari", "ja"):
        stack.say(session_id, text)
    stack.say(session_id, "dit klopt niet voor mijn situatie")
    voorbeeld = stack.say(session_id, "ik vind het oneerlijk dat hulp van mijn moeder meetelt")
    assert "Uitkomst: giftenruimte" in text_of(voorbeeld)
    stack.say(session_id, "/bevestigen")
    stored = exported(stack, monkeypatch)[-1]
    assert stored["uitkomst"].startswith("giftenruimte:") and "artikel 31" in stored["uitkomst"]
