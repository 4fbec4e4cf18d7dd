"""NLU candidates: messages the model was unsure of, or that testers marked "klopt niet" (`wegwijs dialogen nlu-kandidaten`)."""

from __future__ import annotations

import json
import re
from pathlib import Path


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


def nlu_candidates(gateway_db: Path, tracker_db: Path, threshold: float = 0.6, real_users_gemeenten: set[str] = frozenset()) -> dict[str, list[dict]]:
    """Messages of test conversations the model was unsure of, or that testers marked "klopt niet".

    Grouped by the intent the model guessed. Real users' messages only for a
    gemeente in real_users_gemeenten (switched on by that gemeente), and redacted.
    """
    import sqlite3

    groups: dict[str, list[dict]] = {}
    if not gateway_db.exists():
        return groups
    gw = sqlite3.connect(str(gateway_db))
    gw.row_factory = sqlite3.Row
    sessions = {r["conversation_id"]: r for r in gw.execute("SELECT conversation_id, test, gemeente FROM sessions")}
    has = {r[0] for r in gw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    marked: set[tuple[str, str]] = set()
    if {"markeringen", "test_beurten"} <= has:
        for row in gw.execute(
            "SELECT b.conversation_id, b.tekst FROM markeringen m JOIN test_beurten b "
            "ON m.conversation_id = b.conversation_id AND m.beurt = b.beurt WHERE m.oordeel = 'klopt_niet'"
        ):
            marked.add((row[0], row[1]))
    gw.close()
    seen: set[tuple[str, str]] = set()
    if tracker_db.exists():
        tr = sqlite3.connect(str(tracker_db))
        rows = tr.execute("SELECT sender_id, data FROM events WHERE type_name = 'user'").fetchall()
        tr.close()
        for sender, data in rows:
            session = sessions.get(sender)
            is_test = session is not None and session["test"]
            real_ok = session is not None and not session["test"] and session["gemeente"] in real_users_gemeenten
            if not (is_test or real_ok):
                continue
            event = json.loads(data)
            text = event.get("text") or ""
            if not text or text.startswith("/"):
                continue
            intent = (event.get("parse_data") or {}).get("intent") or {}
            confidence = float(intent.get("confidence") or 0)
            reasons = []
            if confidence < threshold:
                reasons.append("lage zekerheid")
            if is_test and (sender, text) in marked:
                reasons.append("klopt niet")
            if not reasons:
                continue
            shown = text if is_test else mask_digits(text)
            key = (intent.get("name") or "onbekend", shown)
            if key in seen:
                continue
            seen.add(key)
            groups.setdefault(key[0], []).append(
                {"tekst": shown, "zekerheid": round(confidence, 2), "reden": ", ".join(reasons),
                 "bron": "test" if is_test else "echt (geanonimiseerd)"}
            )
    return groups
