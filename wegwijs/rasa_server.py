"""`python -m wegwijs.rasa_server run ...`: Rasa's own command line, with one speed fix.

Rasa 3.6 checks every reply of the action server with `jsonschema.validate`,
which builds a new validator and re-checks the schema itself each time: about
50 ms of CPU per action turn on a 2.5 GHz core (docs/benchmarks.md). Here the
validator is built once; the check and its error are the same as Rasa's.
"""

from __future__ import annotations

import functools
import sys

from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@functools.lru_cache(maxsize=1)
def _action_result_validator():
    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def _validate_action_result(self, result) -> bool:
    error = best_match(_action_result_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        ". Failed to validate Action server response from API, make sure your response "
        f"from the Action endpoint is valid. For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise error


def main() -> None:
    RemoteAction._validate_action_result = _validate_action_result
    from rasa.__main__ import main as rasa_main

    sys.exit(rasa_main())


__all__ = ["ValidationError", "main"]

if __name__ == "__main__":
    main()
