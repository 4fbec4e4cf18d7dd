"""The Dutch wording of every explanation, read from ``teksten.yml``.

Code refers to a text by its key (``"giften.grens_wet"``); the wording itself
lives only in ``teksten.yml`` so a reviewer can read all of it in one place.
"""
from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

import yaml

TEKSTEN_PAD = Path(__file__).parent / "teksten.yml"


def _plat(boom: dict, prefix: str = "") -> dict[str, object]:
    uit: dict[str, object] = {}
    for sleutel, waarde in boom.items():
        naam = f"{prefix}{sleutel}"
        if isinstance(waarde, dict):
            uit.update(_plat(waarde, naam + "."))
        else:
            uit[naam] = waarde
    return uit


@functools.lru_cache(maxsize=None)
def alle_teksten() -> dict[str, object]:
    return _plat(yaml.safe_load(TEKSTEN_PAD.read_text(encoding="utf-8")))


def tekst(sleutel: str, **velden: object) -> str:
    """The text ``sleutel`` with its ``{placeholders}`` filled in."""
    sjabloon = alle_teksten()[sleutel]
    return sjabloon.format(**velden) if velden else sjabloon


def datum(d: date) -> str:
    """'26 november 2026'."""
    maanden = alle_teksten()["maanden"]
    return f"{d.day} {maanden[d.month - 1]} {d.year}"
