"""wegwijs/rasa/history.py gives exactly Rasa's applied events and states, however the history grows.

One tracker grows event by event (as a kept tracker does over many turns);
after every event the continued computation is compared with Rasa's own
functions on a fresh replay of the same events. The histories are random
mixes of what conversations contain: answers, forms that start, ask, are
interrupted and end, fallbacks that revert the user's message, reverted
actions, rule-only turns, restarts and new sessions.
"""

from __future__ import annotations

import random

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    BotUttered,
    FollowupAction,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUttered,
    UserUtteranceReverted,
)
from rasa.shared.core.trackers import DialogueStateTracker

from wegwijs.rasa import history
from wegwijs.settings import ROOT

DOMAIN = Domain.load(str(ROOT / "bot" / "domain"))
RULE_ONLY = {"slots": ["bevestigd", "requested_slot"], "loops": ["giften_form"]}
VARIANTS = [
    dict(),
    dict(omit_unset_slots=True),
    dict(ignore_rule_only_turns=True, rule_only_data=RULE_ONLY),
    dict(omit_unset_slots=True, ignore_rule_only_turns=True, rule_only_data=RULE_ONLY),
]


def user(intent: str) -> list:
    return [ActionExecuted("action_listen"), UserUttered(f"tekst {intent}", {"name": intent, "confidence": 1.0})]


def random_history(rng: random.Random, length: int) -> list:
    pieces = {
        "answer": lambda: [*user(rng.choice(["giften", "begroeten", "bedanken", "wat_kun_je"])),
                           ActionExecuted(rng.choice(["utter_begroeten", "action_antwoord"]),
                                          hide_rule_turn=rng.random() < 0.3), BotUttered("antwoord")],
        "form_start": lambda: [*user("giften"), ActionExecuted("giften_form"), ActiveLoop("giften_form"),
                               SlotSet("requested_slot", "gift_bedrag")],
        "form_step": lambda: [*user("informeren"), ActionExecuted("giften_form"),
                              SlotSet(rng.choice(["gift_bedrag", "gift_soort", "bevestigd"]), rng.choice([None, "x", True])),
                              SlotSet("requested_slot", rng.choice(["gift_soort", "gift_datum"]))],
        "form_interrupted": lambda: [*user("wat_kun_je"), ActionExecuted("utter_wat_kun_je"), BotUttered("x"),
                                     ActionExecuted("giften_form"), SlotSet("requested_slot", "gift_datum")],
        "form_end": lambda: [ActionExecuted("giften_form"), ActiveLoop(None), SlotSet("requested_slot", None)],
        "fallback": lambda: [*user("nlu_fallback"), ActionExecuted("action_default_fallback"), UserUtteranceReverted()],
        "action_reverted": lambda: [ActionExecuted("action_antwoord"), ActionReverted()],
        "followup": lambda: [FollowupAction("action_antwoord"), ActionExecuted("action_antwoord")],
        "restart": lambda: [Restarted()],
        "new_session": lambda: [ActionExecuted("action_session_start"), SessionStarted(),
                                SlotSet("variant", "nl-je"), ActionExecuted("action_listen")],
    }
    weights = {"answer": 10, "form_start": 3, "form_step": 6, "form_interrupted": 2, "form_end": 3, "fallback": 3,
               "action_reverted": 1, "followup": 1, "restart": 0.3, "new_session": 0.3}
    events = []
    while len(events) < length:
        name = rng.choices(list(weights), list(weights.values()))[0]
        events += pieces[name]()
    return events[:length]


@pytest.fixture
def continued():
    """history.py installed for the test; Rasa's own functions back afterwards."""
    history.install()
    yield
    history.uninstall()


def rasas_own(events: list, sender: str = "vergelijk"):
    """Rasa's applied events and states for these events, on a fresh tracker, without history.py."""
    tracker = DialogueStateTracker.from_events(sender, [], DOMAIN.slots)
    for event in events:
        tracker.update(event)
    applied = history._original_applied_events(tracker)
    saved = DialogueStateTracker.applied_events
    DialogueStateTracker.applied_events = history._original_applied_events
    try:
        states = [history._original_states_for_tracker_history(DOMAIN, tracker, **variant) for variant in VARIANTS]
    finally:
        DialogueStateTracker.applied_events = saved
    return applied, states


def as_dicts(events: list) -> list:
    return [event.as_dict() for event in events]


@pytest.mark.parametrize("seed", range(6))
def test_every_prefix_gives_rasas_applied_events_and_states(continued, seed):
    rng = random.Random(seed)
    events = random_history(rng, 160)
    growing = DialogueStateTracker.from_events("vergelijk", [], DOMAIN.slots)
    for number, event in enumerate(events, 1):
        growing.update(event)
        if number % 3 and number != len(events):
            continue  # every third event, and the last: both paths run many steps at once as well
        applied, states = rasas_own(events[:number])
        assert as_dicts(growing.applied_events()) == as_dicts(applied), f"seed {seed}, event {number}"
        for variant, expected in zip(VARIANTS, states):
            expected = expected[-history.POLICY_STATES:]
            got = growing.past_states(DOMAIN, **variant)
            assert got == expected, f"seed {seed}, event {number}, {variant}"
            got[-1]["changed"] = {"by": "the caller"}  # a caller changing its states changes nothing kept
            assert growing.past_states(DOMAIN, **variant) == expected


def test_a_copied_tracker_starts_its_own_history(continued):
    tracker = DialogueStateTracker.from_events("kopie", random_history(random.Random(7), 80), DOMAIN.slots)
    tracker.past_states(DOMAIN)
    copy = tracker.copy()
    copy.update(UserUtteranceReverted())
    assert as_dicts(copy.applied_events()) == as_dicts(rasas_own(list(copy.events))[0])
    assert tracker.past_states(DOMAIN) == rasas_own(list(tracker.events))[1][0][-history.POLICY_STATES:]


@pytest.mark.parametrize("seed", range(4))
def test_a_copy_is_the_replay_rasa_makes(continued, seed):
    """tracker.copy() from the current state equals Rasa's replay, and changing the copy leaves the tracker alone."""
    from rasa.shared.core.trackers import EventVerbosity

    events = random_history(random.Random(100 + seed), 120)
    tracker = DialogueStateTracker.from_events("kopie", [], DOMAIN.slots)
    for number, event in enumerate(events, 1):
        tracker.update(event)
        if number % 7:
            continue
        before = tracker.current_state(EventVerbosity.ALL)
        fast, replayed = tracker.copy(), history._original_copy(tracker)
        assert fast.current_state(EventVerbosity.ALL) == replayed.current_state(EventVerbosity.ALL)
        assert (fast.model_id, fast.assistant_id) == (replayed.model_id, replayed.assistant_id)
        assert fast.past_states(DOMAIN) == replayed.past_states(DOMAIN)[-history.POLICY_STATES:]
        for extra in [SlotSet("gift_bedrag", 99), ActiveLoop("giften_form"), *user("bedanken")]:
            fast.update(extra)
            replayed.update(extra)
        assert fast.current_state(EventVerbosity.ALL) == replayed.current_state(EventVerbosity.ALL)
        assert tracker.current_state(EventVerbosity.ALL) == before


def test_every_rule_and_the_memoization_fit_in_the_states_the_policies_get():
    import yaml

    longest = 0
    for path in (ROOT / "bot" / "rules").glob("*.yml"):
        for rule in yaml.safe_load(path.read_text()).get("rules", []):
            longest = max(longest, len(rule.get("steps", [])) + 2)  # the empty start state and the last one
    config = yaml.safe_load((ROOT / "config.yml").read_text())
    max_history = max(policy.get("max_history", 0) or 0 for policy in config["policies"])
    assert longest * 2 < history.POLICY_STATES
    assert max_history * 2 < history.POLICY_STATES


@pytest.mark.parametrize("seed", range(3))
def test_a_forms_temporary_tracker_is_the_one_rasa_builds(continued, seed):
    from rasa.core.actions.forms import FormAction
    from rasa.shared.core.trackers import EventVerbosity

    history_events = [e for e in random_history(random.Random(200 + seed), 150) if not isinstance(e, Restarted)]
    tracker = DialogueStateTracker.from_events("formulier", history_events, DOMAIN.slots)
    form = FormAction("giften_form", None)
    extra = [SlotSet("gift_bedrag", 150), SlotSet("gift_soort", "geld")]
    fast = form._temporary_tracker(tracker, extra, DOMAIN)
    rasas = history._rasas_temporary_tracker(form, tracker, extra, DOMAIN)
    assert without_times(fast.current_state(EventVerbosity.ALL)) == without_times(rasas.current_state(EventVerbosity.ALL))
    assert fast.past_states(DOMAIN) == rasas.past_states(DOMAIN)


def without_times(state: dict) -> dict:
    """The tracker state without timestamps (each makes its own SlotSet and ActionExecuted at its own moment)."""
    events = [{k: v for k, v in event.items() if k != "timestamp"} for event in state["events"]]
    return {**{k: v for k, v in state.items() if k != "latest_event_time"}, "events": events}


def gift_form_round() -> list:
    """One gift through the form, as bench/growth.py plays it: a topic answer, the form's four steps, the result."""
    steps = [*user("giften"), ActionExecuted("action_antwoord"), BotUttered("antwoord"),
             *user("bereken_giften"), ActionExecuted("giften_form"), ActiveLoop("giften_form"),
             SlotSet("requested_slot", "gift_bedrag"), BotUttered("Hoeveel?"), ActionExecuted("action_listen")]
    for slot in ("gift_bedrag", "gift_soort", "gift_datum", "bevestigd"):
        steps += [UserUttered(f"tekst {slot}", {"name": "informeren", "confidence": 1.0}), SlotSet(slot, "x"),
                  ActionExecuted("giften_form"), SlotSet("requested_slot", slot), BotUttered("vraag"),
                  ActionExecuted("action_listen")]
    return steps[:-1] + [ActionExecuted("giften_form"), ActiveLoop(None), SlotSet("requested_slot", None),
                         ActionExecuted("action_bereken"), BotUttered("uitkomst")]


def test_a_form_step_late_in_a_long_conversation_replays_only_its_own_turn(continued, monkeypatch):
    """Each form step takes the turn's message out of the applied events (Rasa's undo back to the form's previous
    run). The states continue from the checkpoint before it, not from the first event of the conversation: a form
    turn got slower as the conversation grew (issue #16, docs/benchmarks.md). And the states are still Rasa's."""
    tracker = DialogueStateTracker.from_events("lang", [], DOMAIN.slots)
    for _ in range(40):
        for event in gift_form_round():
            tracker.update(event)
            if isinstance(event, (ActionExecuted, UserUttered)):
                for variant in VARIANTS:
                    tracker.past_states(DOMAIN, **variant)
    applied_so_far = len(tracker.applied_events())
    replayed = []
    update = DialogueStateTracker.update

    def counted(self, event, *args, **kwargs):
        replayed.append(event)
        return update(self, event, *args, **kwargs)

    monkeypatch.setattr(DialogueStateTracker, "update", counted)
    step = [UserUttered("€ 150,-", {"name": "informeren", "confidence": 1.0}), SlotSet("gift_bedrag", 150),
            ActionExecuted("giften_form")]
    for event in gift_form_round()[:16] + step:  # into the form again, then one more step
        update(tracker, event)
        for variant in VARIANTS:
            tracker.past_states(DOMAIN, **variant)
    assert applied_so_far > 1000
    assert len(replayed) < 200, f"{len(replayed)} events replayed for one form turn after {applied_so_far}"
    monkeypatch.setattr(DialogueStateTracker, "update", update)
    expected = rasas_own(list(tracker.events))[1]
    for variant, states in zip(VARIANTS, expected):
        assert tracker.past_states(DOMAIN, **variant) == states[-history.POLICY_STATES:], variant


@pytest.mark.parametrize("seed", range(2))
def test_a_long_history_keeps_only_the_states_it_needs_and_still_gives_rasas(continued, seed):
    """The states far behind are dropped (memory per conversation bounded); every checkpoint still fits."""
    rng = random.Random(300 + seed)
    events = random_history(rng, 900)
    growing = DialogueStateTracker.from_events("lang", [], DOMAIN.slots)
    for number, event in enumerate(events, 1):
        growing.update(event)
        growing.past_states(DOMAIN)
        if number % 50 and number != len(events):
            continue
        applied, states = rasas_own(events[:number])
        for variant, expected in zip(VARIANTS, states):
            assert growing.past_states(DOMAIN, **variant) == expected[-history.POLICY_STATES:], f"seed {seed}, {number}"
    kept = growing.__dict__[history.KEPT]
    assert all(len(progress.states) <= 2 * history.STATES_KEPT for progress in kept.states.values())


@pytest.mark.parametrize("seed", range(3))
def test_whether_there_was_a_restart_is_known_from_the_new_events_on(continued, seed):
    """A form asks on every step whether the conversation restarted (form_temporary_tracker); the answer is kept
    and continued with the new events, and a copy (the tracker an action gets) carries it on."""
    events = random_history(random.Random(400 + seed), 300)
    tracker = DialogueStateTracker.from_events("herstart", [], DOMAIN.slots)
    for number, event in enumerate(events, 1):
        tracker.update(event)
        if number % 5:
            continue
        expected = any(isinstance(e, Restarted) for e in tracker.events)
        copied = tracker.copy()
        assert copied.__dict__[history.RESTART_SCAN][0] == len(tracker.events)
        copied.update(SlotSet("gift_bedrag", number))
        assert history.has_restart(copied) == expected == history.has_restart(tracker), f"seed {seed}, {number}"
    copied = tracker.copy()
    copied.update(Restarted())
    assert history.has_restart(copied)
    assert history.has_restart(tracker) == any(isinstance(e, Restarted) for e in tracker.events)
