"""Rasa's prediction graph run node after node, without dask (issue #16).

Rasa 3.6 runs its graph of NLU components and policies through dask on
every message and every prediction: each run works out the minimal graph
for the targets, builds a dask task graph, and dask's local scheduler orders
and dispatches it (`dask.get`). The nodes themselves (the tokenizer, the
featurizers, the classifier, the policies) do the real work; on a Rasa
server under 20 conversations the scheduling around them was about a
quarter of the graph's time (docs/benchmarks.md).

`SequentialGraphRunner` calls the same nodes with the same arguments in an
order that respects every dependency, worked out once per set of targets.
dask's local `get` runs one task at a time in one thread as well, so the
results are the same objects computed the same way; only the bookkeeping
around them is gone. The runner is used for the prediction graph of a
Wegwijs Rasa server only (`install`); training keeps Rasa's dask runner.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner

logger = logging.getLogger(__name__)

Plan = List[Tuple[Text, Any, Tuple[Text, ...]]]  # (node name, node, names of its inputs in order)


class SequentialGraphRunner(DaskGraphRunner):
    """DaskGraphRunner's `run`, with its nodes called in dependency order instead of through dask."""

    def run(self, inputs: Optional[Dict[Text, Any]] = None, targets: Optional[List[Text]] = None) -> Dict[Text, Any]:
        run_targets = targets if targets else self._graph_schema.target_names
        plan = self._plan_for(tuple(run_targets))
        values: Dict[Text, Any] = {}
        for input_name, input_value in (inputs or {}).items():
            if isinstance(input_value, str) and any(input_value == name for name, _, _ in plan):
                raise GraphRunError(
                    f"Input value '{input_value}' clashes with a node name. Make sure "
                    f"that none of the input names passed to the `run` method are the "
                    f"same as node names in the graph schema."
                )
            values[input_name] = (input_name, input_value)
        try:
            for name, node, needs in plan:
                if name not in values:  # an input of the same name takes the node's place, as in dask's graph
                    values[name] = node(*(values.get(need, need) for need in needs))
        except RuntimeError as e:
            raise GraphRunError("Error running runner.") from e
        return dict(values[target] for target in run_targets)

    def _plan_for(self, targets: Tuple[Text, ...]) -> Plan:
        plans = self.__dict__.setdefault("_plans", {})
        plan = plans.get(targets)
        if plan is None:
            plan = plans[targets] = self._dependency_order(targets)
        return plan

    def _dependency_order(self, targets: Tuple[Text, ...]) -> Plan:
        """The nodes the targets need (Rasa's minimal graph), each after the nodes it needs."""
        schema = self._graph_schema.minimal_graph_schema(list(targets))
        ordered: Plan = []
        done: set = set()

        def visit(name: Text) -> None:
            if name in done or name not in schema.nodes:
                return
            done.add(name)
            needs = tuple(schema.nodes[name].needs.values())
            for need in needs:
                visit(need)
            ordered.append((name, self._instantiated_nodes[name], needs))

        for name in schema.nodes:
            visit(name)
        return ordered


def install() -> None:
    """The Rasa server's processor loads its prediction graph with SequentialGraphRunner."""
    import rasa.core.processor

    rasa.core.processor.DaskGraphRunner = SequentialGraphRunner
