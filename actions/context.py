"""What every answer needs to know: the peildatum and the person's gemeente."""

from __future__ import annotations

import os
from datetime import date

from rasa_sdk import Tracker

import knowledge
from wegwijs.gemeente import OnbekendeGemeente, laad_gemeente

DEFAULT_GEMEENTE = os.environ.get("WEGWIJS_GEMEENTE", "voorbeeldstad")


def peildatum_uit_metadata(metadata) -> date | None:
    value = (metadata or {}).get("peildatum") if isinstance(metadata, dict) else None
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def peildatum(tracker: Tracker | None = None) -> date:
    """The test session's peildatum, else WEGWIJS_PEILDATUM (tests that must stay true), else today.

    Only test sessions carry a peildatum in the message metadata: the gateway
    sets it for them (gateway/review.py); a real user's client never can.
    """
    if tracker is not None:
        fixed = peildatum_uit_metadata(tracker.latest_message.get("metadata"))
        if fixed:
            return fixed
    fixed = os.environ.get("WEGWIJS_PEILDATUM")
    return date.fromisoformat(fixed) if fixed else date.today()


def gemeente_code(tracker: Tracker) -> str:
    """The gemeente the gateway put in the message metadata, if it is a known one."""
    metadata = tracker.latest_message.get("metadata") or {}
    code = metadata.get("gemeente") or DEFAULT_GEMEENTE
    try:
        laad_gemeente(code)
    except OnbekendeGemeente:
        return DEFAULT_GEMEENTE
    return code


def template_values(tracker: Tracker) -> dict[str, str]:
    """Values for the {placeholders} in the responses of bot/domain/."""
    code = gemeente_code(tracker)
    return {**knowledge.feiten(peildatum(tracker), code), **laad_gemeente(code).template_values()}
