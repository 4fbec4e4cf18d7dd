"""The Dutch wording of every explanation, read from ``teksten.yml``.

Code refers to a text by its key (``"giften.grens_wet"``); the wording itself
lives only in ``teksten.yml`` so a reviewer can read all of it in one place.

Texts address the reader with "u". Gemeenten that say "je" get the texts under
``je:`` in the same file, with the same keys; a text that addresses no one has
no ``je`` version and is the same for both. Which one ``tekst`` gives is set
per calculation with ``met_aanspreekvorm`` (``knowledge.bereken`` does this).
"""
from __future__ import annotations

import contextvars
import functools
from datetime import date
from pathlib import Path
import yaml

TEKSTEN_PAD = Path(__file__).parent / "teksten.yml"
AANSPREEKVORMEN = ("u", "je")
JE = "je."  # prefix of the "je" texts in the flat key space

_aanspreekvorm: contextvars.ContextVar[str] = contextvars.ContextVar("aanspreekvorm", default="u")


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


def aanspreekvorm() -> str:
    """The aanspreekvorm texts are rendered in right now: "u" (default) or "je"."""
    return _aanspreekvorm.get()


class met_aanspreekvorm:  # noqa: N801 - used like a function: ``with met_aanspreekvorm("je"):``
    """Render every ``tekst`` inside this block in ``vorm`` ("u" or "je").

    A small class rather than ``contextlib.contextmanager``: ``bereken`` enters it
    on every call, and thousands of calculations per second is a goal.
    """

    __slots__ = ("vorm", "token")

    def __init__(self, vorm: str):
        if vorm not in AANSPREEKVORMEN:
            raise ValueError(f"aanspreekvorm must be one of {AANSPREEKVORMEN}, not {vorm!r}")
        self.vorm = vorm

    def __enter__(self) -> None:
        self.token = _aanspreekvorm.set(self.vorm)

    def __exit__(self, *exc) -> None:
        _aanspreekvorm.reset(self.token)


def tekst(sleutel: str, **velden: object) -> str:
    """The text ``sleutel`` in the current aanspreekvorm, with its ``{placeholders}`` filled in."""
    teksten = alle_teksten()
    sjabloon = teksten.get(JE + sleutel) if _aanspreekvorm.get() == "je" else None
    if sjabloon is None:
        sjabloon = teksten[sleutel]
    return sjabloon.format(**velden) if velden else sjabloon


def datum(d: date) -> str:
    """'26 november 2026'."""
    maanden = alle_teksten()["maanden"]
    return f"{d.day} {maanden[d.month - 1]} {d.year}"
