"""The wording of every explanation, read from ``teksten.yml``.

Code refers to a text by its key (``"giften.grens_wet"``); the wording itself
lives only in ``teksten.yml`` so a reviewer can read all of it in one place.

The texts at the top of the file are the standard variant "nl-u". Another
variant (knowledge/varianten.py) has its texts under its own key, with the same
keys: ``nl-je:`` for gemeenten that say "je", ``en:`` for English. A text that addresses no one has
no nl-je version; ``varianten.volgorde`` then falls back to nl-u. Which variant
``tekst`` gives is set per calculation with ``met_variant`` (``knowledge.bereken``
does this).
"""
from __future__ import annotations

import contextvars
import functools
import string
from datetime import date
from pathlib import Path
import yaml

from . import varianten

TEKSTEN_PAD = Path(__file__).parent / "teksten.yml"

_variant: contextvars.ContextVar[str] = contextvars.ContextVar("variant", default=varianten.STANDAARD)


def sleutel_in(variant: str, sleutel: str) -> str:
    """Where the text ``sleutel`` of ``variant`` sits in the flat key space: "nl-je.norm.x", or "norm.x" for nl-u."""
    return sleutel if variant == varianten.STANDAARD else f"{variant}.{sleutel}"


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


def huidige_variant() -> str:
    """The variant texts are rendered in right now: "nl-u" (the standard) or another registered one."""
    return _variant.get()


class met_variant:  # noqa: N801 - used like a function: ``with met_variant("nl-je"):``
    """Render every ``tekst`` inside this block in ``variant`` (knowledge/varianten.py).

    A small class rather than ``contextlib.contextmanager``: ``bereken`` enters it
    on every call, and thousands of calculations per second is a goal.
    """

    __slots__ = ("variant", "token")

    def __init__(self, variant: str):
        self.variant = varianten.geldig(variant)

    def __enter__(self) -> None:
        self.token = _variant.set(self.variant)

    def __exit__(self, *exc) -> None:
        _variant.reset(self.token)


def tekst(sleutel: str, variant: str | None = None, **velden: object) -> str:
    """The text ``sleutel`` in ``variant`` (default: the current one), with its ``{placeholders}`` filled in.
    A placeholder with a unit of ``eenheden`` ("{over:dag}") is the number with that unit: "1 dag", "3 dagen"."""
    teksten = alle_teksten()
    gekozen = varianten.kies(variant or _variant.get(), lambda v: sleutel_in(v, sleutel) in teksten)
    sjabloon = teksten[sleutel_in(gekozen, sleutel)]
    if not velden:
        return sjabloon
    return _MetEenheden(gekozen).format(sjabloon, **velden) if ":" in sjabloon else sjabloon.format(**velden)


def aantal(n: int | str, eenheid: str, variant: str | None = None) -> str:
    """'1 dag', '3 dagen' ('1 day', '3 days' in English): a number with its unit (``eenheden`` in teksten.yml:
    dag, week, maand), singular for 1. The one place a number and its unit are put together."""
    teksten = alle_teksten()
    gekozen = varianten.kies(variant or _variant.get(), lambda v: sleutel_in(v, f"eenheden.{eenheid}") in teksten)
    enkel, meer = teksten[sleutel_in(gekozen, f"eenheden.{eenheid}")]
    return f"{n} {enkel if int(n) == 1 else meer}"


class _MetEenheden(string.Formatter):
    """str.format, where a format spec that names a unit ("{over:dag}") gives ``aantal`` in the text's variant."""

    def __init__(self, variant: str):
        self.variant = variant

    def format_field(self, value, format_spec: str):
        if format_spec and f"eenheden.{format_spec}" in alle_teksten():
            return aantal(value, format_spec, self.variant)
        return super().format_field(value, format_spec)



def _maanden() -> list[str]:
    """The names of the months in the current variant (English: "January"), with its fallback."""
    teksten = alle_teksten()
    gekozen = varianten.kies(_variant.get(), lambda v: sleutel_in(v, "maanden") in teksten)
    return teksten[sleutel_in(gekozen, "maanden")]


def maand(d: date) -> str:
    """'september'."""
    return _maanden()[d.month - 1]


def datum(d: date) -> str:
    """'26 november 2026'."""
    return f"{d.day} {_maanden()[d.month - 1]} {d.year}"
