"""An English message in a session that chose Dutch (issue #15, left open in session 16).

Before: the language filter left such a message Dutch (or gave lingua's English `andere_taal`, the fixed text), so a
question was answered in Dutch, with no offer to switch. Issue #15: answer in the detected language and offer to
switch, keep every fact. Now the filter marks it English in any session; `action_validate_slot_mappings`
(actions/taal.py) puts the slot `variant` on English for this answer, after a short note with a "Go on in English"
button, and sends no language marker (the session keeps Dutch). The session's next message that is not English puts
the slot back on the chosen Dutch variant; the Rasa server calls the action for that message too
(wegwijs/rasa/taalwissel.kan_taal_wisselen, with the slot).
"""

from __future__ import annotations

from datetime import date

from rasa.shared.nlu.training_data.message import Message
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.antwoorden import ActionAntwoord
from actions.taal import ActionEngelsHerkend
from tests.actions.eerste_antwoord import DOMAIN, tekst_op
from wegwijs.protocol import TAAL_MARKER
from wegwijs.rasa.taalfilter import Taalfilter
from wegwijs.rasa.taalwissel import ENGELS_VERSTAAN, UITKOMST, kan_taal_wisselen

NEDERLANDS_GEKOZEN = {"taal": "nl", "taal_gekozen": True, "gemeente": "voorbeelddorp", "peildatum": "2026-12-07"}
VRAAG = "the gemeente wants money back from me, can i pay it in parts"


def gefilterd(text: str, metadata: dict) -> Message:
    message = Message(data={"text": text, "intent": {"name": "terugvordering", "confidence": 0.9},
                            "metadata": metadata})
    Taalfilter(None, None, ["bijstand", "uitkering", "gemeente"]).process([message])
    return message


def tracker(text: str, variant: str, metadata: dict = NEDERLANDS_GEKOZEN, engels: bool = True,
            intent: str = "terugvordering") -> Tracker:
    latest = {"text": text, "metadata": metadata, "intent": {"name": intent, "confidence": 0.9},
              "intent_ranking": [{"name": intent, "confidence": 0.9}]}
    if engels:
        latest[UITKOMST] = ENGELS_VERSTAAN
    return Tracker("t", {"variant": variant}, latest, [], False, None, {}, "action_listen")


def run(t: Tracker) -> tuple[list, list]:
    dispatcher = CollectingDispatcher()
    events = ActionEngelsHerkend().run(dispatcher, t, DOMAIN)
    return events, dispatcher.messages


def test_the_filter_marks_english_in_a_session_that_chose_dutch():
    for text in (VRAAG, "how much bijstand do i get, i am 35 and live alone"):
        message = gefilterd(text, NEDERLANDS_GEKOZEN)
        assert message.get(UITKOMST) == ENGELS_VERSTAAN  # before: None (a Dutch answer) or andere_taal
        assert message.get("intent")["name"] == "terugvordering"  # the classifier's topic stays
    assert gefilterd("de gemeente wil geld terug, kan ik in delen betalen", NEDERLANDS_GEKOZEN).get(UITKOMST) is None


def test_the_english_message_is_answered_in_english_with_an_offer_to_go_on_in_english():
    events, messages = run(tracker(VRAAG, "nl-je"))
    assert events == [{"event": "slot", "timestamp": None, "name": "variant", "value": "en"}]
    assert len(messages) == 1
    assert messages[0]["text"].startswith("You wrote in English, so this answer is in English.")
    assert {b["payload"] for b in messages[0]["buttons"]} == {"/taal_en", "/taal_nl"}
    assert not any(TAAL_MARKER in (m.get("custom") or {}) for m in messages)  # the session keeps Dutch


def test_the_answer_itself_is_english_and_reads_the_facts_in_english():
    """After the slot is English, the topic's answer is the English one (the first reply answers the question)."""
    events, _ = run(tracker(VRAAG, "nl-je"))
    dispatcher = CollectingDispatcher()
    ActionAntwoord().run(dispatcher, tracker(VRAAG, events[0]["value"]), DOMAIN)
    tekst = " ".join(tekst_op(m, date(2026, 12, 7), "en") for m in dispatcher.messages if m.get("response"))
    assert "pay" in tekst.lower() and "terugvordering" not in tekst.split("(")[0].lower()


def test_a_second_english_message_gets_no_second_note():
    assert run(tracker("and can they take it from my bijstand", "en")) == ([], [])


def test_the_next_dutch_message_puts_the_chosen_dutch_variant_back():
    t = tracker("ok, en hoe lang duurt dat", "en", engels=False)
    assert kan_taal_wisselen(t.latest_message, "en")  # so the Rasa server does not leave out the call
    events, messages = run(t)
    assert events == [{"event": "slot", "timestamp": None, "name": "variant", "value": "nl-je"}] and messages == []


def test_after_choosing_english_a_dutch_message_changes_nothing():
    gekozen = {**NEDERLANDS_GEKOZEN, "taal": "en"}
    t = tracker("ok, en hoe lang duurt dat", "en", gekozen, engels=False)
    assert not kan_taal_wisselen(t.latest_message, "en")
    assert run(t) == ([], [])


def test_a_session_nobody_chose_still_switches_to_english_with_the_marker():
    events, messages = run(tracker(VRAAG, "nl-je", {"gemeente": "voorbeelddorp"}))
    assert events[0]["value"] == "en" and any(TAAL_MARKER in (m.get("custom") or {}) for m in messages)
