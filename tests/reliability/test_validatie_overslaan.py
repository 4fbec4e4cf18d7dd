"""The Rasa server leaves out `action_validate_slot_mappings` only when the action answers nothing (issue #16).

Rasa 3.6 calls it after every message (inside action_extract_slots); Wegwijs's action
(actions/taal.py) acts only on a message the language filter marked English. Both ask
wegwijs/rasa/taalwissel.py. Shown here:

- the action really answers nothing (no events, no messages) for an unmarked message,
  in every variant, chosen language or not, and acts on a marked one, and (session 17) on the next
  message of a session that chose Dutch whose slot is still English from an English message;
- the verdict on the Rasa server's tracker is the verdict on the tracker the action would
  have been sent (Rasa builds it again from the events since the last restart), over
  random histories with forms, reverted messages, restarts and new sessions;
- the patched step returns what Rasa's own step returns when the action answers nothing,
  and still calls the action for a marked message.
"""

from __future__ import annotations

import asyncio
import random

import pytest
from rasa.core.actions.action import ActionExtractSlots
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.taal import ActionEngelsHerkend
from tests.reliability.test_history import DOMAIN, random_history
from wegwijs.rasa import server
from wegwijs.rasa.taalwissel import ENGELS_VERSTAAN, UITKOMST, kan_taal_wisselen

RASAS_OWN = getattr(ActionExtractSlots._execute_validation_action, "wegwijs_original",
                    ActionExtractSlots._execute_validation_action)


def message(mark: str | None, variant_metadata: dict) -> UserUttered:
    parse = {"intent": {"name": "giften", "confidence": 0.9}, "entities": [], "text": "how much can I get"}
    if mark is not None:
        parse[UITKOMST] = mark
    return UserUttered("how much can I get", parse["intent"], [], parse_data=parse, metadata=variant_metadata)


def sdk_tracker(tracker: DialogueStateTracker) -> Tracker:
    """The tracker as the action server builds it from Rasa's call."""
    return Tracker.from_dict(tracker.current_state())


def run_action(tracker: DialogueStateTracker) -> tuple[list, list]:
    dispatcher = CollectingDispatcher()
    events = ActionEngelsHerkend().run(dispatcher, sdk_tracker(tracker), DOMAIN.as_dict())
    return events, dispatcher.messages


METADATA = [{}, {"gemeente": "voorbeeldstad"}, {"taal": "en", "taal_gekozen": True}, {"taal": "nl"}]


@pytest.mark.parametrize("variant", ["nl-u", "nl-je", "en", None])
@pytest.mark.parametrize("metadata", METADATA)
@pytest.mark.parametrize("mark", [None, "andere_taal", "onzin", "", "ENGELS"])
def test_the_action_answers_nothing_for_a_message_not_marked_english(variant, metadata, mark):
    events = [SlotSet("variant", variant)] if variant else []
    tracker = DialogueStateTracker.from_events("t", [*events, message(mark, metadata)], DOMAIN.slots)
    assert not kan_taal_wisselen(tracker.latest_message.parse_data, tracker.get_slot("variant"))
    assert run_action(tracker) == ([], [])


NEDERLANDS_GEKOZEN = {"taal": "nl", "taal_gekozen": True}


@pytest.mark.parametrize("variant", ["nl-u", "nl-je", None])
def test_in_a_session_that_chose_dutch_an_unmarked_message_with_a_dutch_slot_is_left_out(variant):
    events = [SlotSet("variant", variant)] if variant else []
    tracker = DialogueStateTracker.from_events("t", [*events, message(None, NEDERLANDS_GEKOZEN)], DOMAIN.slots)
    assert not kan_taal_wisselen(tracker.latest_message.parse_data, tracker.get_slot("variant"))
    assert run_action(tracker) == ([], [])


def test_in_a_session_that_chose_dutch_the_slot_left_english_is_put_back():
    tracker = DialogueStateTracker.from_events(
        "t", [SlotSet("variant", "en"), message(None, NEDERLANDS_GEKOZEN)], DOMAIN.slots)
    assert kan_taal_wisselen(tracker.latest_message.parse_data, tracker.get_slot("variant"))
    events, messages = run_action(tracker)
    assert [(e["name"], e["value"]) for e in events] == [("variant", "nl-u")] and messages == []


def test_the_action_acts_on_a_message_marked_english():
    tracker = DialogueStateTracker.from_events("t", [message(ENGELS_VERSTAAN, {})], DOMAIN.slots)
    assert kan_taal_wisselen(tracker.latest_message.parse_data)
    events, messages = run_action(tracker)
    assert events and messages  # the switch to English: so the call must not be left out here


def marked_history(rng: random.Random, length: int) -> list:
    events = []
    for event in random_history(rng, length):
        if isinstance(event, UserUttered) and rng.random() < 0.4:
            event = message(rng.choice([ENGELS_VERSTAAN, "onzin", None]), rng.choice([{}, NEDERLANDS_GEKOZEN]))
        elif isinstance(event, UserUttered) and rng.random() < 0.2:
            events.append(SlotSet("variant", "en"))
        events.append(event)
    return events


@pytest.mark.parametrize("seed", range(8))
def test_the_verdict_is_the_one_on_the_tracker_rasa_would_have_sent(seed):
    rng = random.Random(seed)
    events = marked_history(rng, 160)
    growing = DialogueStateTracker.from_events("t", [], DOMAIN.slots)
    seen = set()
    for number, event in enumerate(events, 1):
        growing.update(event)
        sent = DialogueStateTracker.from_events("t", growing.events_after_latest_restart(), slots=DOMAIN.slots)
        verdict = kan_taal_wisselen(growing.latest_message.parse_data, growing.get_slot("variant"))
        state = sent.current_state()
        assert verdict == kan_taal_wisselen(state["latest_message"], state["slots"].get("variant")), \
            f"seed {seed}, event {number}"
        seen.add(verdict)
    assert seen == {True, False}


class Recorded:
    def __init__(self):
        self.calls = []

    async def __call__(self, name, output_channel, nlg, tracker, domain):  # set on the class: not bound
        self.calls.append(name)
        return []  # what the action answers for an unmarked message (shown above)


def extract_step(events: list, monkeypatch) -> tuple[list, list]:
    recorded = Recorded()
    monkeypatch.setattr(ActionExtractSlots, "_run_custom_action", recorded)
    tracker = DialogueStateTracker.from_events("t", events, DOMAIN.slots)
    extracted = [SlotSet("gift_bedrag", 150), SlotSet("gift_soort", "geld")]
    step = ActionExtractSlots(None)
    patched = server._validate_slot_mappings_when_it_can_act(RASAS_OWN)
    got = asyncio.run(patched(step, list(extracted), None, None, tracker, DOMAIN))
    calls_patched = list(recorded.calls)
    expected = asyncio.run(RASAS_OWN(step, list(extracted), None, None, tracker, DOMAIN))
    assert [e.as_dict() for e in got] == [e.as_dict() for e in expected]
    return calls_patched, recorded.calls


def test_without_the_call_the_step_returns_what_rasa_returns_for_an_empty_answer(monkeypatch):
    patched_calls, all_calls = extract_step([message(None, {})], monkeypatch)
    assert patched_calls == []
    assert all_calls == ["action_validate_slot_mappings"]  # Rasa's own step does call it


def test_a_marked_message_is_still_sent_to_the_action(monkeypatch):
    patched_calls, _ = extract_step([message(ENGELS_VERSTAAN, {})], monkeypatch)
    assert patched_calls == ["action_validate_slot_mappings"]


def test_the_next_message_of_a_dutch_session_left_english_is_still_sent_to_the_action(monkeypatch):
    patched_calls, _ = extract_step([SlotSet("variant", "en"), message(None, NEDERLANDS_GEKOZEN)], monkeypatch)
    assert patched_calls == ["action_validate_slot_mappings"]


def test_a_wegwijs_rasa_server_leaves_out_only_this_call():
    server.install_speedups()
    server.install_speedups()  # twice: still one layer around Rasa's own step
    installed = ActionExtractSlots._execute_validation_action
    assert installed.wegwijs_original is RASAS_OWN
    assert "action_validate_slot_mappings" in DOMAIN.user_actions  # the call Rasa would make
