"""`python -m wegwijs.rasa.server run ...`: Rasa's own command line, with these changes.

Speed: Rasa 3.6 checks every reply of the action server with
`jsonschema.validate`, which builds a new validator and re-checks the schema
itself each time: about 50 ms of CPU per action turn on a 2.5 GHz core
(docs/benchmarks.md). Here the validator is built once; the check and its
error are the same as Rasa's.

Privacy: some of Rasa's log lines quote what the person typed (a REST request
that timed out logs its text at ERROR, a `/`-message it cannot parse is a
warning with the whole text, a failing action logs the action server's
answer with the whole tracker). Conversation text is never logged
(wegwijs/log_privacy.py): exceptions lose their messages, warnings go
through logging, Rasa's structured log events lose the fields that hold
text, and every line is redacted (wegwijs/redactie.py) as a second net.

Less to the action server (issue #16): Rasa 3.6 posts every event of the
conversation and the whole domain (about 140 KB) with every action call, so
an action turn gets slower as the conversation grows (1.8 MB per call after
300 messages). Here a call carries:

- the events of the last ACTION_TURNS turns (counted in user messages), the
  current slots, the latest message and the active form as before. Slots are
  the conversation's memory; the actions read events only to look back a few
  turns (the last form, the last messages for a livechat summary);
- the domain's SHA-256 (`domain_digest`) instead of the domain. The action
  server keeps each domain it was sent under its digest
  (wegwijs/rasa/actieserver.py); when it does not know the digest (it was
  restarted) it answers 449 and the same call is made once more with the
  whole domain. Nothing is lost: the action has not run.

History (issue #16): the policies' states of the conversation are continued
from the previous turn instead of replayed from its first event
(wegwijs/rasa/history.py).

Connections and memory (issue #16): Rasa 3.6 makes a new aiohttp
ClientSession, with its cookie jar and a new TCP connection, for every call
to the action server. Here each endpoint keeps one session and its
connections (kept alive KEEPALIVE_S, shorter than the action server's own
5 s, so Rasa never sends on a connection the action server is closing).
Once the model is loaded, its objects are frozen out of Python's garbage
collector (wegwijs/heap.py), whose full collections otherwise walked all
525,000 of them in the middle of a turn. The intent classifier's
coefficients are kept in the order scipy multiplies them in, so they are
not copied for every message (_coefficients_in_column_order).

Less bookkeeping per turn (issue #16, second round; each checked to give
the same results: bench/nlu_identiek.py, tests/reliability/test_snelheid_graaf.py):
the prediction graph runs node after node instead of through dask
(wegwijs/rasa/graph_runner.py); an action server's answer is checked against
the schema of each event's own type (`_surely_valid`), and in full, with
Rasa's error, only when that fails; the intent classifier combines only the
sentence features it uses (`_sentence_features_of`); the action call is
written as JSON by ujson (`action_call_json`).

Work Rasa did for nothing (issue #16, fourth round; each checked against Rasa's own
function in tests/reliability/): `action_validate_slot_mappings` is not called
when its answer is known to be empty (wegwijs/rasa/taalwissel.py); a bot event
does not keep the values that filled its response (`_utter_responses_without_template_values`);
the classifier's sparse row is put together from the features' own arrays
(`_sentence_features_directly`) and the empty-domain check builds the empty
domain once; RulePolicy's rule test uses each rule's state worked out once (`_rule_checks`).

Files: umask 077, so whatever Rasa writes is for Wegwijs's user only.
The key for the action server (endpoints.yml) comes from wegwijs/secret.py.
"""

from __future__ import annotations

import asyncio
import contextvars
import copy
import functools
import hashlib
import json
import os
import sys

import aiohttp
import numpy as np
import ujson

from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.constants import PREVIOUS_ACTION, SHOULD_NOT_BE_SET
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import EventVerbosity
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT

from wegwijs.heap import freeze_loaded
from wegwijs.rasa import graph_runner, history
from wegwijs.rasa.taalwissel import kan_taal_wisselen
from wegwijs.log_privacy import (
    LEFT_OUT,
    exception_summary,
    install_private_logging,
    install_record_privacy,
)
from wegwijs.secret import ACTIONS_KEY_ENV, acties_sleutel, restrict_umask
from wegwijs.settings import Settings

# The fields of Rasa's structured log events that can hold conversation text or the conversation id
# (Rasa's own list in rasa.utils.log_utils._anonymizer, and the ids).
CONVERSATION_FIELDS = (
    "text", "response_text", "user_text", "slot_values", "parse_data_text", "parse_data_entities",
    "prediction_events", "tracker_latest_message", "prefilled_slots", "message", "response",
    "slot_candidates", "rasa_event", "rasa_events", "tracker_states", "current_states", "old_states",
    "successes", "current_entity", "next_entity", "states", "entity", "token_text", "user_message",
    "json_message", "sender_id", "conversation_id", "tracker",
)


@functools.lru_cache(maxsize=1)
def _action_result_validator():
    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


@functools.lru_cache(maxsize=1)
def _validators_per_event() -> tuple[object, dict[str, object]]:
    """The action result's schema split at the events' `oneOf`: a validator for the rest, and one per event type.

    In Rasa's schema every choice of the `oneOf` fixes `event` to its own
    constant and `event` is required, so an event can only match the choice
    of its own type: the `oneOf` holds exactly when that choice holds.
    Checking that one choice instead of all 23 is the same verdict.
    """
    schema = copy.deepcopy(RemoteAction.action_response_format_spec())
    items = schema["properties"]["events"]["items"]
    choices = items.pop("oneOf")
    validator_class = validator_for(schema)
    per_type = {}
    for choice in choices:
        per_type[choice["properties"]["event"]["const"]] = validator_class(choice)
    return validator_class(schema), per_type


def _surely_valid(result) -> bool:
    """True only when Rasa's schema holds for result (checked per event type); False means: check it in full."""
    outer, per_type = _validators_per_event()
    if not outer.is_valid(result):
        return False
    for event in result.get("events") or ():
        choice = per_type.get(event.get("event"))
        if choice is None or not choice.is_valid(event):
            return False
    return True


def _validate_action_result(self, result) -> bool:
    if isinstance(result, dict) and _surely_valid(result):
        return True
    error = best_match(_action_result_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        ". Failed to validate Action server response from API, make sure your response "
        f"from the Action endpoint is valid. For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise error


# How many turns of events an action call carries; the slots carry everything older.
ACTION_TURNS = 20
DOMAIN_UNKNOWN = 449  # the action server's answer to a digest it does not know
_send_whole_domain = contextvars.ContextVar("send_whole_domain", default=False)
_original_run = RemoteAction.run


_domains: dict[int, tuple[object, dict, str]] = {}  # id(domain) -> (domain, as dict, digest)


def _domain_with_digest(domain) -> tuple[dict, str]:
    """The domain as the action server gets it, and its SHA-256: once per loaded model.

    Keyed by identity (Domain's own hash serialises the whole domain); the entry
    holds the domain, so its id cannot be reused while it is there.
    """
    known = _domains.get(id(domain))
    if known is None or known[0] is not domain:
        as_dict = domain.as_dict()
        digest = hashlib.sha256(json.dumps(as_dict, sort_keys=True).encode("utf-8")).hexdigest()
        if len(_domains) >= 4:
            _domains.clear()
        known = _domains[id(domain)] = (domain, as_dict, digest)
    return known[1], known[2]


def recent_events(tracker, turns: int = ACTION_TURNS) -> list:
    """The tracker's events from the `turns`-th last user message on (all of them in a shorter conversation)."""
    kept, users = [], 0
    for event in reversed(tracker.events):
        kept.append(event)
        if isinstance(event, UserUttered):
            users += 1
            if users == turns:
                break
    kept.reverse()
    return kept


def _action_call_format(self, tracker, domain) -> dict:
    state = tracker.current_state(EventVerbosity.NONE)
    state["events"] = [event.as_dict() for event in recent_events(tracker)]
    call = {"next_action": self._name, "sender_id": tracker.sender_id, "tracker": state,
            "version": rasa_version()}
    as_dict, digest = _domain_with_digest(domain)
    call["domain_digest"] = digest
    if _send_whole_domain.get():
        call["domain"] = as_dict
    return call


def rasa_version() -> str:
    import rasa

    return rasa.__version__


def domain_was_unknown(error: BaseException) -> bool:
    return getattr(error.__cause__, "status", None) == DOMAIN_UNKNOWN


async def _run_sending_the_domain_when_asked(self, output_channel, nlg, tracker, domain):
    """Rasa's RemoteAction.run; once more with the whole domain when the action server asks for it (449)."""
    try:
        return await _original_run(self, output_channel, nlg, tracker, domain)
    except RasaException as error:
        if not domain_was_unknown(error):
            raise
    token = _send_whole_domain.set(True)
    try:
        return await _original_run(self, output_channel, nlg, tracker, domain)
    finally:
        _send_whole_domain.reset(token)


def install_lean_action_calls() -> None:
    RemoteAction._action_call_format = _action_call_format
    RemoteAction.run = _run_sending_the_domain_when_asked


# The keys of a message rasa-sdk's dispatcher sends (`utter_message`), and the keys a response of the
# domain or Rasa itself puts in a bot message: none of them is taken for a template value.
SDK_MESSAGE_KEYS = frozenset({"text", "buttons", "elements", "custom", "template", "response", "image", "attachment"})
RASA_MESSAGE_KEYS = frozenset({"utter_action", "quick_replies", "metadata", "channel", "id", "condition"})
_original_utter_responses = RemoteAction._utter_responses


def template_values_of(response: dict) -> dict:
    """The values an action gave to fill a response of the domain (`utter_message(response=..., **values)`)."""
    if not response.get("response"):
        return {}
    return {key: value for key, value in response.items() if key not in SDK_MESSAGE_KEYS | RASA_MESSAGE_KEYS}


async def _utter_responses_without_template_values(responses, output_channel, nlg, tracker) -> list:
    """Rasa's RemoteAction._utter_responses; the bot event does not keep the values that filled its response.

    Rasa fills the response with them and then leaves them in the event's metadata, where nothing reads
    them (the text holds what they filled in; no policy, action or channel looks at a bot event's
    metadata): 100 values, 4 KB, per answer of an action, redacted and stored with every turn and sent
    back to the action server with every call. The text, buttons, custom parts and every other metadata
    key are Rasa's (tests/reliability/test_sjabloonwaarden.py).
    """
    bot_messages = []
    for response in responses:
        values = template_values_of(response)
        for message in await _original_utter_responses([response], output_channel, nlg, tracker):
            for key, value in values.items():
                if message.metadata.get(key) is value:  # the action's value, not something of Rasa's
                    del message.metadata[key]
            bot_messages.append(message)
    return bot_messages


def install_bot_events_without_template_values() -> None:
    RemoteAction._utter_responses = staticmethod(_utter_responses_without_template_values)


KEEPALIVE_S = 2.0  # below sanic's KEEP_ALIVE_TIMEOUT (5 s) in the action server
_sessions: dict[tuple[int, int], aiohttp.ClientSession] = {}  # (id(endpoint), id(loop)) -> its session


class _Borrowed:
    """`async with endpoint.session() as session`: the endpoint's kept session, left open afterwards."""

    def __init__(self, session: aiohttp.ClientSession):
        self.session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self.session

    async def __aexit__(self, *exc_info) -> None:
        return None


def action_call_json(body) -> str:
    """The action call as JSON, by ujson (about 2.7x quicker on a call's 40 KB); what it cannot write, by json.

    The action server reads the same values either way (tests/reliability/test_snelheid_graaf.py):
    floats are written in their shortest exact form, non-ASCII as \\u escapes, a "/" as "\\/".
    """
    try:
        return ujson.dumps(body)
    except Exception:  # noqa: BLE001 - e.g. a lone surrogate in a text: json writes it, or raises what Rasa raised
        return json.dumps(body)


def _kept_session(self) -> _Borrowed:
    """Rasa's EndpointConfig.session (the same headers, auth and timeout), made once per endpoint and loop.

    Keyed by identity; the entry lives as long as the process, like the endpoints (one or two per process).
    """
    key = (id(self), id(asyncio.get_running_loop()))
    session = _sessions.get(key)
    if session is None or session.closed:
        auth = aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"]) if self.basic_auth else None
        session = _sessions[key] = aiohttp.ClientSession(
            headers=self.headers, auth=auth, timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_S), json_serialize=action_call_json,
        )
    return _Borrowed(session)


def install_kept_sessions() -> None:
    from rasa.utils.endpoints import EndpointConfig

    EndpointConfig.session = _kept_session


def _coefficients_in_column_order(classifier) -> None:
    """The classifier's coefficients stored column by column: the same numbers, the same scores.

    scikit-learn scores a message as `X @ coef_.T`; scipy needs that right-hand
    side C-contiguous and copied the whole matrix (51 intents x 17,000
    n-grams, 7 MB) on every message when it was not: 5.5 ms per message here,
    0.16 ms in column order (bench: identical probabilities).
    """
    clf = getattr(classifier, "clf", None)
    coef = getattr(clf, "coef_", None)
    if coef is not None:
        clf.coef_ = np.asfortranarray(coef)


def _sentence_features_of(messages) -> "csr_matrix":
    """LogisticRegressionClassifier._create_X, without combining the sequence features it does not use.

    Rasa's version asks each message for its sparse features, which combines
    (copies and stacks) the per-token sequence features of every featurizer
    too, and keeps only the sentence features. Here only those are combined,
    by Rasa's own `_combine_features`: the same matrix.
    """
    from rasa.shared.nlu.constants import TEXT
    from rasa.shared.nlu.training_data.message import Message
    from scipy.sparse import csr_matrix, hstack, vstack

    rows = []
    for message in messages:
        _, sentence = message._filter_sparse_features(TEXT, [])
        sparse_features = Message._combine_features(sentence, [])
        dense_features = message.get_dense_features(attribute=TEXT)[1]
        rows.append(hstack([
            csr_matrix(sparse_features.features if sparse_features else []),
            csr_matrix(dense_features.features if dense_features else []),
        ]))
    return vstack(rows)


def _canonical_row(matrix) -> bool:
    """A 1-row sparse matrix whose columns are stored in increasing order, each once."""
    from scipy.sparse import isspmatrix_coo

    if not isspmatrix_coo(matrix) or matrix.shape[0] != 1:
        return False
    columns = matrix.col
    return bool(np.all(matrix.row == 0)) and (columns.size < 2 or bool(np.all(columns[1:] > columns[:-1])))


def _sentence_features_directly(messages):
    """The matrix _sentence_features_of gives, built from the features' own arrays; None when that cannot be shown.

    scipy's hstack and vstack, four a message, built and checked a matrix at each step
    (about a third of a parse). For a message whose sentence features are rows in scipy's
    canonical order and that has no dense features, the stacked row is the blocks' values
    one after the other, their columns shifted by the widths before them: the same
    values, columns, order and dtype (tests/reliability/test_snelheid_nlu.py). Anything else
    (dense features, another layout, rows of different widths) goes Rasa's way.
    """
    from rasa.shared.nlu.constants import TEXT
    from scipy.sparse import csr_matrix
    from scipy.sparse._sputils import upcast

    data, columns, pointers, dtypes, width = [], [], [0], [np.dtype(np.float64)], None
    for message in messages:
        _, sentence = message._filter_sparse_features(TEXT, [])
        if not sentence or message.get_dense_features(attribute=TEXT)[1] is not None:
            return None
        offset, count = 0, pointers[-1]
        for features in sentence:
            block = features.features
            if not _canonical_row(block):
                return None
            data.append(block.data)
            columns.append(block.col + offset)
            dtypes.append(block.dtype)
            offset += block.shape[1]
            count += block.col.size
        if width is not None and offset != width:
            return None
        width = offset
        pointers.append(count)
    if width is None:
        return None
    dtype = upcast(*dtypes)
    values = np.concatenate(data).astype(dtype, copy=False)
    indices = np.concatenate(columns).astype(np.int32, copy=False)
    return csr_matrix((values, indices, np.asarray(pointers, dtype=np.int32)), shape=(len(pointers) - 1, width))


_rasas_create_X = None  # Rasa's LogisticRegressionClassifier._create_X, once install_fast_intent_scores ran


def _intent_features(messages):
    direct = _sentence_features_directly(messages)
    return direct if direct is not None else _sentence_features_of(messages)


def _create_X(self, messages):
    return _intent_features(messages)


def install_fast_intent_scores() -> None:
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier

    global _rasas_create_X
    if LogisticRegressionClassifier._create_X is not _create_X:
        _rasas_create_X = LogisticRegressionClassifier._create_X
    LogisticRegressionClassifier._create_X = _create_X
    load = LogisticRegressionClassifier.load.__func__

    @classmethod
    def load_in_column_order(cls, *args, **kwargs):
        classifier = load(cls, *args, **kwargs)
        _coefficients_in_column_order(classifier)
        return classifier

    LogisticRegressionClassifier.load = load_in_column_order


@functools.lru_cache(maxsize=4096)
def _rule_length(rule_key: str) -> int:
    from rasa.core.policies.rule_policy import RulePolicy

    return len(RulePolicy._rule_key_to_state(rule_key))


def _possible_rule_keys(self, lookup: dict, states: list) -> set:
    """RulePolicy._get_possible_keys, stopping when the answer can no longer change.

    Rasa filters the rules by every state of the conversation, newest first
    (60 states here, wegwijs/rasa/history.py), but a rule is applicable at
    every turn further back than its own length. So once no rule is left, or
    every rule left is shorter than the turns looked at, the rest of the
    filtering keeps the same set: it is skipped.
    """
    from rasa.core.policies.rule_policy import RulePolicy

    applicable = _rule_applicable if type(self)._is_rule_applicable is RulePolicy._is_rule_applicable \
        else self._is_rule_applicable
    possible_keys = set(lookup.keys())
    for turn_index, state in enumerate(reversed(states)):
        if not possible_keys or turn_index >= max(_rule_length(key) for key in possible_keys):
            break
        possible_keys = {key for key in possible_keys if applicable(key, turn_index, state)}
    return possible_keys


@functools.lru_cache(maxsize=65536)
def _rule_checks(rule_key: str, turn_index: int) -> tuple[bool, tuple] | None:
    """A rule's state at turn_index (back in time) as checks, worked out once: None beyond the rule's length.

    (whether the rule's state has a previous action, ((state type, key, expected value, must be unset), ...)):
    the comparisons of RulePolicy._does_rule_match_state that can fail, with the lists json made of tuples
    turned back into tuples, as Rasa does on every call.
    """
    from rasa.core.policies.rule_policy import RulePolicy

    rule_states = RulePolicy._rule_key_to_state(rule_key)
    if turn_index >= len(rule_states):
        return None
    rule_state = rule_states[len(rule_states) - 1 - turn_index]
    checks = []
    for state_type, rule_sub_state in rule_state.items():
        for key, value in rule_sub_state.items():
            if isinstance(value, list):
                value = tuple(value)
            if value == SHOULD_NOT_BE_SET:
                checks.append((state_type, key, None, True))
            elif value:
                checks.append((state_type, key, value, False))
    return bool(rule_state.get(PREVIOUS_ACTION)), tuple(checks)


def _rule_applicable(rule_key: str, turn_index: int, conversation_state: dict) -> bool:
    """RulePolicy._is_rule_applicable with the rule's state worked out once (_rule_checks): the same verdict."""
    compiled = _rule_checks(rule_key, turn_index)
    if compiled is None:
        return True
    rule_has_previous_action, checks = compiled
    has_previous_action = bool(conversation_state.get(PREVIOUS_ACTION))
    if not rule_has_previous_action or not has_previous_action:
        return rule_has_previous_action == has_previous_action  # both conversation starters, or a mismatch
    for state_type, key, expected, must_be_unset in checks:
        value = conversation_state.get(state_type, {}).get(key)
        if must_be_unset:
            if value and value != SHOULD_NOT_BE_SET:
                return False
        elif value != expected:
            return False
    return True


def install_quick_rule_lookup() -> None:
    from rasa.core.policies.rule_policy import RulePolicy

    RulePolicy._get_possible_keys = _possible_rule_keys


def _validate_slot_mappings_when_it_can_act(original):
    """ActionExtractSlots._execute_validation_action without the call whose answer is known to be empty.

    Rasa calls `action_validate_slot_mappings` after every message; Wegwijs's acts only on a message
    marked English, or on the next message of a session that chose Dutch while its slot `variant` is still
    English (wegwijs/rasa/taalwissel.py, the same test in actions/taal.py) and answers nothing
    otherwise. For an empty answer Rasa keeps the extracted SlotSet events as they are (as it does
    when the call fails, or when the domain has no such action): that is returned here without the call.
    """
    from rasa.shared.core.events import SlotSet

    async def validate(self, extraction_events, output_channel, nlg, tracker, domain):
        if not kan_taal_wisselen(tracker.latest_message.parse_data, tracker.get_slot("variant")):
            return [event for event in extraction_events if isinstance(event, SlotSet)]
        return await original(self, extraction_events, output_channel, nlg, tracker, domain)

    validate.wegwijs_original = original
    return validate


def install_slot_mapping_validation_only_when_it_can_act() -> None:
    from rasa.core.actions.action import ActionExtractSlots

    current = ActionExtractSlots._execute_validation_action
    if not hasattr(current, "wegwijs_original"):
        ActionExtractSlots._execute_validation_action = _validate_slot_mappings_when_it_can_act(current)


@functools.lru_cache(maxsize=1)
def _empty_domain_as_dict() -> dict:
    from rasa.shared.core.domain import Domain

    return Domain.empty().as_dict()


def _domain_is_empty(self) -> bool:
    """Domain.is_empty, comparing with the empty domain built once instead of for every message (8 % of a parse)."""
    return self.as_dict() == _empty_domain_as_dict()


def install_quick_empty_domain_check() -> None:
    from rasa.shared.core.domain import Domain

    Domain.is_empty = _domain_is_empty


def install_freeze_after_loading() -> None:
    """Freeze the loaded model's objects out of the garbage collector (wegwijs/heap.py) once Rasa loaded it."""
    import rasa.core.run

    load = rasa.core.run.load_agent_on_start

    async def load_then_freeze(*args, **kwargs):
        agent = await load(*args, **kwargs)
        freeze_loaded()
        return agent

    rasa.core.run.load_agent_on_start = load_then_freeze


# Kept under its old name: every log record of the process is redacted (and keeps no exception message).
install_log_redaction = install_record_privacy


def without_conversation_text(logger, method_name: str, event_dict: dict) -> dict:
    """A structlog processor: fields with conversation text are left out, and exceptions lose their message."""
    for key in CONVERSATION_FIELDS:
        if key in event_dict:
            event_dict[key] = LEFT_OUT
    exc_info = event_dict.get("exc_info", method_name == "exception")
    if exc_info:
        error = exception_of(exc_info)
        event_dict["exc_info"] = False  # structlog would render the message; the summary has none
        if error is not None:
            event_dict["exception"] = exception_summary(error)
    return event_dict


def exception_of(exc_info) -> BaseException | None:
    """The exception that structlog's `exc_info` (True, an exception or a sys.exc_info() tuple) means."""
    if isinstance(exc_info, BaseException):
        return exc_info
    if isinstance(exc_info, tuple):
        return exc_info[1]
    return sys.exc_info()[1]


def install_structlog_privacy() -> None:
    """Run `without_conversation_text` first in the processors Rasa's configure_structlog sets up."""
    import rasa.utils.log_utils as log_utils

    rasa_anonymizer = log_utils._anonymizer

    def private_anonymizer(logger, method_name, event_dict):
        return without_conversation_text(logger, method_name, rasa_anonymizer(logger, method_name, event_dict))

    log_utils._anonymizer = private_anonymizer


def install_speedups() -> None:
    """Every change to how Rasa works inside a Wegwijs Rasa server, none to what it answers (issue #16)."""
    RemoteAction._validate_action_result = _validate_action_result
    install_lean_action_calls()
    install_kept_sessions()
    install_fast_intent_scores()
    install_freeze_after_loading()
    history.install()
    graph_runner.install()
    install_quick_rule_lookup()
    install_slot_mapping_validation_only_when_it_can_act()
    install_bot_events_without_template_values()
    install_quick_empty_domain_check()


def main() -> None:
    restrict_umask()
    install_private_logging()
    install_structlog_privacy()
    # bot/endpoints*.yml sends this key to the action server: `Authorization: Bearer ${WEGWIJS_ACTIES_SLEUTEL}`.
    os.environ[ACTIONS_KEY_ENV] = acties_sleutel(Settings().var_dir)
    install_speedups()
    from rasa.__main__ import main as rasa_main

    sys.exit(rasa_main())


__all__ = ["ValidationError", "main"]

if __name__ == "__main__":
    main()
