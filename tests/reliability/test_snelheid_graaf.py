"""Issue #16, second round: Rasa's prediction graph without dask, and the action result checked per event type.

Both must decide exactly what Rasa decides: the graph runner gives the same
node outputs, in the same shape, as Rasa's DaskGraphRunner (also for a
subset of the targets, an input that takes a node's place, a clash and a
failing node); the quick check of an action server's answer never accepts
what Rasa's full jsonschema check rejects, and a rejected answer raises
Rasa's own error.
"""

from __future__ import annotations

import copy
import random
from typing import Any, Dict

import pytest
from rasa.engine.exceptions import GraphComponentException, GraphRunError
from rasa.engine.graph import ExecutionContext, GraphComponent, GraphSchema, SchemaNode
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered

from wegwijs.rasa import server
from wegwijs.rasa.graph_runner import SequentialGraphRunner


class Step(GraphComponent):
    """Adds its config's `plus` to the sum of what it needs, and notes the order it ran in."""

    ran: list = []

    @classmethod
    def create(cls, config: Dict[str, Any], model_storage, resource, execution_context) -> "Step":
        return cls(config, execution_context.node_name)

    def __init__(self, config: Dict[str, Any], name: str) -> None:
        self.plus, self.name = config["plus"], name

    def add(self, **needed: int) -> int:
        Step.ran.append(self.name)
        if self.plus == "fail":
            raise ValueError("this step fails")
        return sum(needed.values()) + self.plus


def node(needs: Dict[str, str], plus, target: bool = False) -> SchemaNode:
    return SchemaNode(needs=needs, uses=Step, constructor_name="create", fn="add", config={"plus": plus},
                      is_target=target)


DIAMOND = GraphSchema({
    "a": node({"x": "start"}, 1),
    "b": node({"x": "a"}, 10),
    "c": node({"x": "a"}, 100),
    "d": node({"x": "b", "y": "c"}, 1000, target=True),
    "e": node({"x": "c"}, 5, target=True),
    "unused": node({"x": "start"}, 7),
})


def runners(tmp_path, schema=DIAMOND):
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(schema, "model")
    return (DaskGraphRunner.create(schema, storage, context), SequentialGraphRunner.create(schema, storage, context))


@pytest.mark.parametrize("targets", [None, ["d"], ["e"], ["b", "e"], ["a"]])
def test_the_sequential_runner_gives_what_dask_gives(tmp_path, targets):
    dask_runner, sequential = runners(tmp_path)
    for start in (0, 3):
        expected = dask_runner.run(inputs={"start": start}, targets=targets)
        Step.ran = []
        assert sequential.run(inputs={"start": start}, targets=targets) == expected
        for name in Step.ran:  # every node after the nodes it needs
            needs = DIAMOND.nodes[name].needs.values()
            assert all(Step.ran.index(need) < Step.ran.index(name) for need in needs if need in DIAMOND.nodes)
        assert "unused" not in Step.ran
        assert len(Step.ran) == len(set(Step.ran))  # each node once


def test_an_input_of_a_nodes_name_takes_its_place_as_in_dask(tmp_path):
    dask_runner, sequential = runners(tmp_path)
    inputs = {"start": 0, "b": 50}
    assert sequential.run(inputs=inputs, targets=["d"]) == dask_runner.run(inputs=inputs, targets=["d"])


def test_an_input_value_that_names_a_node_is_refused_as_by_dask(tmp_path):
    dask_runner, sequential = runners(tmp_path)
    for runner in (dask_runner, sequential):
        with pytest.raises(GraphRunError):
            runner.run(inputs={"start": "a"}, targets=["d"])


def test_a_failing_node_raises_what_it_raises_in_dask(tmp_path):
    schema = GraphSchema({"a": node({"x": "start"}, 1), "b": node({"x": "a"}, "fail", target=True)})
    for runner in runners(tmp_path, schema):
        with pytest.raises(GraphComponentException):
            runner.run(inputs={"start": 0}, targets=["b"])


def test_a_wegwijs_rasa_server_loads_its_prediction_graph_with_the_sequential_runner():
    import rasa.core.processor

    server.install_speedups()
    assert rasa.core.processor.DaskGraphRunner is SequentialGraphRunner


# --- the action server's answer ------------------------------------------------------------

def valid_answers() -> list[dict]:
    user = UserUttered("€ 150,-", {"name": "informeren", "confidence": 0.8},
                       [{"entity": "bedrag", "value": "150", "start": 2, "end": 5, "extractor": "CRFEntityExtractor"}],
                       parse_data={"intent_ranking": [{"name": "informeren", "confidence": 0.8}]})
    events = [SlotSet("giften", [{"bedrag": 150, "soort": "geld"}]).as_dict(), SlotSet("requested_slot", None).as_dict(),
              ActionExecuted("action_listen").as_dict(), user.as_dict(),
              BotUttered("Hoeveel?", {"buttons": [{"title": "ja", "payload": "/bevestigen"}]}).as_dict(),
              {"event": "active_loop", "name": None}, {"event": "followup", "name": "action_x"},
              {"event": "session_started"}, {"event": "reset_slots"}]
    return [{"events": events, "responses": [{"text": "Hoeveel?"}]}, {"events": [], "responses": []}, {},
            {"events": events[:2]}]


def broken(answer: dict, rng: random.Random) -> dict:
    """The answer with one random part changed, often into something the schema does not allow."""
    answer = copy.deepcopy(answer)
    wrong_values = [None, 3, "tekst", [], {}, True, 1.5, {"event": "onbekend"}, [{"x": 1}]]
    spots = []

    def walk(value, path):
        spots.append(path)
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, path + [key])
        elif isinstance(value, list):
            for i, inner in enumerate(value):
                walk(inner, path + [i])

    walk(answer, [])
    path = rng.choice(spots[1:] or [[]])
    if not path:
        return rng.choice(wrong_values)
    parent = answer
    for step in path[:-1]:
        parent = parent[step]
    if isinstance(parent, dict) and rng.random() < 0.3:
        del parent[path[-1]]
    else:
        parent[path[-1]] = rng.choice(wrong_values)
    return answer


def rasa_verdict(answer) -> str | None:
    """None when Rasa's full check accepts the answer, else its error message."""
    error = server.best_match(server._action_result_validator().iter_errors(answer))
    return None if error is None else error.message


def test_the_check_per_event_type_agrees_with_rasas_full_check():
    rng = random.Random(16)
    answers = valid_answers()
    tried = accepted = 0
    for _ in range(3000):
        answer = broken(rng.choice(answers), rng)
        verdict = rasa_verdict(answer)
        if verdict is None:
            accepted += 1
            assert server._validate_action_result(None, answer) is True
        else:
            assert not (isinstance(answer, dict) and server._surely_valid(answer))
            with pytest.raises(server.ValidationError) as raised:
                server._validate_action_result(None, answer)
            assert raised.value.message.startswith(verdict)
        tried += 1
    assert 0 < accepted < tried  # both kinds were tried
    for answer in answers:
        assert server._surely_valid(answer)


# --- the action call's JSON ------------------------------------------------------------------

def test_the_action_call_json_reads_back_as_what_json_writes():
    import json

    rng = random.Random(20)
    body = {"next_action": "action_antwoord", "sender_id": "abc/def", "domain_digest": "0" * 64,
            "tracker": {"events": [event for answer in valid_answers() for event in answer.get("events", [])],
                        "slots": {"giften": [{"bedrag": 150.0, "soort": "geld"}], "leeg": None, "ja": True},
                        "latest_message": {"text": "Mijn moeder – €150,- / maand 😀 \u2028 \x00 \"citaat\""}},
            "getallen": [rng.random() ** rng.randint(1, 40) * rng.choice([1, -1, 1e300]) for _ in range(2000)]
            + [0.1, 1e16, 5e-324, 2**70, -0.0, float("inf")], "tupel": (1, "twee"), "sleutels": {1: "een"}}
    assert json.loads(server.action_call_json(body)) == json.loads(json.dumps(body))


def test_what_ujson_cannot_write_is_written_by_json(monkeypatch):
    import json

    lone_surrogate = {"text": "half \ud800 teken"}
    assert json.loads(server.action_call_json(lone_surrogate)) == json.loads(json.dumps(lone_surrogate))

    def refuses(body):
        raise OverflowError("ujson gave up")

    monkeypatch.setattr(server.ujson, "dumps", refuses)
    assert server.action_call_json(lone_surrogate) == json.dumps(lone_surrogate)
    with pytest.raises(TypeError):
        server.action_call_json({"set": {1, 2}})  # what json cannot write either: Rasa's error, as before


def test_the_kept_action_session_writes_json_with_action_call_json():
    import asyncio

    from rasa.utils.endpoints import EndpointConfig

    async def serializer():
        async with server._kept_session(EndpointConfig("http://127.0.0.1:9/webhook")) as session:
            found = session._json_serialize
            await session.close()
            return found

    assert asyncio.run(serializer()) is server.action_call_json


# --- RulePolicy's lookup ---------------------------------------------------------------------

def test_the_quick_rule_lookup_finds_the_keys_rasas_lookup_finds():
    import json

    from rasa.core.policies.rule_policy import RulePolicy

    rng = random.Random(60)
    actions, intents, slots = ["action_listen", "action_antwoord", "giften_form", "utter_x"], ["a", "b", "c"], ["s", "t"]

    def state() -> dict:
        found = {}
        if rng.random() < 0.9:
            found["prev_action"] = {"action_name": rng.choice(actions)}
        if rng.random() < 0.6:
            found["user"] = {"intent": rng.choice(intents)}
        if rng.random() < 0.4:
            found["slots"] = {rng.choice(slots): rng.choice([(1.0,), (0.0,), "should_not_be_set"])}
        if rng.random() < 0.3:
            found["active_loop"] = {"name": rng.choice(["giften_form", "should_not_be_set"])}
        return found

    def original(self, lookup, states):  # Rasa 3.6's RulePolicy._get_possible_keys (replaced by install_speedups)
        possible_keys = set(lookup.keys())
        for i, state in enumerate(reversed(states)):
            possible_keys = set(filter(lambda _key: self._is_rule_applicable(_key, i, state), possible_keys))
        return possible_keys

    policy = RulePolicy.__new__(RulePolicy)
    differing_lengths = False
    for _ in range(400):
        lookup = {json.dumps([state() for _ in range(rng.randint(1, 5))]): "x" for _ in range(rng.randint(0, 30))}
        conversation = [state() for _ in range(rng.randint(0, 60))]
        expected = original(policy, lookup, conversation)
        assert server._possible_rule_keys(policy, lookup, conversation) == expected
        differing_lengths |= bool(expected) and len({server._rule_length(key) for key in expected}) > 1
    assert differing_lengths  # rules of several lengths survived: the stop was tried where it matters


def test_a_wegwijs_rasa_server_uses_the_quick_rule_lookup():
    from rasa.core.policies.rule_policy import RulePolicy

    server.install_speedups()
    assert RulePolicy._get_possible_keys is server._possible_rule_keys


def test_a_rules_state_worked_out_once_gives_rasas_verdict():
    """server._rule_applicable against RulePolicy._is_rule_applicable: random rule states (lists as json
    makes them, unset marks, empty and missing values, conversation starters) at every turn index."""
    import json

    from rasa.core.policies.rule_policy import RulePolicy

    rng = random.Random(16)
    values = [(1.0,), (0.0,), [1.0], [0.0, 1.0], "should_not_be_set", "", None, 0, "giften_form", ("a", "b")]

    def state(rule: bool) -> dict:
        found = {}
        if rng.random() < 0.85:
            found["prev_action"] = {"action_name": rng.choice(["action_listen", "utter_x", "giften_form"])}
        for kind, keys in (("user", ["intent", "entities"]), ("slots", ["s", "t", "u"]), ("active_loop", ["name"])):
            if rng.random() < 0.6:
                found[kind] = {key: rng.choice(values) for key in rng.sample(keys, rng.randint(1, len(keys)))}
                if not rule:  # a conversation's state holds tuples, not lists
                    found[kind] = {k: tuple(v) if isinstance(v, list) else v for k, v in found[kind].items()}
        return found

    policy = RulePolicy.__new__(RulePolicy)
    verdicts = set()
    for _ in range(3000):
        key = json.dumps([state(True) for _ in range(rng.randint(1, 5))])
        turn_index, conversation_state = rng.randint(0, 6), state(False)
        expected = RulePolicy._is_rule_applicable(policy, key, turn_index, conversation_state)
        assert server._rule_applicable(key, turn_index, conversation_state) == expected, (key, turn_index)
        verdicts.add(expected)
    assert verdicts == {True, False}
