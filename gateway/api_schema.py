"""The gateway API's contract: JSON schemas of the bodies, and its OpenAPI description.

Request bodies are checked against these schemas before anything else runs;
the same schemas make the OpenAPI document served at /api/openapi.json, which
the fuzz test (tests/gateway/test_fuzz.py) generates its requests from.
"""

from __future__ import annotations

from jsonschema import Draft7Validator

from wegwijs.protocol import ERASED_KEY

MAX_TEXT_CHARS = 2000

NEW_SESSION = {
    "type": "object",
    "properties": {
        "gemeente": {"type": "string", "pattern": "^[a-z0-9-]{1,64}$"},
        "taal": {"type": "string", "enum": ["nl", "en"],
                 "description": "The language of every text in this session (issue #15); without it Dutch, "
                 "and an English first message switches to English."},
    },
    "additionalProperties": False,
}
MESSAGE = {
    "type": "object",
    "properties": {"text": {"type": "string", "minLength": 1, "maxLength": MAX_TEXT_CHARS}},
    "required": ["text"],
    "additionalProperties": False,
}
BOT_MESSAGE = {
    "type": "object",
    "description": "One bubble. meer_uitleg, links and overzicht are optional; a channel that does not "
    "know one ignores it.",
    "properties": {
        "text": {"type": "string"},
        "buttons": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"title": {"type": "string"}, "payload": {"type": "string"}},
                "required": ["title", "payload"],
            },
        },
        "meer_uitleg": {
            "type": "array",
            "description": "The waarom, aannames and wet of an answer, shown behind a 'Meer uitleg' control.",
            "items": {
                "type": "object",
                "properties": {"kop": {"type": "string", "minLength": 1}, "tekst": {"type": "string", "minLength": 1}},
                "required": ["kop", "tekst"],
                "additionalProperties": False,
            },
        },
        "links": {
            "type": "array",
            "description": "Call buttons and the gemeente's written routes; only tel:, mailto: and https: urls.",
            "items": {
                "type": "object",
                "properties": {
                    "titel": {"type": "string", "minLength": 1},
                    "url": {"type": "string", "pattern": "^(tel:|mailto:|https://)"},
                },
                "required": ["titel", "url"],
                "additionalProperties": False,
            },
        },
        "overzicht": {
            "type": "boolean", "enum": [True],
            "description": "This message ends a calculation: GET /api/sessions/{session_id}/overzicht has it.",
        },
    },
    "required": ["text", "buttons"],
    "additionalProperties": False,
}
ERROR = {
    "type": "object",
    "properties": {"error": {"type": "string"}, "message": {"type": "string"}},
    "required": ["error", "message"],
}

# Which refusal a schema violation becomes: (field or None, validator) -> (status, code, response)
_REFUSALS = {
    ("text", "type"): (400, "ongeldig_bericht", "utter_fout_leeg"),
    ("text", "minLength"): (400, "leeg_bericht", "utter_fout_leeg"),
    ("text", "maxLength"): (413, "te_lang", "utter_fout_te_lang"),
    (None, "required"): (400, "ongeldig_bericht", "utter_fout_leeg"),
    (None, "additionalProperties"): (400, "onbekend_veld", "utter_fout_json"),
    ("gemeente", "type"): (400, "onbekende_gemeente", "utter_fout_gemeente"),
    ("gemeente", "pattern"): (400, "onbekende_gemeente", "utter_fout_gemeente"),
    ("taal", "type"): (400, "onbekende_taal", "utter_fout_taal"),
    ("taal", "enum"): (400, "onbekende_taal", "utter_fout_taal"),
}
# The review page's bodies (gateway/review.py checks their values itself).
TEST_SESSION = {
    "type": "object",
    "properties": {"gemeente": {"type": "string"}, "peildatum": {"type": ["string", "null"]}, "aanspreekvorm": {},
                   "taal": {"type": "string", "enum": ["nl", "en"]}},  # a script's session language (issue #15)
    "additionalProperties": False,
}
MARK = {
    "type": "object",
    "properties": {"conversation_id": {}, "beurt": {}, "oordeel": {}, "opmerking": {}, "zin": {}},
    "additionalProperties": False,
}
MARK_STATUS = {"type": "object", "properties": {"status": {}}, "required": ["status"], "additionalProperties": False}
TESTBANK_RUN = {"type": "object", "properties": {"map": {}}, "additionalProperties": False}
_VALIDATORS = {
    name: Draft7Validator(schema)
    for name, schema in {"new_session": NEW_SESSION, "message": MESSAGE, "test_session": TEST_SESSION, "mark": MARK,
                         "mark_status": MARK_STATUS, "testbank_run": TESTBANK_RUN}.items()
}


def refusal(body_kind: str, data) -> tuple[int, str, str] | None:
    """None when `data` fits the schema, else (status, error code, response name) of the first problem."""
    error = next(iter(_VALIDATORS[body_kind].iter_errors(data)), None)
    if error is None:
        return None
    field = error.path[0] if error.path else None
    return _REFUSALS.get((field, error.validator), (400, "ongeldig_verzoek", "utter_fout_json"))


def _json(schema: dict) -> dict:
    return {"content": {"application/json": {"schema": schema}}}


def _error(description: str) -> dict:
    return {"description": description, **_json({"$ref": "#/components/schemas/Error"})}


_SESSION_ID = {
    "name": "session_id", "in": "path", "required": True,
    "description": "The secret the gateway made when the session started (never chosen by a client).",
    "schema": {"type": "string", "pattern": "^[A-Za-z0-9_-]{32}$"},
}
_MESSAGES = {
    "type": "object",
    "properties": {
        "messages": {"type": "array", "items": {"$ref": "#/components/schemas/BotMessage"}},
        ERASED_KEY: {"type": "boolean"},
        "taal": {"type": "string", "enum": ["nl", "en"],
                 "description": "Only when this reply set the session's language (an English first message, or "
                                "'English please'): Wegwijs speaks it from now on, and a client shows its own texts in it."},
    },
    "required": ["messages"],
}
_COMMON_ERRORS = {
    "400": _error("The request is not valid JSON or does not fit the schema."),
    "413": _error("The message or the body is too long."),
    "429": _error("Too many messages in a short time; try again after Retry-After seconds."),
    "503": _error("The assistant cannot answer now; nothing was lost, try again later."),
}

OPENAPI = {
    "openapi": "3.0.3",
    "info": {
        "title": "Wegwijs gateway API",
        "version": "1.0",
        "description": "Sessions and messages between a channel (widget, Telegram, terminal) and the assistant. "
        "Every error is JSON {error, message} with a Dutch message for the person.",
    },
    "paths": {
        "/api/sessions": {
            "post": {
                "summary": "Start a conversation; the answer holds the session id and the welcome messages.",
                "requestBody": {"required": False, **_json(NEW_SESSION)},
                "responses": {
                    "201": {
                        "description": "Session started.",
                        **_json({
                            "type": "object",
                            "properties": {
                                "session_id": {"type": "string"},
                                "messages": {"type": "array", "items": {"$ref": "#/components/schemas/BotMessage"}},
                            },
                            "required": ["session_id", "messages"],
                        }),
                    },
                    **_COMMON_ERRORS,
                },
            }
        },
        "/api/sessions/{session_id}/messages": {
            "post": {
                "summary": "Send one message of the person; the answer holds the assistant's replies.",
                "parameters": [_SESSION_ID],
                "requestBody": {"required": True, **_json(MESSAGE)},
                "responses": {
                    "200": {"description": "The replies.", **_json(_MESSAGES)},
                    "404": _error("No such session (or it was erased)."),
                    **_COMMON_ERRORS,
                },
            }
        },
        "/api/sessions/{session_id}": {
            "delete": {
                "summary": "Erase the conversation and every trace of it.",
                "parameters": [_SESSION_ID],
                "responses": {
                    "204": {"description": "Erased."},
                    "404": _error("No such session (or it was erased)."),
                    "429": _COMMON_ERRORS["429"],
                },
            }
        },
        "/api/sessions/{session_id}/overzicht": {
            "get": {
                "summary": "The last calculation of the conversation, made again on request (docs/overzicht.md).",
                "parameters": [_SESSION_ID, {
                    "name": "formaat", "in": "query", "required": False,
                    "schema": {"type": "string", "enum": ["html", "pdf"], "default": "html"},
                }],
                "responses": {
                    "200": {"description": "The overzicht.", "content": {
                        "text/html": {"schema": {"type": "string"}},
                        "application/pdf": {"schema": {"type": "string", "format": "binary"}},
                    }},
                    "400": _error("formaat is not html or pdf."),
                    "404": _error("No such session (or it was erased), or nothing calculated in it yet."),
                    "429": _COMMON_ERRORS["429"],
                },
            }
        },
        "/healthz": {"get": {"summary": "Rasa and the action server answer.", "responses": {
            "200": {"description": "All parts answer."}, "503": {"description": "A part does not answer."}}}},
        "/livez": {"get": {"summary": "The gateway itself answers.", "responses": {"200": {"description": "Up."}}}},
    },
    "components": {"schemas": {"BotMessage": BOT_MESSAGE, "Error": ERROR}},
}
