"""What a log line may hold (security review H1, L10), in-process.

The end-to-end proof is tests/security/test_logs_en_toegang.py; these show each
rule on its own, so a failure points at the rule that broke.
"""

from __future__ import annotations

import logging
import warnings

import pytest
from aiohttp.http_exceptions import LineTooLong

from wegwijs.log_privacy import (
    drop_rasa_parse_warnings,
    exception_summary,
    install_private_logging,
    install_record_privacy,
    shorten_protocol_errors,
)

TYPED = "Ik heet Jan Pietersen, bsn 111222333"


@pytest.fixture
def private_records():
    original = logging.getLogRecordFactory()
    install_record_privacy()
    yield
    logging.setLogRecordFactory(original)


def failing_with_cause():
    try:
        raise ValueError(TYPED)
    except ValueError as error:
        raise RuntimeError(f"kon niet verder met {TYPED}") from error


def test_an_exception_is_logged_with_its_place_and_type_but_not_its_message(private_records, caplog):
    with caplog.at_level(logging.ERROR):
        try:
            failing_with_cause()
        except RuntimeError:
            logging.getLogger("rasa.core.processor").exception("Encountered an exception while running action 'x'")
    assert "Pietersen" not in caplog.text and "111222333" not in caplog.text
    assert "builtins.ValueError" in caplog.text and "builtins.RuntimeError" in caplog.text
    assert "in failing_with_cause" in caplog.text


def test_the_summary_follows_the_chain_without_messages():
    try:
        failing_with_cause()
    except RuntimeError as error:
        summary = exception_summary(error)
    assert summary.index("ValueError") < summary.index("RuntimeError")
    assert "Pietersen" not in summary


def test_rasa_warnings_that_quote_a_message_are_dropped(caplog):
    import rasa.shared.utils.io

    original = logging.getLogRecordFactory()
    install_private_logging()
    try:
        with caplog.at_level(logging.WARNING, logger="py.warnings"), warnings.catch_warnings():
            warnings.simplefilter("always")
            logging.captureWarnings(True)  # catch_warnings put back the original showwarning
            rasa.shared.utils.io.raise_warning(f"Failed to parse arguments in line '/bsn {TYPED}'. Expected ...")
            warnings.warn("een gewone waarschuwing, bsn 111222333")
    finally:
        logging.captureWarnings(False)
        logging.getLogger("py.warnings").removeFilter(drop_rasa_parse_warnings)
        logging.setLogRecordFactory(original)
    assert "Pietersen" not in caplog.text and "Failed to parse" not in caplog.text
    assert "een gewone waarschuwing, bsn [BSN]" in caplog.text, "other warnings reach the log, redacted"


def test_a_malformed_request_is_one_short_line(private_records):
    logger = logging.getLogger("aiohttp.server")
    try:
        raise LineTooLong("/api/sessions/GEHEIM-SESSIE-ID/xxxx", "8190")
    except LineTooLong:
        record = logger.makeRecord(
            logger.name, logging.ERROR, __file__, 1, "Error handling request from %s", ("203.0.113.9",),
            __import__("sys").exc_info(),
        )
    assert shorten_protocol_errors(record)
    text = logging.Formatter("%(levelname)s %(message)s").format(record)
    assert text == "WARNING ongeldig HTTP-verzoek geweigerd: LineTooLong (status 400)"


def test_rasa_structured_events_lose_their_text_fields():
    from wegwijs.rasa.server import without_conversation_text

    try:
        failing_with_cause()
    except RuntimeError:
        event = without_conversation_text(
            None, "exception", {"event": "rest.message.received.failure", "text": TYPED, "sender_id": "abc123"}
        )
    assert "Pietersen" not in str(event) and "abc123" not in str(event)
    assert event["exc_info"] is False and "builtins.RuntimeError" in event["exception"]
