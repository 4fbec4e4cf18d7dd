"""actions/context.py: a test session's peildatum (message metadata) wins; without it, env or today."""

from __future__ import annotations

from datetime import date

from rasa_sdk import Tracker

from actions import context


def tracker(metadata) -> Tracker:
    return Tracker("c", {}, {"text": "hoi", "metadata": metadata}, [], False, None, {}, "action_listen")


def test_metadata_peildatum_is_preferred(monkeypatch):
    monkeypatch.setenv("WEGWIJS_PEILDATUM", "2024-01-01")
    assert context.peildatum(tracker({"peildatum": "2025-03-10"})) == date(2025, 3, 10)
    assert context.peildatum(tracker({"peildatum": "onzin"})) == date(2024, 1, 1)
    assert context.peildatum() == date(2024, 1, 1)
    monkeypatch.delenv("WEGWIJS_PEILDATUM")
    assert context.peildatum() == date.today()


def test_forms_read_dates_relative_to_the_messages_peildatum():
    from rasa_sdk.executor import CollectingDispatcher

    from actions.rekenhulpen.giften import ValidateGiften

    t = Tracker(
        "c", {"requested_slot": "gift_datum"},
        {"text": "vorige maand", "metadata": {"peildatum": "2025-03-10"}, "intent": {"name": "informeren", "confidence": 0.9}},
        [], False, None, {"name": "giften_form"}, "action_listen",
    )
    answer = ValidateGiften().beoordeel("gift_datum", "vorige maand", CollectingDispatcher(), t, {})
    assert answer["gift_datum"] == "2025-02-01"
