"""NLU candidates: messages the model was unsure of, or that testers marked "klopt niet" (`wegwijs dialogen nlu-kandidaten`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import sqlalchemy as sa

from wegwijs.gateway_db import open_gateway_db


# Stricter than wegwijs.redactie.redact, on purpose: these texts go to developers as NLU
# examples, where a number is never needed, so every digit becomes 0.
MASKS = [
    (re.compile(r"\b[A-Z]{2}\d{2}[A-Z]{4}\d{6,10}\b", re.IGNORECASE), "[iban]"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"), "[e-mail]"),
    (re.compile(r"\d"), "0"),
]


def mask_digits(text: str) -> str:
    """IBANs and e-mail addresses replaced by a label, every other digit by 0."""
    for pattern, replacement in MASKS:
        text = pattern.sub(replacement, text)
    return text


def nlu_candidates(settings, threshold: float = 0.6, real_users_gemeenten: set[str] = frozenset()) -> dict[str, list[dict]]:
    """Messages of test conversations the model was unsure of, or that testers marked "klopt niet".

    Grouped by the intent the model guessed. Real users' messages only for a
    gemeente in real_users_gemeenten (switched on by that gemeente), and masked.
    Read where the running assistant keeps them: the gateway tables through
    its storage seam (SQLite under var/, or WEGWIJS_GATEWAY_DB_URL) and Rasa's
    SQL tracker store (settings.tracker_url: var/rasa.db, or WEGWIJS_TRACKER_URL,
    the URL the Rasa servers of `make run-schaal` and deploy/ write to).
    """
    sessions, marked = _gateway_facts(settings)
    groups: dict[str, list[dict]] = {}
    if not sessions:
        return groups
    seen: set[tuple[str, str]] = set()
    for sender, data in _user_events(settings.tracker_url):
        session = sessions.get(sender)
        is_test = session is not None and bool(session["test"])
        if not (is_test or (session is not None and session["gemeente"] in real_users_gemeenten)):
            continue
        candidate = _candidate(json.loads(data), threshold, is_test, marked.get(sender, set()))
        if candidate is None:
            continue
        intent, item = candidate
        if (intent, item["tekst"]) not in seen:
            seen.add((intent, item["tekst"]))
            groups.setdefault(intent, []).append(item)
    return groups


def _candidate(event: dict, threshold: float, is_test: bool, marked_wrong: set[str]) -> tuple[str, dict] | None:
    """(guessed intent, candidate) for one user event, or None when it is no candidate."""
    text = event.get("text") or ""
    if not text or text.startswith("/"):
        return None
    intent = (event.get("parse_data") or {}).get("intent") or {}
    confidence = float(intent.get("confidence") or 0)
    reasons = []
    if confidence < threshold:
        reasons.append("lage zekerheid")
    if is_test and text in marked_wrong:
        reasons.append("klopt niet")
    if not reasons:
        return None
    shown = text if is_test else mask_digits(text)
    return intent.get("name") or "onbekend", {
        "tekst": shown, "zekerheid": round(confidence, 2), "reden": ", ".join(reasons),
        "bron": "test" if is_test else "echt (geanonimiseerd)"}


def _gateway_facts(settings) -> tuple[dict[str, dict], dict[str, set[str]]]:
    """conversation id -> {test, gemeente} of every session, and conversation id -> its texts marked "klopt niet"."""
    if not (settings.gateway_db_url or settings.gateway_db.exists()):
        return {}, {}  # never started here: nothing to read, and no empty database made
    db = open_gateway_db(settings)
    try:
        if not db["sessions"].exists():
            return {}, {}
        sessions = {row[0]: {"test": row[1], "gemeente": row[2]}
                    for row in db.execute("SELECT conversation_id, test, gemeente FROM sessions")}
        marked: dict[str, set[str]] = {}
        if db["markeringen"].exists() and db["test_beurten"].exists():
            for conversation_id, text in db.execute(
                    "SELECT b.conversation_id, b.tekst FROM markeringen m JOIN test_beurten b "
                    "ON m.conversation_id = b.conversation_id AND m.beurt = b.beurt WHERE m.oordeel = 'klopt_niet'"):
                marked.setdefault(conversation_id, set()).add(text)
        return sessions, marked
    finally:
        db.close()


def _user_events(tracker_url: str) -> list[tuple[str, str]]:
    """(sender_id, data) of every user message in Rasa's SQL tracker store, in the order they came."""
    if tracker_url.startswith("sqlite:///") and not Path(tracker_url.removeprefix("sqlite:///")).exists():
        return []  # Rasa never wrote here: no empty database made
    engine = sa.create_engine(tracker_url, future=True)
    try:
        with engine.connect() as conn:
            if not sa.inspect(conn).has_table("events"):
                return []
            query = sa.text("SELECT sender_id, data FROM events WHERE type_name = 'user' ORDER BY id")
            return [(row[0], row[1]) for row in conn.execute(query)]
    finally:
        engine.dispose()
