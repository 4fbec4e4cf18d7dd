"""`python -m wegwijs.rasa_server run ...`: Rasa's own command line, with two changes.

Speed: Rasa 3.6 checks every reply of the action server with
`jsonschema.validate`, which builds a new validator and re-checks the schema
itself each time: about 50 ms of CPU per action turn on a 2.5 GHz core
(docs/benchmarks.md). Here the validator is built once; the check and its
error are the same as Rasa's.

Privacy: some of Rasa's log lines quote what the person typed (a REST request
that timed out logs its text at ERROR). Every log line of the Rasa process is
redacted (wegwijs/redactie.py) before any handler writes it.
"""

from __future__ import annotations

import functools
import logging
import sys

from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

from wegwijs.redactie import redact


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


def install_log_redaction() -> None:
    """From now on every log record of this process carries its message redacted."""
    make_record = logging.getLogRecordFactory()

    def redacted_record(*args, **kwargs) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        try:
            record.msg, record.args = redact(record.getMessage()), ()
        except Exception:  # noqa: BLE001 - a malformed message is logging's to report, as usual
            pass
        return record

    logging.setLogRecordFactory(redacted_record)


def main() -> None:
    install_log_redaction()
    RemoteAction._validate_action_result = _validate_action_result
    from rasa.__main__ import main as rasa_main

    sys.exit(rasa_main())


__all__ = ["ValidationError", "main"]

if __name__ == "__main__":
    main()
