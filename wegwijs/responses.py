"""Read response texts from the Rasa domain files in bot/domain/.

All user-facing text lives there, also the few messages the gateway itself
sends when Rasa cannot answer, so a reviewer reads every text in one place.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from wegwijs.settings import ROOT

DOMAIN_DIR = ROOT / "bot" / "domain"


@lru_cache(maxsize=1)
def all_responses(directory: Path = DOMAIN_DIR) -> dict[str, list[dict]]:
    responses: dict[str, list[dict]] = {}
    for path in sorted(directory.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        responses.update(data.get("responses") or {})
    return responses


def response_text(name: str, **values: str) -> str:
    """The first variant of a response, with `{placeholders}` filled in."""
    variants = all_responses().get(name)
    if not variants:
        raise KeyError(f"response {name!r} not found in {DOMAIN_DIR}")
    text = variants[0]["text"]
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text
