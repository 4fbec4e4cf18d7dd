"""The dialogue history's states, computed once per event instead of once per call (issue #16).

Rasa 3.6 turns a conversation's history into states for its policies by
replaying every event of the conversation into a fresh tracker
(`DialogueStateTracker.applied_events` and `Domain.states_for_tracker_history`),
four to five times per turn (RulePolicy twice per prediction, Memoization
once, two predictions per turn). With the tracker kept in memory between turns
(wegwijs/rasa/tracker_store.py) most of that work is repeated on events that
did not change, so a turn got slower as the conversation grew.

Here both are continued from where the previous call stopped, kept on the
tracker object:

- applied events: Rasa folds the events left to right (Restarted and
  SessionStarted empty the list, reverts remove events from its end), so the
  fold continues from the events it saw. It starts again from the beginning
  when the tracker's events are not the ones it saw plus new ones, or when a
  new form name appears (Rasa looks up the form names among all events).
- states: Rasa yields the replayed tracker before each applied ActionExecuted
  and once at the end. The replayed tracker, the states so far and the two
  loop variables are kept; a call continues with the applied events after
  them, provided the applied events it saw are still the first ones (reverts
  only remove from the end, so checking the last one and the count is
  enough). The final state is computed each call and never kept. The
  policies get the last POLICY_STATES states: they look back no further.
- checkpoints: a form's every step takes events out of the applied events
  near their end (Rasa's undo back to the form's previous run), so the states
  seen no longer fit. Before each applied ActionExecuted the replayed
  tracker's state is noted (its slots' values, its latest message, action and
  form; CHECKPOINTS of them); a call whose applied events changed continues
  from the last checkpoint whose events are still in place, instead of
  replaying the whole conversation (which made every form turn slower as the
  conversation grew: issue #16, docs/benchmarks.md). Only when no checkpoint
  fits does it start from the first event.

- copies: Rasa's processor copies the tracker before each action it runs
  (`tracker.copy()`: a new tracker with every event replayed). The copy is
  made here from the tracker's current state instead (its events, slots,
  form, latest message and action), which is what the replay produces: the
  tracker's state is only ever changed through its events. The same for the
  temporary tracker a form makes on each step (FormAction._temporary_tracker).

Each call returns new lists with copied states, as Rasa's do: callers change
the states they get. tests/reliability/test_history.py compares both with
Rasa's own functions on real conversations, with reverts, forms and restarts.
"""

from __future__ import annotations

import copy
import itertools
from collections import deque
from typing import Any

from rasa.shared.core import constants
from rasa.shared.constants import DEFAULT_SENDER_ID
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Restarted
from rasa.shared.core.trackers import DialogueStateTracker

_original_applied_events = DialogueStateTracker.applied_events
_original_copy = DialogueStateTracker.copy
_original_states_for_tracker_history = Domain.states_for_tracker_history
KEPT = "_wegwijs_history"
# (events looked at, the last of them, whether one was a Restarted): carried to copies, which share the events.
RESTART_SCAN = "_wegwijs_restart_scan"
# How many of the last states the policies get. They look back no further: Memoization
# max_history (config.yml, 4) and RulePolicy the length of the longest rule, whose states
# it compares from the end of the conversation; a rule with conversation_start begins
# with the empty state that only the first state of a conversation has, so a shortened
# history (which starts with a real state) never matches it by mistake.
# tests/reliability/test_history.py checks that every rule is much shorter than this.
POLICY_STATES = 60
# How many checkpoints (one before each applied ActionExecuted) a computation keeps. A form's undo goes
# back one turn (to after the form's previous run); older reverts start from the first event again.
CHECKPOINTS = 4
# The states kept beyond the ones the policies get, so a return to a checkpoint still has enough.
STATES_KEPT = POLICY_STATES + CHECKPOINTS


class _Kept:
    """What one tracker's history computations saw; not copied with the tracker (copy() replays anyway)."""

    def __init__(self) -> None:
        self.events_seen = 0
        self.last_event_seen = None
        self.loop_names: frozenset[str] = frozenset()
        self.applied: list = []
        self.states: dict[tuple, "_States"] = {}

    def __deepcopy__(self, memo) -> "_Kept":
        return _Kept()


class _States:
    def __init__(self, replayed: DialogueStateTracker) -> None:
        self.replayed = replayed  # the tracker with the first `applied_seen` applied events
        self.applied_seen = 0
        self.last_applied_seen = None
        self.states: list[dict] = []
        self.states_dropped = 0  # states left out at the front of `states` (only the last STATES_KEPT are kept)
        self.last_ml_action_sub_state = None
        self.turn_was_hidden = False
        self.checkpoints: deque[_Checkpoint] = deque(maxlen=CHECKPOINTS)

    def fits(self, applied: list) -> bool:
        """Whether the applied events this computation saw are still the first ones of `applied`."""
        seen = self.applied_seen
        return seen <= len(applied) and (seen == 0 or applied[seen - 1] is self.last_applied_seen)

    def note_checkpoint(self, position: int, applied: list) -> None:
        """Note the state before applied[position] (an ActionExecuted), to come back to it if later events go."""
        if type(self.replayed.slots) is dict:  # noqa: E721 - not Rasa's AnySlotDict, whose slots appear on use
            self.checkpoints.append(_Checkpoint(position, applied, self))

    def back_to_checkpoint(self, applied: list) -> bool:
        """Continue from the last checkpoint whose events are still the first ones of `applied`; False when none is."""
        while self.checkpoints:
            checkpoint = self.checkpoints.pop()
            if checkpoint.fits(applied) and checkpoint.number_of_states >= self.states_dropped + min(
                checkpoint.number_of_states, POLICY_STATES
            ):
                checkpoint.restore(self, applied)
                return True
        return False

    def drop_old_states(self) -> None:
        if len(self.states) > 2 * STATES_KEPT:
            dropped = len(self.states) - STATES_KEPT
            del self.states[:dropped]
            self.states_dropped += dropped


_NOT_ATTRIBUTES = frozenset({"events", "slots", KEPT})


class _Checkpoint:
    """The replayed tracker and the loop variables before one applied ActionExecuted."""

    def __init__(self, position: int, applied: list, progress: _States) -> None:
        replayed = progress.replayed
        self.position = position
        self.event_before = applied[position - 1] if position else None
        self.number_of_states = progress.states_dropped + len(progress.states)
        self.last_ml_action_sub_state = progress.last_ml_action_sub_state
        self.turn_was_hidden = progress.turn_was_hidden
        # Events change a tracker by setting its attributes, a slot's value, or a flag of its active loop.
        self.attributes = {key: value for key, value in replayed.__dict__.items() if key not in _NOT_ATTRIBUTES}
        self.active_loop = copy.copy(replayed.active_loop)
        self.slot_values = tuple(slot._value for slot in replayed.slots.values())
        self.slots_set = tuple(slot._has_been_set for slot in replayed.slots.values())

    def fits(self, applied: list) -> bool:
        position = self.position
        return position <= len(applied) and (position == 0 or applied[position - 1] is self.event_before)

    def restore(self, progress: _States, applied: list) -> None:
        now = progress.replayed
        replayed = DialogueStateTracker.__new__(type(now))
        replayed.__dict__.update(self.attributes)
        replayed.active_loop = copy.copy(self.active_loop)
        replayed.events = deque(applied[:self.position], now.events.maxlen)
        replayed.slots = {}
        for (name, slot), value, has_been_set in zip(now.slots.items(), self.slot_values, self.slots_set):
            restored = replayed.slots[name] = copy.copy(slot)
            restored._value, restored._has_been_set = value, has_been_set
        progress.replayed = replayed
        del progress.states[self.number_of_states - progress.states_dropped:]
        progress.last_ml_action_sub_state = self.last_ml_action_sub_state
        progress.turn_was_hidden = self.turn_was_hidden
        progress.applied_seen = self.position
        progress.last_applied_seen = self.event_before


def _kept(tracker: DialogueStateTracker) -> _Kept:
    kept = tracker.__dict__.get(KEPT)
    if kept is None:
        kept = tracker.__dict__[KEPT] = _Kept()
    return kept


def _loop_names(events) -> frozenset[str]:
    return frozenset(event.name for event in events if isinstance(event, ActiveLoop) and event.name)


def forget(tracker: DialogueStateTracker) -> None:
    """Drop what was kept for this tracker (its events were swapped): the next call starts from the first event."""
    tracker.__dict__.pop(KEPT, None)


def applied_events(self: DialogueStateTracker) -> list:
    """Rasa's `applied_events`, continued from the events seen in the previous call."""
    kept = _kept(self)
    events = self.events
    seen = kept.events_seen
    unchanged = seen <= len(events) and (seen == 0 or events[seen - 1] is kept.last_event_seen)
    new_events = list(events)[seen:] if unchanged else None
    if new_events is None or not _loop_names(new_events) <= kept.loop_names:
        kept.__init__()
        kept.loop_names = _loop_names(events)
        kept.applied = _original_applied_events(self)
    else:
        kept.applied = _fold(self, kept.applied, new_events, kept.loop_names)
    kept.events_seen = len(events)
    kept.last_event_seen = events[-1] if len(events) else None
    return list(kept.applied)


def _fold(tracker: DialogueStateTracker, applied: list, new_events: list, loop_names: frozenset[str]) -> list:
    """The body of Rasa's `applied_events` loop, for the events after `applied`."""
    from rasa.shared.core.events import ActionReverted, Restarted, SessionStarted, UserUttered, UserUtteranceReverted

    for event in new_events:
        if isinstance(event, (Restarted, SessionStarted)):
            applied = []
        elif isinstance(event, ActionReverted):
            tracker._undo_till_previous(ActionExecuted, applied)
        elif isinstance(event, UserUtteranceReverted):
            tracker._undo_till_previous(UserUttered, applied)
            tracker._undo_till_previous(ActionExecuted, applied)
        elif (
            isinstance(event, ActionExecuted)
            and event.action_name in loop_names
            and not tracker._first_loop_execution_or_unhappy_path(event.action_name, applied)
        ):
            tracker._undo_till_previous_loop_execution(event.action_name, applied)
        else:
            applied.append(event)
    return applied


def _copy_state(state: dict) -> dict:
    return {key: dict(value) if isinstance(value, dict) else value for key, value in state.items()}


def _key(domain: Domain, omit_unset_slots: bool, ignore_rule_only_turns: bool, rule_only_data: Any) -> tuple:
    rule_only = repr(sorted((rule_only_data or {}).items())) if ignore_rule_only_turns else ""
    return id(domain), omit_unset_slots, ignore_rule_only_turns, rule_only


def states_for_tracker_history(
    self: Domain,
    tracker: DialogueStateTracker,
    omit_unset_slots: bool = False,
    ignore_rule_only_turns: bool = False,
    rule_only_data: dict[str, Any] | None = None,
) -> list[dict]:
    """Rasa's `Domain.states_for_tracker_history`, continued from the states of the previous call."""
    applied = tracker.applied_events()
    kept = _kept(tracker)
    key = _key(self, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
    progress = kept.states.get(key)
    if progress is not None and not progress.fits(applied) and not progress.back_to_checkpoint(applied):
        progress = None
    if progress is None:
        progress = kept.states[key] = _States(tracker.init_copy())
        progress.domain = self  # the key holds its id: keep it alive
    step = _Step(self, progress, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
    for position in range(progress.applied_seen, len(applied)):
        event = applied[position]
        if isinstance(event, ActionExecuted):
            progress.note_checkpoint(position, applied)
            step.state_before(event.hide_rule_turn, progress.states)
        progress.replayed.update(event)
    progress.applied_seen = len(applied)
    progress.last_applied_seen = applied[-1] if applied else None
    progress.drop_old_states()
    # The final state (Rasa's last yield) changes with the next event: computed on copies, never kept.
    states = [_copy_state(state) for state in progress.states[-(POLICY_STATES - 1):]]
    _Step(self, progress, omit_unset_slots, ignore_rule_only_turns, rule_only_data, keep=False).state_before(False, states)
    return states


class _Step:
    """One iteration of Rasa's loop over `generate_all_prior_trackers`, on the kept replayed tracker."""

    def __init__(self, domain, progress: _States, omit_unset_slots, ignore_rule_only_turns, rule_only_data, keep=True):
        self.domain, self.progress, self.keep = domain, progress, keep
        self.omit_unset_slots, self.ignore, self.rule_only_data = omit_unset_slots, ignore_rule_only_turns, rule_only_data

    def state_before(self, hide_rule_turn: bool, states: list[dict]) -> None:
        domain, tr, progress = self.domain, self.progress.replayed, self.progress
        last_ml_action_sub_state, turn_was_hidden = progress.last_ml_action_sub_state, progress.turn_was_hidden
        skip = False
        if self.ignore:
            if not turn_was_hidden:
                last_ml_action_sub_state = domain._get_prev_action_sub_state(tr)
            if not tr.followup_action and not tr.latest_action_name == tr.active_loop_name:
                turn_was_hidden = hide_rule_turn
            skip = turn_was_hidden
        if not skip:
            state = domain.get_active_state(tr, omit_unset_slots=self.omit_unset_slots)
            if self.ignore:
                domain._remove_rule_only_features(state, self.rule_only_data)
                if states:
                    domain._substitute_rule_only_user_input(state, states[-1])
                if last_ml_action_sub_state:
                    state[constants.PREVIOUS_ACTION] = last_ml_action_sub_state
            states.append(domain._clean_state(state))
        if self.keep:
            progress.last_ml_action_sub_state, progress.turn_was_hidden = last_ml_action_sub_state, turn_was_hidden


def copy_tracker(self: DialogueStateTracker) -> DialogueStateTracker:
    """Rasa's `tracker.copy()` (init_copy + replay of every event), from the current state instead."""
    new = DialogueStateTracker.__new__(type(self))
    has_restart(self)  # looked at once here, the copy (the form's tracker) carries it on
    state = dict(self.__dict__)
    state.pop(KEPT, None)
    new.__dict__.update(state)
    new.events = deque(self.events, self.events.maxlen)
    new.slots = {name: copy.copy(slot) for name, slot in self.slots.items()} if isinstance(self.slots, dict) else copy.copy(self.slots)
    new.latest_action = dict(self.latest_action) if self.latest_action is not None else None
    new.active_loop = copy.copy(self.active_loop)
    new.sender_id = self.sender_id or DEFAULT_SENDER_ID
    # As init_copy makes it: no model or assistant id, no sender source.
    new.model_id = new.assistant_id = new.sender_source = None
    return new


def _original_temporary_tracker():
    from rasa.core.actions.forms import FormAction

    return FormAction.__dict__["_temporary_tracker"]


_rasas_temporary_tracker = _original_temporary_tracker()


def has_restart(tracker: DialogueStateTracker) -> bool:
    """Whether the tracker's events hold a Restarted; only the events after the previous call's are looked at.

    A form asks this on every step (form_temporary_tracker); looking at every event made a form turn
    slower as the conversation grew (issue #16).
    """
    events = tracker.events
    looked_at, last, found = tracker.__dict__.get(RESTART_SCAN, (0, None, False))
    if not (looked_at <= len(events) and (looked_at == 0 or events[looked_at - 1] is last)):
        looked_at, found = 0, False  # not the events seen before plus new ones: all of them again
    if not found:
        found = any(isinstance(event, Restarted) for event in itertools.islice(events, looked_at, None))
    tracker.__dict__[RESTART_SCAN] = (len(events), events[-1] if events else None, found)
    return found


def form_temporary_tracker(self, current_tracker, additional_events, domain) -> DialogueStateTracker:
    """Rasa's FormAction._temporary_tracker (a new tracker replaying every event), as a copy plus the same events."""
    from rasa.core.actions.forms import REQUESTED_SLOT
    from rasa.shared.core.events import SlotSet

    if has_restart(current_tracker):
        return _rasas_temporary_tracker(self, current_tracker, additional_events, domain)  # Rasa's replays after it only
    tracker = copy_tracker(current_tracker)
    tracker.sender_id = current_tracker.sender_id  # from_events keeps it as it is
    for event in [SlotSet(REQUESTED_SLOT, self.get_slot_to_fill(current_tracker)), ActionExecuted(self.name()),
                  *additional_events]:
        tracker.update(event)
    return tracker


def uninstall() -> None:
    """Rasa's own functions again (for comparisons)."""
    from rasa.core.actions.forms import FormAction

    FormAction._temporary_tracker = _rasas_temporary_tracker
    DialogueStateTracker.copy = _original_copy
    DialogueStateTracker.applied_events = _original_applied_events
    Domain.states_for_tracker_history = _original_states_for_tracker_history


def install() -> None:
    from rasa.core.actions.forms import FormAction

    FormAction._temporary_tracker = form_temporary_tracker
    DialogueStateTracker.copy = copy_tracker
    DialogueStateTracker.applied_events = applied_events
    Domain.states_for_tracker_history = states_for_tracker_history
