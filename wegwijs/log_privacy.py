"""Logs without conversation text, for every Wegwijs process (security review H1, L10).

Redaction (wegwijs/redactie.py) finds a BSN, an IBAN or a phone number, but
not a name or a health complaint. So the rule for logs is stronger: what a
person typed, and the trackers that hold it, are never logged at all.
Redaction of every line stays as a second net.

- Exceptions are logged with the file, line and function of every frame and
  the type of every exception in the chain, never their message: a message
  can quote a request body (Rasa's ClientResponseError holds the action
  server's whole answer, with the tracker) or a value someone typed.
- Python warnings go through logging, so the same rules reach them; Rasa's
  warnings about a `/`-message it could not parse quote the whole message and
  are dropped.
- A malformed HTTP request (aiohttp's protocol errors) is one short line,
  without the excerpt of the request or the client's address.
"""

from __future__ import annotations

import logging
import traceback

from wegwijs.redactie import redact

LEFT_OUT = "(melding weggelaten: die kan gesprekstekst bevatten)"
# Rasa's warnings about a message that starts with "/" (rasa.shared.utils.io.raise_warning, called from
# the story reader's parser of "/intent{entities}"): each quotes the person's whole message.
RASA_PARSE_WARNING = "Failed to parse arguments in line"


def exception_summary(error: BaseException) -> str:
    """A traceback with the place of every frame and only the type of every exception in the chain."""
    chain, seen = [], set()
    while error is not None and id(error) not in seen:
        chain.append(error)
        seen.add(id(error))
        error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
    lines = []
    for number, error in enumerate(reversed(chain)):
        if number:
            lines.append("Daardoor:")
        lines.append("Traceback (most recent call last):")
        lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in traceback.extract_tb(error.__traceback__)]
        lines.append(f"{type(error).__module__}.{type(error).__qualname__} {LEFT_OUT}")
    return "\n".join(lines)


def install_record_privacy() -> None:
    """From now on every log record of this process is redacted and carries no exception message."""
    make_record = logging.getLogRecordFactory()

    def private_record(*args, **kwargs) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        try:
            record.msg, record.args = redact(record.getMessage()), ()
        except Exception:  # noqa: BLE001 - a malformed message is logging's to report, as usual
            pass
        if record.exc_info and record.exc_info[1] is not None:
            record.wegwijs_exception = record.exc_info[1]  # for filters below; never formatted
            record.exc_text, record.exc_info = exception_summary(record.exc_info[1]), None
        return record

    logging.setLogRecordFactory(private_record)


def install_private_logging() -> None:
    """Private log records, and Python warnings through logging (without Rasa's parse warnings)."""
    install_record_privacy()
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").addFilter(drop_rasa_parse_warnings)


def drop_rasa_parse_warnings(record: logging.LogRecord) -> bool:
    return RASA_PARSE_WARNING not in record.getMessage()


def shorten_protocol_errors(record: logging.LogRecord) -> bool:
    """aiohttp.server: a malformed request becomes one line, without excerpt, address or traceback."""
    from aiohttp.http_exceptions import HttpProcessingError

    error = getattr(record, "wegwijs_exception", None)
    if isinstance(error, HttpProcessingError):
        record.msg, record.args = f"ongeldig HTTP-verzoek geweigerd: {type(error).__name__} (status {error.code})", ()
        record.exc_text = record.exc_info = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
    return True


def install_gateway_logging() -> None:
    """The gateway's logging: private records, and short lines for malformed requests."""
    install_private_logging()
    logging.getLogger("aiohttp.server").addFilter(shorten_protocol_errors)
